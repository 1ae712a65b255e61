"""Listings come in pages of NBGALLERY_NOTEBOOKS_PER_PAGE, and the page links keep the tab."""

import re

import pytest

from .listing_world import make_notebook, page_text


@pytest.fixture
def five_notebooks(alice, settings):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 2
    return [make_notebook(alice, f"Notebook {n}", public=True) for n in range(5)]


def titles(html: str) -> list[str]:
    return re.findall(r">(Notebook \d)</a></h3>", html)


def test_the_pages_together_show_every_notebook_once(five_notebooks, alice_client):
    seen = []
    for number in (1, 2, 3):
        seen += titles(page_text(alice_client.get("/", {"tab": "mine", "page": number})))

    assert sorted(seen) == [f"Notebook {n}" for n in range(5)]


def test_the_next_page_link_keeps_the_tab(five_notebooks, alice_client):
    html = page_text(alice_client.get("/", {"tab": "mine"}))

    assert "Page 1 of 3" in html
    assert 'href="?tab=mine&amp;page=2"' in html


def test_the_previous_page_link_keeps_the_tab_too(five_notebooks, alice_client):
    html = page_text(alice_client.get("/", {"tab": "mine", "page": 2}))

    assert 'href="?tab=mine&amp;page=1"' in html
    assert 'href="?tab=mine&amp;page=3"' in html


def test_a_page_number_out_of_range_or_not_a_number_still_shows_a_page(
    five_notebooks, alice_client
):
    assert "Page 3 of 3" in page_text(alice_client.get("/", {"page": 99}))
    assert "Page 1 of 3" in page_text(alice_client.get("/", {"page": "many"}))


def test_other_listings_are_paginated_too(five_notebooks, client):
    html = page_text(client.get("/languages/python/", {"page": 2}))

    assert len(titles(html)) == 0  # rows there are h2, see the next assert
    assert len(re.findall(r">(Notebook \d)</a></h2>", html)) == 2
    assert "Page 2 of 3" in html
