"""Tasks of the jobs app itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.management import call_command
from django_tasks import task

from nbgallery.jobs import runner


@task()
def prune_task_results() -> None:
    """Forget finished background tasks older than two weeks (failed ones after a month)."""
    call_command("prune_db_task_results", min_age_days=14, failed_min_age_days=30, verbosity=0)


@task()
def run_job(name: str) -> None:
    """Run one declared job (jobs/registry.py) in the worker; logs its duration.

    A job that no longer exists (its app was removed) is skipped with a warning.
    """
    try:
        runner.run_job(name)
    except runner.UnknownJob as unknown:
        runner.logger.warning("%s", unknown)


@dataclass(frozen=True)
class ScheduledJobTask:
    """What the scheduler enqueues for a declared job: ``run_job(name)``, at its hour.

    It stands in for a task in a ``PeriodicTask``: the scheduler calls
    ``enqueue()`` and, when present, ``next_run_after(now)`` to stay on the
    hour (hourly jobs) or at ``NBGALLERY_NIGHTLY_HOUR`` (nightly jobs).
    """

    name: str
    schedule: str

    def enqueue(self):  # noqa: ANN201 (a django-tasks TaskResult)
        return run_job.enqueue(self.name)

    def next_run_after(self, now: datetime) -> datetime:
        return runner.next_run_after(self.schedule, now)
