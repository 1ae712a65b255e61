"""A query that could not be read is searched as plain words, so the page
offers no filter chips for the field terms it seems to hold."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_readable_filter_gets_a_chip(alice, publish, client):
    publish(alice, title="Seals", tags="seals")
    assert "search-chip" in client.get("/search/", {"q": "tag:seals"}).content.decode()


def test_an_unreadable_query_gets_none(alice, publish, client):
    publish(alice, title="Seals", tags="seals")
    html = client.get("/search/", {"q": 'tag:seals "harbor'}).content.decode()

    assert "could not be read" in html
    assert "search-chip" not in html
