"""A search tells the planner what it needs for its own queries only
(``planned`` in backends/postgres.py): afterwards the connection plans every
other query as before, and no transaction is left open, whether the search
ran on its own or inside the caller's transaction."""

import pytest
from django.db import connection, transaction

from nbgallery.search.tests.conftest import titles

SETTINGS = ("enable_seqscan", "enable_indexscan", "jit", "max_parallel_workers_per_gather")


def planner_settings() -> dict[str, str]:
    if connection.vendor != "postgresql":
        return {}  # SQLite has no planner settings to leave behind
    with connection.cursor() as cursor:
        shown = {}
        for setting in SETTINGS:
            cursor.execute(f"SHOW {setting}")
            shown[setting] = cursor.fetchone()[0]
        return shown


@pytest.mark.django_db(transaction=True)
def test_a_search_on_its_own_ends_its_transaction_and_settings(alice, charlie, publish, search):
    publish(alice, title="Kelp forest")
    before = planner_settings()

    results = search(charlie, "kelp")

    assert titles(results) == ["Kelp forest"]
    assert not connection.in_atomic_block
    assert planner_settings() == before


@pytest.mark.django_db
def test_a_search_inside_a_transaction_resets_its_settings_before_the_caller_goes_on(
    alice, charlie, publish, search
):
    publish(alice, title="Kelp forest")
    with transaction.atomic():
        before = planner_settings()

        results = search(charlie, "kelp")

        assert titles(results) == ["Kelp forest"]
        assert connection.in_atomic_block
        assert planner_settings() == before
