"""Pagination keeps the query and the sort; a page past the end is the last
page, and one that is not a number is the first."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    return [publish(alice, title=f"Inventory {number:02}") for number in range(5)]


def test_pages_split_the_results_and_links_keep_q_and_sort(client, notebooks):
    response = client.get("/search/", {"q": "inventory", "sort": "title", "count": "2"})
    html = response.content.decode()
    assert [hit.notebook.title for hit in response.context["results"].hits] == [
        "Inventory 00",
        "Inventory 01",
    ]
    assert "Page 1 of 3" in html
    assert 'href="?q=inventory&amp;sort=title&amp;count=2&amp;page=2"' in html


@pytest.mark.parametrize("page", ["99", "1000000000000000000000", "3"])
def test_a_page_past_the_end_is_the_last(client, notebooks, page):
    document = client.get(
        "/search.json", {"q": "inventory", "sort": "title", "count": "2", "page": page}
    ).json()
    assert document["page"] == 3
    assert [hit["title"] for hit in document["results"]] == ["Inventory 04"]


@pytest.mark.parametrize("page", ["", "two", "-1", "0", "1.5", "\x00"])
def test_a_page_that_is_not_a_page_number_is_the_first(client, notebooks, page):
    response = client.get("/search/", {"q": "inventory", "page": page})
    assert response.status_code == 200
    assert response.context["results"].page == 1


def test_no_results_is_still_page_one(client, notebooks):
    document = client.get("/search.json", {"q": "nothing-matches-this", "page": "7"}).json()
    assert (document["total"], document["page"], document["results"]) == (0, 1, [])
