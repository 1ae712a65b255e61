"""Trendiness: best daily score of 30 days, less 5 % per month of age (≤ 25 %), floor 0.01."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nbgallery.notebooks.models import Notebook
from nbgallery.usage.dailies import MONTH_SECONDS, compute_trendiness
from nbgallery.usage.models import NotebookDaily, NotebookSummary

from .conftest import days_ago


def aged(notebook, months):
    when = timezone.now() - timedelta(seconds=months * MONTH_SECONDS)
    Notebook.objects.filter(pk=notebook.pk).update(created_at=when, content_updated_at=when)


def daily(notebook, back, score):
    NotebookDaily.objects.create(notebook=notebook, day=days_ago(back), daily_score=score)


def test_hand_computed_examples(publish, alice):
    two_months = publish(alice, title="Two months")
    aged(two_months, 2)
    daily(two_months, 1, 0.5)
    daily(two_months, 10, 0.9)  # the best of the window: 0.9 × (1 − 0.10) = 0.81
    daily(two_months, 40, 1.0)  # outside the 30 days
    old = publish(alice, title="Old")
    aged(old, 10)
    daily(old, 3, 1.0)  # the penalty stops at 25 %: 0.75
    faint = publish(alice, title="Faint")
    aged(faint, 1)
    daily(faint, 2, 0.005)  # 0.005 × 0.95 floored to 0.01
    unused = publish(alice, title="Unused")
    aged(unused, 1)
    fresh = publish(alice, title="Fresh")  # published today: 1.0 until the next nights

    compute_trendiness(timezone.now())

    trend = dict(NotebookSummary.objects.values_list("notebook_id", "trendiness"))
    assert trend[two_months.pk] == pytest.approx(0.81, abs=1e-6)
    assert trend[old.pk] == pytest.approx(0.75)
    assert trend[faint.pk] == pytest.approx(0.01)
    assert trend[unused.pk] == 0.0
    assert trend[fresh.pk] == 1.0
