"""Running the summaries job again gives the same rows and rewrites nothing unchanged."""

from nbgallery.usage.models import NotebookSummary
from nbgallery.usage.summaries import compute_notebook_summaries

from .conftest import click


def noop(done, total):
    pass


def test_a_second_run_changes_nothing(publish, alice, bob):
    report = publish(alice)
    click(bob, report)
    click(alice, report)

    first_changes = compute_notebook_summaries(noop)
    first = list(NotebookSummary.objects.values())
    second_changes = compute_notebook_summaries(noop)

    assert first_changes == 1
    assert second_changes == 0
    assert list(NotebookSummary.objects.values()) == first


def test_new_clicks_update_the_row(publish, alice, bob):
    report = publish(alice)
    click(bob, report)
    compute_notebook_summaries(noop)
    click(alice, report)

    assert compute_notebook_summaries(noop) == 1
    assert NotebookSummary.objects.get(notebook=report).unique_views == 2
