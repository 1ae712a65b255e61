"""The job turns the last 30 days of executions into notebook and cell health."""

import pytest

from nbgallery.health.compute import compute_health
from nbgallery.health.models import HEALTHY, UNHEALTHY, UNKNOWN, CellHealth, NotebookHealth

from .conftest import current_cells, run


def test_two_users_running_every_cell_make_a_healthy_notebook(two_step, alice, bob):
    first, second = current_cells(two_step)
    for user in (alice, bob):
        run(user, two_step, first)
        run(user, two_step, second)
    run(alice, two_step, first, success=False, days_ago=40)  # outside the window

    compute_health()

    health = NotebookHealth.objects.get(notebook=two_step)
    assert health.status == HEALTHY
    assert health.score == pytest.approx(0.9184, abs=1e-4)
    assert (health.executions, health.users, health.code_cells) == (4, 2, 2)
    assert health.pass_rate == 1.0
    assert health.depth == 1.0
    assert health.description == "Healthy: 92% health score (2 users) in last 30 days"
    cells = CellHealth.objects.filter(notebook=two_step)
    assert [(c.cell_index, c.status) for c in cells] == [(1, HEALTHY), (2, HEALTHY)]


def test_failing_half_way_makes_an_unhealthy_notebook_and_cell(two_step, alice):
    first, second = current_cells(two_step)
    run(alice, two_step, first)
    run(alice, two_step, second, success=False)

    compute_health()

    health = NotebookHealth.objects.get(notebook=two_step)
    assert health.status == UNHEALTHY
    assert health.score == pytest.approx(0.375)
    assert health.depth == 0.5
    assert health.first_failure_depth == 0.5
    assert (health.good_cells, health.bad_cells) == (1, 1)
    assert (health.last_good_cell, health.first_bad_cell) == (0, 1)
    statuses = dict(CellHealth.objects.values_list("cell_index", "status"))
    assert statuses == {1: HEALTHY, 2: UNHEALTHY}


def test_a_notebook_nobody_ran_is_undetermined(two_step):
    compute_health()

    health = NotebookHealth.objects.get(notebook=two_step)
    assert (health.status, health.score) == (UNKNOWN, None)
    assert set(CellHealth.objects.values_list("status", flat=True)) == {UNKNOWN}


def test_running_the_job_twice_gives_the_same_rows(two_step, alice):
    first, second = current_cells(two_step)
    run(alice, two_step, first)
    compute_health()
    once = list(NotebookHealth.objects.values("status", "score", "previous_score"))
    compute_health()
    assert list(NotebookHealth.objects.values("status", "score", "previous_score")) == once
    assert CellHealth.objects.count() == 2
