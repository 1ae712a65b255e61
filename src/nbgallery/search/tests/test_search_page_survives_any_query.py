"""Whatever is typed (unbalanced quotes, lone operators, FTS5 and tsquery
syntax, unicode, 10 KB of it), the page and the JSON answer 200 and never
show a notebook the viewer may not read."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

# The characters and words that mean something to FTS5, tsquery or our parser.
SYNTAX = [
    '"',
    "'",
    "-",
    "+",
    "*",
    ":",
    "(",
    ")",
    "^",
    "~",
    "&",
    "|",
    "!",
    "<",
    ">",
    "=",
    "\\",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR/2",
    "<->",
    "<2>",
    ":*",
    "tag:",
    "owner:",
    "lang:",
    "created:",
    "updated:>",
    "updated:<=2024-01-01",
    "created:2024-13-45",
    "package:",
    "-package:",
    "active:",
    'title:"',
    "{",
    "}",
    "[",
    "]",
    "%",
    "_",
    "\x00",
    "\u202e",
    "é",
    "数据",
    "🐼",
    "secret",
    "Secret",
    "alpaca",
]


def ten_kilobytes_of(parts: list[str]) -> str:
    piece = " ".join(parts) + " "
    return (piece * (10_240 // len(piece) + 1))[:10_240]


queries = st.one_of(
    st.lists(st.sampled_from(SYNTAX), max_size=12).map(" ".join),
    st.lists(st.sampled_from(SYNTAX), max_size=12).map("".join),
    st.text(max_size=200),
    st.lists(st.sampled_from(SYNTAX), min_size=1, max_size=12).map(ten_kilobytes_of),
    st.just("x" * 10_240),
    st.just('"' * 10_240),
)


@pytest.fixture
def notebooks(alice, publish):
    public = publish(alice, title="Alpaca census", description="secret alpaca numbers")
    private = publish(
        alice, title="Secret alpaca herd", description="alpaca secret", tags="hidden", public=False
    )
    return public, private


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    text=queries,
    sort=st.sampled_from(["", "relevance", "title", "stars", "bogus"]),
    page_number=st.one_of(st.integers().map(str), st.text(max_size=5)),
)
def test_no_query_breaks_the_page_or_leaks(charlie_client, notebooks, text, sort, page_number):
    public, private = notebooks
    params = {"q": text, "sort": sort, "page": page_number}
    page = charlie_client.get("/search/", params)
    assert page.status_code == 200
    assert str(private.uuid) not in page.content.decode()
    assert "Secret alpaca herd" not in page.content.decode()

    response = charlie_client.get("/search.json", params)
    assert response.status_code == 200
    document = response.json()
    assert {hit["uuid"] for hit in document["results"]} <= {str(public.uuid)}
    assert document["total"] <= 1
    assert all(value["label"] != "hidden" for value in document["facets"]["tags"])
    assert all(value["count"] <= 1 for values in document["facets"].values() for value in values)
