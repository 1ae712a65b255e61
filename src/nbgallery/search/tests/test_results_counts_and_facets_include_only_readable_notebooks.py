import pytest
from django.contrib.auth.models import AnonymousUser

from nbgallery.search.tests.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, team, publish):
    publish(alice, title="Public kelp", tags="kelp, open")
    publish(alice, title="Secret kelp", tags="kelp, hidden", public=False, language="julia")
    publish(team, alice, title="Team kelp", tags="kelp, teamonly", public=False, language="r")


def facet_labels(results, name):
    return {value.label: value.count for value in results.facets[name]}


def test_an_outsider_never_finds_private_notebooks(notebooks, charlie, search):
    for text in ["kelp", "title:secret", "tag:hidden", "", "-nothing", "secret or team"]:
        results = search(charlie, text)
        assert set(titles(results)) <= {"Public kelp"}, text
    results = search(charlie, "kelp")
    assert results.total == 1
    assert facet_labels(results, "tags") == {"kelp": 1, "open": 1}
    assert facet_labels(results, "languages") == {"Python": 1}
    assert facet_labels(results, "groups") == {}


def test_anonymous_visitors_see_public_notebooks_only(notebooks, search):
    assert titles(search(AnonymousUser(), "kelp")) == ["Public kelp"]


def test_group_members_find_their_groups_notebooks(notebooks, bob, search):
    results = search(bob, "kelp")
    assert sorted(titles(results)) == ["Public kelp", "Team kelp"]
    assert results.total == 2
    assert facet_labels(results, "groups") == {"Analytics": 1}


def test_the_owner_finds_everything(notebooks, alice, search):
    results = search(alice, "kelp")
    assert results.total == 3
    assert facet_labels(results, "tags")["kelp"] == 3
