"""A listing row shows the description as plain, escaped text of at most 500 characters."""

import re

from .listing_world import make_notebook, page_text


def test_markup_in_titles_and_descriptions_is_escaped(alice, client):
    make_notebook(
        alice,
        "<b>Bold</b> title",
        public=True,
        description="<script>alert(1)</script> **markdown** stays as typed",
    )

    html = page_text(client.get("/"))

    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **markdown** stays as typed" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in html


def test_a_long_description_is_cut_to_500_characters(alice, client):
    make_notebook(alice, "Wordy", public=True, description="word " * 300)

    html = page_text(client.get("/"))

    match = re.search(r'<p class="mb-1 notebook-description">(.*?)</p>', html, re.S)
    assert match
    shown = match.group(1)
    assert len(shown) <= 500
    assert shown.endswith("…")


def test_a_row_shows_owner_language_visibility_tags_and_date(alice, alice_client):
    make_notebook(alice, "Complete row", tags=["pandas"], lang="python", lang_version="3.12")

    html = page_text(alice_client.get("/"))

    assert 'href="/users/alice/">Alice Owner</a>' in html
    assert "python 3.12" in html
    assert ">Private</span>" in html
    assert 'href="/tags/pandas/"' in html
    assert "<time datetime=" in html
