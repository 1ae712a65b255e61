"""The help page names every field the query parser accepts, and the search
page links to it."""

from __future__ import annotations

import re

import pytest

from nbgallery.lib.search_query import FILTER_FIELDS, TEXT_FIELDS
from nbgallery.search.services import SORTS

pytestmark = pytest.mark.django_db


def test_every_field_and_filter_is_documented(client):
    response = client.get("/search/help/")
    html = response.content.decode()
    assert response.status_code == 200
    for name in TEXT_FIELDS.keys() | FILTER_FIELDS:
        assert re.search(f"<code[^>]*>{name}:</code>", html), f"{name}: is not on the help page"
    for operator in ("&gt;", "&gt;=", "&lt;", "&lt;="):
        assert re.search(f"<code[^>]*>{operator}</code>", html)
    for label in SORTS.values():
        if label != "Relevance":
            assert f"<li>{label}</li>" in html


def test_the_search_page_links_to_the_help(client):
    html = client.get("/search/").content.decode()
    assert 'href="/search/help/"' in html
