"""Declared jobs are enqueued on the hour (hourly) or at NBGALLERY_NIGHTLY_HOUR (nightly)."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django_tasks_db.models import DBTaskResult

from nbgallery.jobs import scheduler
from nbgallery.jobs.registry import HOURLY, NIGHTLY
from nbgallery.jobs.runner import next_run_after

PARIS = ZoneInfo("Europe/Paris")


def queued_jobs():
    return sorted(
        result.args_kwargs["args"][0]
        for result in DBTaskResult.objects.filter(task_path="nbgallery.jobs.tasks.run_job")
    )


def test_next_run_times(settings):
    settings.TIME_ZONE = "Europe/Paris"
    settings.NBGALLERY_NIGHTLY_HOUR = 3
    now = datetime(2026, 3, 10, 14, 20, tzinfo=PARIS)

    assert next_run_after(HOURLY, now) == datetime(2026, 3, 10, 15, 0, tzinfo=PARIS)
    assert next_run_after(NIGHTLY, now) == datetime(2026, 3, 11, 3, 0, tzinfo=PARIS)
    early = datetime(2026, 3, 10, 1, 0, tzinfo=PARIS)
    assert next_run_after(NIGHTLY, early) == datetime(2026, 3, 10, 3, 0, tzinfo=PARIS)


def test_each_job_is_enqueued_once_at_its_time(db, settings):
    settings.TIME_ZONE = "Europe/Paris"
    settings.NBGALLERY_NIGHTLY_HOUR = 2
    start = datetime(2026, 3, 10, 14, 20, tzinfo=PARIS)

    scheduler.run_due_tasks(start)  # first sight: nothing of ours is due yet
    assert queued_jobs() == []

    scheduler.run_due_tasks(datetime(2026, 3, 10, 15, 0, 5, tzinfo=PARIS))
    scheduler.run_due_tasks(datetime(2026, 3, 10, 15, 30, tzinfo=PARIS))
    assert queued_jobs() == ["notebook_summaries"]

    scheduler.run_due_tasks(datetime(2026, 3, 11, 1, 59, tzinfo=PARIS))
    assert "notebook_dailies" not in queued_jobs()
    scheduler.run_due_tasks(datetime(2026, 3, 11, 2, 0, 30, tzinfo=PARIS))
    nightly = queued_jobs()
    assert nightly.count("notebook_dailies") == 1
    assert nightly.count("age_off") == 1
    scheduler.run_due_tasks(datetime(2026, 3, 11, 2, 10, tzinfo=PARIS))
    assert queued_jobs().count("notebook_dailies") == 1
