"""/tags/ and /languages/ count only the notebooks the viewer may read."""

import re

import pytest

from .listing_world import make_notebook, page_text


@pytest.fixture
def notebooks(alice):
    make_notebook(alice, "Public one", public=True, tags=["pandas"], lang="python")
    make_notebook(alice, "Public two", public=True, tags=["pandas"], lang="r", lang_version="4.3")
    make_notebook(alice, "Private one", tags=["pandas", "secret-project"], lang="python")
    make_notebook(alice, "Private two", tags=["secret-project"], lang="julia", lang_version="1.9")


def tag_count(html: str, tag: str) -> int | None:
    match = re.search(rf'href="/tags/{tag}/">{tag} <span[^>]*>(\d+)<', html)
    return int(match.group(1)) if match else None


def language_count(html: str, lang: str) -> int | None:
    match = re.search(rf'href="/languages/{lang}/">{lang}</a>\s*<span[^>]*>(\d+)<', html)
    return int(match.group(1)) if match else None


def test_an_outsider_sees_only_public_notebooks_counted_and_no_private_only_tag(
    notebooks, charlie_client
):
    html = page_text(charlie_client.get("/tags/"))

    assert tag_count(html, "pandas") == 2
    assert tag_count(html, "secret-project") is None


def test_the_owner_sees_her_private_notebooks_counted(notebooks, alice_client):
    html = page_text(alice_client.get("/tags/"))

    assert tag_count(html, "pandas") == 3
    assert tag_count(html, "secret-project") == 2


def test_an_anonymous_visitor_sees_languages_of_public_notebooks_only(notebooks, client):
    html = page_text(client.get("/languages/"))

    assert language_count(html, "python") == 1
    assert language_count(html, "r") == 1
    assert language_count(html, "julia") is None


def test_languages_are_counted_per_major_version_too(notebooks, alice, admin_client):
    make_notebook(alice, "Legacy", public=True, lang="python", lang_version="2.7.18")

    html = page_text(admin_client.get("/languages/"))

    assert language_count(html, "python") == 3
    assert re.search(r'href="/languages/python3/">python3</a> \(2\)', html)
    assert re.search(r'href="/languages/python2/">python2</a> \(1\)', html)
    assert language_count(html, "julia") == 1
