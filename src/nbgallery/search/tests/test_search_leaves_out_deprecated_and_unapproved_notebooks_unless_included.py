"""Deprecated and unapproved notebooks are left out of hits, totals and facets
by default; ``include_deprecated`` / ``include_unapproved`` bring them back."""

import pytest

from nbgallery.search.tests.conftest import flag, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    publish(alice, title="Current kelp", tags="kelp, current")
    flag(publish(alice, title="Old kelp", tags="kelp, old", language="julia"), deprecated=True)
    flag(publish(alice, title="Failed kelp", tags="kelp, failed", language="r"), unapproved=True)


def counts(results, name):
    return {value.label: value.count for value in results.facets[name]}


@pytest.mark.parametrize("text", ["kelp", "", "-nothing", "tag:kelp"])
def test_by_default_only_notebooks_in_use_are_found_and_counted(notebooks, charlie, search, text):
    results = search(charlie, text)

    assert titles(results) == ["Current kelp"]
    assert results.total == 1
    assert counts(results, "tags") == {"kelp": 1, "current": 1}
    assert counts(results, "languages") == {"Python": 1}
    assert counts(results, "owners") == {"Alice Owner": 1}


def test_the_switches_include_each_kind(notebooks, charlie, search):
    deprecated = search(charlie, "kelp", include_deprecated=True)
    unapproved = search(charlie, "kelp", include_unapproved=True)
    both = search(charlie, "kelp", include_deprecated=True, include_unapproved=True)

    assert sorted(titles(deprecated)) == ["Current kelp", "Old kelp"]
    assert counts(deprecated, "tags") == {"kelp": 2, "current": 1, "old": 1}
    assert sorted(titles(unapproved)) == ["Current kelp", "Failed kelp"]
    assert counts(unapproved, "languages") == {"Python": 1, "R": 1}
    assert both.total == 3
    assert counts(both, "tags")["kelp"] == 3


def test_every_sort_leaves_them_out(notebooks, charlie, search):
    for sort in ["relevance", "trending", "created", "title", "stars", "views"]:
        assert titles(search(charlie, "kelp", sort=sort)) == ["Current kelp"], sort


def test_including_them_never_shows_what_the_viewer_may_not_read(alice, charlie, publish, search):
    flag(publish(alice, title="Private old kelp", public=False), deprecated=True, unapproved=True)

    results = search(charlie, "kelp", include_deprecated=True, include_unapproved=True)

    assert results.total == 0
