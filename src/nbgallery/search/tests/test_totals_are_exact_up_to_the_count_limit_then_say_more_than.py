"""Totals are exact up to COUNT_LIMIT; past it the page and the JSON say
"more than" rather than counting every match of a common word."""

import pytest

from nbgallery.search import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_ledgers(alice, publish):
    return [publish(alice, title=f"Ledger {i}", public=True) for i in range(5)]


def test_past_the_limit_the_total_is_the_limit_and_more(
    five_ledgers, charlie, search, client, monkeypatch
):
    monkeypatch.setattr(services, "COUNT_LIMIT", 3)
    monkeypatch.setattr(services, "POOL_SIZE", 2)  # so that the count is asked for

    for sort in ("relevance", "title"):
        results = search(charlie, "ledger", sort=sort, per_page=2)
        assert (results.total, results.total_is_more) == (3, True)
    document = client.get("/search.json", {"q": "ledger", "count": 2}).json()
    assert (document["total"], document["total_is_more"]) == (3, True)
    page = client.get("/search/", {"q": "ledger", "count": 2}).content.decode()
    assert "More than 3 notebooks match" in page


def test_at_the_limit_the_total_is_exact(five_ledgers, charlie, search, client, monkeypatch):
    monkeypatch.setattr(services, "COUNT_LIMIT", 5)
    monkeypatch.setattr(services, "POOL_SIZE", 2)

    results = search(charlie, "ledger", sort="title", per_page=2)
    assert (results.total, results.total_is_more) == (5, False)
    page = client.get("/search/", {"q": "ledger", "count": 2}).content.decode()
    assert "5 notebooks match" in page
    assert "More than" not in page


@pytest.mark.parametrize("sort", ["title", "created", "updated", "trending", "views", "health"])
def test_many_matches_come_in_the_same_order_as_few(
    five_ledgers, charlie, search, monkeypatch, sort
):
    # Past the limit, SQLite walks the sort's index instead of sorting the matches.
    monkeypatch.setattr(services, "POOL_SIZE", 2)
    few = [hit.notebook.pk for hit in search(charlie, "ledger", sort=sort, per_page=4).hits]
    monkeypatch.setattr(services, "COUNT_LIMIT", 3)
    many = [hit.notebook.pk for hit in search(charlie, "ledger", sort=sort, per_page=4).hits]
    assert many == few
    assert len(many) == 4
