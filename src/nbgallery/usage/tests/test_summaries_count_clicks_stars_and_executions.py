"""The summaries job counts totals and distinct users per action, stars and executions."""

from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.models import CodeCell, Star
from nbgallery.usage.models import Click, NotebookSummary
from nbgallery.usage.summaries import compute_notebook_summaries

from .conftest import click, days_ago, ran_on


def noop(done, total):
    pass


def test_counts_per_notebook(publish, alice, bob, charlie):
    report = publish(alice, title="Report")
    quiet = publish(alice, title="Quiet")
    Click.objects.all().delete()  # publishing logs its own (created, agreed to terms)
    for user in (alice, bob, bob, None):
        click(user, report, Click.VIEWED)
    click(charlie, report, Click.DOWNLOADED)
    click(bob, report, Click.RAN)
    click(bob, report, Click.RAN)
    click(bob, report, Click.EXECUTED)
    Star.objects.create(user=bob, notebook=report)
    Star.objects.create(user=charlie, notebook=report)
    cell = CodeCell.objects.filter(revision__notebook=report).first()
    for user in (bob, charlie, charlie):
        Execution.objects.create(
            user=user,
            notebook=report,
            code_cell=cell,
            success=True,
            runtime_sent="1",
            runtime_seconds=0.001,
        )
    ran_on(bob, report, days_ago(1))
    ran_on(charlie, report, days_ago(1))
    ran_on(charlie, report, days_ago(2))

    compute_notebook_summaries(noop)

    summary = NotebookSummary.objects.get(notebook=report)
    assert (summary.views, summary.unique_views) == (4, 2)  # anonymous views count, once each
    assert (summary.downloads, summary.unique_downloads) == (1, 1)
    assert (summary.runs, summary.unique_runs) == (2, 1)
    assert summary.stars == 2
    assert (summary.executions, summary.unique_executors) == (3, 2)
    assert summary.last_activity_at is not None
    empty = NotebookSummary.objects.get(notebook=quiet)
    assert (empty.views, empty.stars, empty.executions) == (0, 0, 0)
    assert empty.last_activity_at is None


def test_clicks_of_deleted_users_still_count(publish, alice, bob, charlie):
    report = publish(alice)
    click(bob, report)
    click(charlie, report)
    charlie.delete()

    compute_notebook_summaries(noop)

    summary = NotebookSummary.objects.get(notebook=report)
    assert (summary.views, summary.unique_views) == (2, 1)


def test_deleted_notebooks_take_their_usage_with_them(publish, alice, bob):
    gone = publish(alice, title="Gone")
    kept = publish(alice, title="Kept")
    click(bob, gone)
    click(bob, kept)
    gone.delete()

    compute_notebook_summaries(noop)

    assert list(NotebookSummary.objects.values_list("notebook_id", "views")) == [(kept.pk, 1)]
