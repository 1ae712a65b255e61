"""Notebook fixtures and helpers to write usage back in time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.notebooks.tests.conftest import isolated_storage, publish  # noqa: F401
from nbgallery.usage.models import Click


def at(day: date, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


def click(user, notebook, action=Click.VIEWED, when: datetime | None = None) -> Click:
    made = Click.objects.create(user=user, notebook=notebook, action=action)
    if when is not None:
        Click.objects.filter(pk=made.pk).update(created_at=when)
    return made


def ran_on(user, notebook, day: date) -> ExecutionHistory:
    return ExecutionHistory.objects.create(user=user, notebook=notebook, day=day, known_cell=1)


def days_ago(count: int) -> date:
    return timezone.localdate() - timedelta(days=count)
