"""A verified notebook ranks above an otherwise equal match, but a much better
text match (the word in the title against the word in the cells) still wins."""

import pytest

from nbgallery.notebooks.models import Notebook, Star
from nbgallery.notebooks.tests.conftest import code_cell
from nbgallery.search.tests.conftest import titles

pytestmark = pytest.mark.django_db


def verify(notebook):
    Notebook.objects.filter(pk=notebook.pk).update(verified=True)


def test_verified_wins_between_equal_matches(alice, bob, charlie, publish, search):
    # Same length of title, same description and cells: equal text scores.
    verified = publish(alice, title="Walrus census one")
    plain = publish(alice, title="Walrus census two")
    verify(verified)
    # Every tie-breaker after the score favours the unverified one.
    Star.objects.create(user=bob, notebook=plain)
    Star.objects.create(user=charlie, notebook=plain)

    results = search(charlie, "walrus")

    assert titles(results) == ["Walrus census one", "Walrus census two"]
    assert results.hits[0].score > results.hits[1].score


def test_verified_wins_with_only_exclusions_to_rank_by(alice, charlie, publish, search):
    verified = publish(alice, title="Walrus census one")
    publish(alice, title="Walrus census two")
    verify(verified)

    assert titles(search(charlie, "-nothing", sort="relevance"))[0] == "Walrus census one"


def test_a_title_match_still_beats_a_verified_match_in_the_cells(alice, charlie, publish, search):
    in_cells = publish(
        alice, title="Seabird counts", cells=[code_cell("walrus = load('walrus.csv')")]
    )
    publish(alice, title="Walrus census")
    verify(in_cells)

    assert titles(search(charlie, "walrus")) == ["Walrus census", "Seabird counts"]
