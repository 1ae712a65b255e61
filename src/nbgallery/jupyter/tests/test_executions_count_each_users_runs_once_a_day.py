"""G10: one history row per user, notebook and day counts known and unknown cells."""

from datetime import date

from django.db.models import QuerySet

from nbgallery.jupyter import services
from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.jupyter.tests.execution_support import CELLS, FIRST, SECOND, report_lab


def test_reports_of_a_day_add_up_in_one_row(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    report_lab(alice_client, notebook.uuid, FIRST)
    report_lab(alice_client, notebook.uuid, SECOND)
    report_lab(alice_client, notebook.uuid, "print('scratch')")

    history = ExecutionHistory.objects.get()
    assert (history.known_cell, history.unknown_cell) == (2, 1)


def test_each_user_has_their_own_row(alice, alice_client, bob, bob_client, publish):
    notebook = publish(alice, cells=CELLS, public=True)

    report_lab(alice_client, notebook.uuid, FIRST)
    report_lab(bob_client, notebook.uuid, FIRST)

    assert sorted(ExecutionHistory.objects.values_list("user__username", "known_cell")) == [
        ("alice", 1),
        ("bob", 1),
    ]


def test_a_row_made_by_a_concurrent_report_is_added_to_not_duplicated(alice, publish, monkeypatch):
    notebook = publish(alice, cells=CELLS)
    day = date(2030, 1, 2)
    real_update = QuerySet.update
    raced = []

    def update_after_a_rival_inserted(queryset, **changes):
        # The first update finds no row; meanwhile another request makes it.
        if queryset.model is ExecutionHistory and not raced:
            raced.append(True)
            ExecutionHistory.objects.create(user=alice, notebook=notebook, day=day, known_cell=1)
            return 0
        return real_update(queryset, **changes)

    monkeypatch.setattr(QuerySet, "update", update_after_a_rival_inserted)

    services.count_run(alice, notebook, day, known=True)

    history = ExecutionHistory.objects.get()
    assert (history.day, history.known_cell, history.unknown_cell) == (day, 2, 0)
