import pytest

from nbgallery.search.tests.conftest import markdown_cell, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    publish(alice, title="Cats", cells=[markdown_cell("cats purr")])
    publish(alice, title="Dogs", cells=[markdown_cell("dogs bark")])
    publish(alice, title="Both", cells=[markdown_cell("cats and dogs play")])


def test_or_matches_either_side(notebooks, bob, search):
    assert sorted(titles(search(bob, "purr or bark"))) == ["Cats", "Dogs"]
    assert sorted(titles(search(bob, "purr OR bark"))) == ["Cats", "Dogs"]


def test_and_binds_tighter_than_or(notebooks, bob, search):
    # (cats AND play) OR bark
    assert sorted(titles(search(bob, "cats and play or bark"))) == ["Both", "Dogs"]


def test_and_is_the_default(notebooks, bob, search):
    assert titles(search(bob, "cats dogs")) == ["Both"]
    assert titles(search(bob, "cats AND dogs")) == ["Both"]


def test_a_quoted_or_is_a_word(notebooks, bob, search):
    results = search(bob, 'purr "or" bark')
    assert results.notice == ""
    assert titles(results) == []
