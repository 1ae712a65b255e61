"""The health jobs finish on an empty database, notebooks without code cells,
and executions whose users or notebooks were deleted."""

from nbgallery.health.compute import compute_health
from nbgallery.health.fingerprints import update_fingerprints
from nbgallery.health.jobs import JOBS
from nbgallery.health.models import UNKNOWN, CellFingerprint, CellHealth, NotebookHealth
from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.models import Notebook

from .conftest import current_cells, markdown_cell, run


def test_every_job_finishes_on_an_empty_database(db):
    seen = []
    for job in JOBS:
        job.run(lambda done, total: seen.append((done, total)))
    assert NotebookHealth.objects.count() == 0
    assert seen == [(0, 0), (0, 0)]


def test_a_notebook_without_code_cells_is_undetermined(publish, alice):
    notebook = publish(alice, title="Prose only", cells=[markdown_cell("# Just words")])

    compute_health()
    update_fingerprints()

    health = NotebookHealth.objects.get(notebook=notebook)
    assert (health.status, health.code_cells, health.score) == (UNKNOWN, 0, None)
    assert not CellHealth.objects.exists()
    assert not CellFingerprint.objects.exists()


def test_runs_by_deleted_users_and_of_deleted_notebooks_leave_no_trace(
    two_step, publish, alice, charlie
):
    other = publish(alice, title="Soon gone")
    first, _second = current_cells(two_step)
    run(charlie, two_step, first)
    run(alice, other, current_cells(other)[0])
    charlie.delete()
    Notebook.objects.filter(pk=other.pk).delete()

    compute_health()
    update_fingerprints()

    assert not Execution.objects.filter(notebook=two_step).exists()
    assert list(NotebookHealth.objects.values_list("notebook", flat=True)) == [two_step.pk]
    assert NotebookHealth.objects.get().executions == 0
