"""A match among old notebooks is found as surely as one among the newest.

PostgreSQL first looks among the newest ids for the newest matches and only
then everywhere (backends/postgres.py ``newest_ids``); a tiny window makes
both paths run here. SQLite has no window and must find the same.
"""

import pytest

from nbgallery.search import services
from nbgallery.search.backends import postgres
from nbgallery.search.tests.conftest import code_cell

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_window(monkeypatch):
    monkeypatch.setattr(postgres, "WINDOW", 1)
    monkeypatch.setattr(services, "POOL_SIZE", 2)
    monkeypatch.setattr(services, "COUNT_LIMIT", 3)


@pytest.fixture
def six_notebooks(alice, publish):
    oldest = publish(alice, title="Zebra stripes", cells=[code_cell("common = 1")])
    rest = [publish(alice, title=f"Report {i}", cells=[code_cell("common = 2")]) for i in range(5)]
    return [oldest, *rest]


def test_a_word_only_the_oldest_notebook_has(small_window, six_notebooks, charlie, search):
    results = search(charlie, "zebra", per_page=2)
    assert [hit.notebook for hit in results.hits] == [six_notebooks[0]]
    assert (results.total, results.total_is_more) == (1, False)
    cells_only = search(charlie, "stripes common", per_page=2)
    assert [hit.notebook for hit in cells_only.hits] == [six_notebooks[0]]


def test_a_word_every_notebook_has(small_window, six_notebooks, charlie, search):
    results = search(charlie, "common", per_page=2)
    assert (results.total, results.total_is_more) == (3, True)
    assert [hit.notebook for hit in results.hits] == six_notebooks[:-3:-1]  # the newest two
    everything = search(charlie, "common", per_page=6)
    assert {hit.notebook for hit in everything.hits} == set(six_notebooks)


def test_a_word_every_other_notebook_has(small_window, alice, publish, charlie, search):
    # Too few in the first window: PostgreSQL widens it by the share it found.
    notebooks = [
        publish(alice, title=f"Log {i}", cells=[code_cell("half = 1" if i % 2 else "other = 1")])
        for i in range(8)
    ]
    halves = [notebook for i, notebook in enumerate(notebooks) if i % 2]

    results = search(charlie, "half", per_page=2)

    assert [hit.notebook for hit in results.hits] == halves[:-3:-1]  # the newest two
    assert (results.total, results.total_is_more) == (3, True)
