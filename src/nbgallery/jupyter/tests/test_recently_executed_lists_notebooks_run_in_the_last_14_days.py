"""G9: /notebooks/recently_executed lists the notebooks I ran cells of lately, latest first."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.jupyter.tests.execution_support import CELLS, SECOND, report_lab
from nbgallery.jupyter.tests.jupyter_client import assert_json, get


def ran(user, notebook, days_ago: int) -> None:
    day = timezone.localdate() - timedelta(days=days_ago)
    ExecutionHistory.objects.create(user=user, notebook=notebook, day=day, unknown_cell=1)


def titles(response) -> list[str]:
    return [entry["title"] for entry in assert_json(response, 200)]


def test_a_reported_run_puts_the_notebook_in_the_list(alice, alice_client, publish):
    notebook = publish(alice, title="Ran today", cells=CELLS)

    report_lab(alice_client, notebook.uuid, SECOND)

    [entry] = assert_json(get(alice_client, "/notebooks/recently_executed"), 200)
    assert (entry["uuid"], entry["title"]) == (str(notebook.uuid), "Ran today")


def test_latest_day_first_and_nothing_older_than_14_days(alice, alice_client, publish):
    ran(alice, publish(alice, title="Two weeks ago"), 14)
    ran(alice, publish(alice, title="Too old"), 15)
    both = publish(alice, title="Yesterday and last week")
    ran(alice, both, 7)
    ran(alice, both, 1)
    ran(alice, publish(alice, title="Today"), 0)

    assert titles(get(alice_client, "/notebooks/recently_executed")) == [
        "Today",
        "Yesterday and last week",
        "Two weeks ago",
    ]


def test_only_my_runs_of_notebooks_i_may_read(alice, bob, bob_client, charlie, publish):
    mine = publish(alice, title="Bob ran this", public=True)
    private = publish(alice, title="Private", public=False)
    ran(bob, mine, 0)
    ran(charlie, publish(alice, title="Charlie ran this", public=True), 0)
    ran(bob, private, 0)  # readable once, not any more

    assert titles(get(bob_client, "/notebooks/recently_executed")) == ["Bob ran this"]


def test_anonymous_visitors_get_an_empty_list(client, alice, publish):
    ran(alice, publish(alice, public=True), 0)

    assert assert_json(get(client, "/notebooks/recently_executed"), 200) == []
