"""Whatever is typed, search answers, and only with what the viewer may read."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbgallery.search.services import search_notebooks

pytestmark = pytest.mark.django_db

SYNTAX = [
    '"',
    "'",
    "-",
    "*",
    "^",
    "(",
    ")",
    ":",
    "&",
    "|",
    "!",
    "<->",
    "{",
    "}",
    "+",
    "~",
    "\\",
    "NEAR",
    "AND",
    "OR",
    "NOT",
    "and",
    "or",
    "title:",
    "package:",
    "-package:",
    "created:>",
    "updated:<=",
    "tag:",
    "user:",
    "active:",
    "2024-02-30",
    "0000-00-00",
    "\x00",
    "%s",
    "%",
    "'; DROP TABLE notebooks_notebook; --",
    "é",
    "日本語",
    "🙂",
    "\u200b",
    "\ud7ff",
]
pieces = st.one_of(st.sampled_from(SYNTAX), st.text(max_size=12))
queries = st.one_of(
    st.lists(pieces, max_size=12).map(" ".join),
    st.lists(pieces, max_size=12).map("".join),
    st.text(max_size=200),
    st.sampled_from(["x" * 10_000, "a " * 5_000, '"' * 10_001, "or " * 3_000]),
)


@pytest.fixture
def world(alice, team, publish):
    return {
        "public": publish(alice, title="Open data", description="and or not near"),
        "private": publish(alice, title="Hidden data", public=False, description="and or not"),
        "team": publish(team, alice, title="Team data", public=False, description="near"),
    }


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=queries, sort=st.sampled_from(["relevance", "title", "stars", "nonsense"]))
def test_any_text_gives_results_the_viewer_may_read(world, charlie, text, sort):
    results = search_notebooks(charlie, text, sort=sort)
    titles = {hit.notebook.title for hit in results.hits}
    assert titles <= {"Open data"}
    assert results.total <= 1
    for values in results.facets.values():
        assert all(value.count <= 1 for value in values)
        assert all("Analytics" not in value.label for value in values)
    for hit in results.hits:
        assert "<script" not in hit.snippet
