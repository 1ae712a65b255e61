"""No match: the page says so and suggests what to try; an unreadable query
says how it was read instead."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_no_match_suggests_what_to_try(client, alice, publish):
    publish(alice, title="Harbour tides")
    html = client.get("/search/", {"q": "volcano tag:geology"}).content.decode()
    assert "No notebook you can read matches your search." in html
    assert "removing a filter" in html
    assert 'href="/search/help/"' in html


def test_the_notice_is_shown_when_the_query_was_not_read_as_written(client, alice, publish):
    publish(alice, title="Harbour tides")
    response = client.get("/search/", {"q": 'harbour "tides'})
    notice = response.context["results"].notice
    assert response.status_code == 200
    assert notice
    assert 'role="status"' in response.content.decode()


def test_an_empty_gallery_says_so(client):
    html = client.get("/search/").content.decode()
    assert "There is no notebook you can read yet." in html
