"""Days after a new version, health slides from the old score instead of vanishing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nbgallery.health.compute import compute_health
from nbgallery.health.models import UNKNOWN, NotebookHealth
from nbgallery.notebooks.models import Notebook

from .conftest import TWO_CODE_CELLS, code_cell, current_cells, run


def test_a_new_version_half_a_week_old_keeps_half_the_old_score(two_step, alice, bob, new_version):
    first, second = current_cells(two_step)
    for user in (alice, bob):
        run(user, two_step, first)
        run(user, two_step, second)
    compute_health()
    before = NotebookHealth.objects.get(notebook=two_step).score

    new_version(two_step, alice, cells=[*TWO_CODE_CELLS, code_cell("c = b * 2")])
    Notebook.objects.filter(pk=two_step.pk).update(
        content_updated_at=timezone.now() - timedelta(days=3.5)
    )
    compute_health()

    health = NotebookHealth.objects.get(notebook=two_step)
    assert health.status == UNKNOWN
    assert health.executions == 0  # runs of the old version no longer count
    assert health.score == pytest.approx(0.5 * 0.5 + 0.5 * before, abs=1e-3)
    assert health.description == "Undetermined health: but previously healthy"
