import pytest

from nbgallery.search.tests.conftest import markdown_cell, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, publish):
    publish(alice, title="One", cells=[markdown_cell("red apples and green pears")])
    publish(alice, title="Two", cells=[markdown_cell("green apples and red pears")])
    publish(alice, title="Three", cells=[markdown_cell("only bananas here")])


def test_all_words_must_match(notebooks, bob, search):
    assert sorted(titles(search(bob, "apples pears"))) == ["One", "Two"]
    assert titles(search(bob, "apples bananas")) == []


def test_a_quoted_phrase_matches_words_side_by_side(notebooks, bob, search):
    assert titles(search(bob, '"red apples"')) == ["One"]
    assert titles(search(bob, '"apples red"')) == []


def test_a_minus_excludes_a_word_or_a_phrase(notebooks, bob, search):
    assert titles(search(bob, "apples -green")) == []
    assert sorted(titles(search(bob, 'apples -"red apples"'))) == ["Two"]
    assert titles(search(bob, "-apples")) == ["Three"]


def test_words_match_whatever_their_case(notebooks, bob, search):
    assert titles(search(bob, "BANANAS")) == ["Three"]
