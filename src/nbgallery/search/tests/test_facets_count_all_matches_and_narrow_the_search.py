import pytest

from nbgallery.search.tests.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, bob, team, publish):
    publish(alice, title="A1", tags="birds, maps", description="survey")
    publish(alice, title="A2", tags="birds", description="survey", language="r")
    publish(bob, title="B1", tags="maps", description="survey")
    publish(team, alice, title="T1", tags="birds", description="survey")


def test_facets_count_every_match_not_just_the_page(notebooks, charlie, search):
    results = search(charlie, "survey", per_page=1)
    assert len(results.hits) == 1
    facets = {name: [(v.label, v.count) for v in values] for name, values in results.facets.items()}
    assert facets["tags"] == [("birds", 3), ("maps", 2)]
    assert facets["languages"] == [("Python", 3), ("R", 1)]
    assert facets["owners"] == [("Alice Owner", 2), ("Bob Member", 1)]
    assert facets["groups"] == [("Analytics", 1)]


def test_adding_a_facet_term_narrows_to_its_count(notebooks, charlie, search):
    results = search(charlie, "survey")
    for values in results.facets.values():
        for value in values:
            narrowed = search(charlie, f"survey {value.term}")
            assert narrowed.notice == "", value.term
            assert narrowed.total == value.count, value.term


def test_a_facet_holds_at_most_ten_values(alice, charlie, publish, search):
    publish(alice, title="Many tags", tags=" ".join(f"t{n}" for n in range(15)))
    assert len(search(charlie, "many").facets["tags"]) == 10
    assert titles(search(charlie, "tag:t14")) == ["Many tags"]
