"""A facet beside the results is a link that adds its term to the query; once
applied it shows as a chip (and as the applied facet) whose link takes it away."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


class Links(HTMLParser):
    """Every link of a page as (text, href), text without markup."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.href: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.href = dict(attrs).get("href") or ""
            self.text = []

    def handle_data(self, data):
        if self.href is not None:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self.href is not None:
            self.links.append((" ".join("".join(self.text).split()), unescape(self.href)))
            self.href = None


def links(response) -> list[tuple[str, str]]:
    parser = Links()
    parser.feed(response.content.decode())
    return parser.links


def link_starting(response, text: str) -> str:
    # Case aside: a facet may label the language "python" or "Python".
    found = [href for label, href in links(response) if label.lower().startswith(text.lower())]
    assert found, f"no link {text!r} on the page"
    return found[0]


@pytest.fixture
def notebooks(alice, publish):
    return {
        "pandas": publish(alice, title="Weather with pandas", tags="pandas"),
        "numpy": publish(alice, title="Weather with numpy", tags="numpy"),
        "r": publish(alice, title="Weather in R", tags="pandas", language="r"),
    }


def titles(response) -> set[str]:
    return {hit.notebook.title for hit in response.context["results"].hits}


def test_clicking_a_tag_facet_narrows_the_results(client, notebooks):
    first = client.get("/search/", {"q": "weather"})
    assert len(titles(first)) == 3

    narrowed = client.get("/search/" + link_starting(first, "pandas 2"))
    assert narrowed.status_code == 200
    assert narrowed.context["query"] == "weather tag:pandas"
    assert titles(narrowed) == {"Weather with pandas", "Weather in R"}

    again = client.get("/search/" + link_starting(narrowed, "r 1"))
    assert titles(again) == {"Weather in R"}


def test_an_applied_facet_is_a_removable_chip(client, notebooks):
    narrowed = client.get("/search/", {"q": "weather tag:pandas"})
    chip = link_starting(narrowed, "tag:pandas × (remove this filter)")
    widened = client.get("/search/" + chip)
    assert widened.context["query"] == "weather"
    assert len(titles(widened)) == 3


def test_clicking_an_applied_facet_removes_it(client, notebooks):
    narrowed = client.get("/search/", {"q": "weather tag:pandas"})
    applied = link_starting(narrowed, "✓ pandas (applied; remove)")
    assert client.get("/search/" + applied).context["query"] == "weather"


def test_facet_links_keep_the_sort(client, notebooks):
    page = client.get("/search/", {"q": "weather", "sort": "title"})
    narrowed = client.get("/search/" + link_starting(page, "numpy 1"))
    assert narrowed.context["results"].sort == "title"
