"""The formulas of reference §5.6 give the figures worked out by hand."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nbgallery.health import formula
from nbgallery.health.models import HEALTHY, UNHEALTHY, UNKNOWN


def test_usage_scale_grows_from_three_quarters_to_one():
    assert formula.health_scale(1, 1) == 0.75
    assert formula.health_scale(2, 2) == pytest.approx(0.75 + 0.25 * 0.67362, abs=1e-4)
    assert formula.health_scale(5, 1) == 1.0  # x = 41
    assert formula.health_scale(0, 0) == 0.0  # x = -9


def test_two_users_running_every_cell_is_healthy():
    # 4 runs of 2 cells by 2 users, all passing, each session reaching the last cell.
    score = formula.notebook_score(2, 4, 2, pass_rate=1.0, depth=1.0)
    assert score == pytest.approx(0.9184, abs=1e-4)
    assert formula.status_of(score) == HEALTHY


def test_one_user_failing_half_way_is_unhealthy():
    score = formula.notebook_score(2, 2, 1, pass_rate=0.5, depth=0.5)
    assert score == 0.375
    assert formula.status_of(score) == UNHEALTHY


def test_no_runs_or_no_code_cells_is_undetermined():
    assert formula.notebook_score(2, 0, 0, 0.0, 0.0) is None
    assert formula.notebook_score(0, 5, 1, 1.0, 1.0) is None
    assert formula.status_of(None) == UNKNOWN
    assert formula.status_of(0.5) == UNKNOWN


def test_a_cell_needs_a_pass_rate_times_scale_of_three_quarters():
    assert formula.cell_status(1, 0, 1) == (HEALTHY, 1.0)  # 1.0 × 0.75
    assert formula.cell_status(4, 1, 1)[0] == UNHEALTHY  # 0.75 × 0.84
    assert formula.cell_status(0, 0, 0) == (UNKNOWN, None)


def test_after_a_new_version_the_score_slides_from_the_previous_one():
    now = timezone.now()
    verdict = formula.judge(
        None,
        0,
        previous_score=0.9,
        previous_status=HEALTHY,
        content_updated_at=now - timedelta(days=3.5),
        now=now,
        days=30,
    )
    # half way through the week: 0.5 × default 0.5 + 0.5 × 0.9
    assert verdict.score == pytest.approx(0.7)
    assert verdict.status == UNKNOWN
    assert verdict.description == "Undetermined health: but previously healthy"


def test_a_week_after_the_new_version_the_previous_score_no_longer_counts():
    now = timezone.now()
    verdict = formula.judge(
        None,
        0,
        previous_score=0.2,
        previous_status=UNHEALTHY,
        content_updated_at=now - timedelta(days=8),
        now=now,
        days=30,
    )
    assert verdict.score is None
    assert verdict.status == UNKNOWN
