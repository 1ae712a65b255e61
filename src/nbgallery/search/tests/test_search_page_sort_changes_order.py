"""The sort dropdown changes the order; relevance is only offered with a query;
an unknown sort falls back to the default."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    # Created in this order: B, then C, then A.
    return [publish(alice, title=f"{letter} ledger") for letter in "BCA"]


def uuids(client, **params) -> list[str]:
    return [hit["uuid"] for hit in client.get("/search.json", params).json()["results"]]


def test_title_and_created_sorts_give_different_orders(client, notebooks):
    b, c, a = (str(notebook.uuid) for notebook in notebooks)
    assert uuids(client, q="ledger", sort="title") == [a, b, c]
    assert uuids(client, q="ledger", sort="created") == [a, c, b]


def test_relevance_is_the_default_with_a_query_only(client, notebooks):
    assert client.get("/search.json", {"q": "ledger"}).json()["sort"] == "relevance"
    assert client.get("/search.json").json()["sort"] == "trending"
    assert client.get("/search.json", {"sort": "relevance"}).json()["sort"] == "trending"


def test_the_dropdown_offers_relevance_only_with_a_query(client, notebooks):
    with_query = client.get("/search/", {"q": "ledger"}).content.decode()
    without = client.get("/search/").content.decode()
    assert '<option value="relevance" selected>Relevance</option>' in with_query
    assert 'value="relevance"' not in without
    assert '<option value="title">Title</option>' in without
    # The default goes out as "": type words, press Search, and relevance sorts them.
    assert '<option value="" selected>Trending</option>' in without


def test_an_unknown_sort_falls_back_to_the_default(client, notebooks):
    response = client.get("/search.json", {"q": "ledger", "sort": "'; DROP TABLE x"})
    assert response.status_code == 200
    assert response.json()["sort"] == "relevance"
