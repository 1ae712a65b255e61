"""The search page's "Include deprecated" / "Include unapproved" checkboxes
(``show_deprecated=1``, ``show_unapproved=1``) bring those notebooks back, stay
ticked, and every facet, filter-chip and page link keeps them."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from nbgallery.search.tests.conftest import flag

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    """The checkboxes (name -> checked) and the link targets of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.checkboxes: dict[str, bool] = {}
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "checkbox":
            self.checkboxes[attributes["name"]] = "checked" in attributes
        if tag == "a" and (attributes.get("href") or "").startswith("?"):
            self.hrefs.append(unescape(attributes["href"]))


def parsed(response) -> Page:
    assert response.status_code == 200
    page = Page()
    page.feed(response.content.decode())
    return page


@pytest.fixture
def notebooks(alice, publish):
    publish(alice, title="Current kelp", tags="kelp")
    flag(publish(alice, title="Old kelp", tags="kelp"), deprecated=True)
    flag(publish(alice, title="Failed kelp", tags="kelp"), unapproved=True)


def test_by_default_the_boxes_are_clear_and_flagged_notebooks_absent(notebooks, client):
    response = client.get("/search/", {"q": "kelp"})
    html = response.content.decode()

    assert parsed(response).checkboxes == {"show_deprecated": False, "show_unapproved": False}
    assert "Current kelp" in html
    assert "Old kelp" not in html and "Failed kelp" not in html
    assert "Include deprecated" in html and "Include unapproved" in html


def test_ticked_boxes_include_them_and_stay_ticked(notebooks, client):
    response = client.get("/search/", {"q": "kelp", "show_deprecated": "1", "show_unapproved": "1"})
    html = response.content.decode()

    assert parsed(response).checkboxes == {"show_deprecated": True, "show_unapproved": True}
    assert all(title in html for title in ["Current kelp", "Old kelp", "Failed kelp"])


def test_one_box_includes_only_its_kind(notebooks, client):
    html = client.get("/search/", {"q": "kelp", "show_deprecated": "1"}).content.decode()

    assert "Old kelp" in html and "Failed kelp" not in html


def test_facet_chip_sort_and_page_links_keep_the_switches(notebooks, client):
    response = client.get(
        "/search/",
        {"q": "kelp tag:kelp", "sort": "title", "count": "1", "show_deprecated": "1"},
    )
    hrefs = parsed(response).hrefs

    assert any("page=2" in href for href in hrefs)  # three results, one a page
    assert any("tag%3Akelp" not in href and "q=kelp" in href for href in hrefs)  # the chip
    for href in hrefs:
        params = parse_qs(urlsplit(href).query)
        assert params.get("show_deprecated") == ["1"], href
        assert "show_unapproved" not in params, href
        assert params.get("sort") == ["title"], href


def test_odd_switch_values_count_as_off(notebooks, client):
    html = client.get("/search/", {"q": "kelp", "show_deprecated": "<b>"}).content.decode()

    assert "Old kelp" not in html
