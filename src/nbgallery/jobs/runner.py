"""Running one declared job, and when each schedule is next due."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection
from django.utils import timezone

from nbgallery.jobs.registry import HOURLY, NIGHTLY, Job, Progress, all_jobs

logger = logging.getLogger(__name__)


class UnknownJob(LookupError):
    pass


def get_job(name: str) -> Job:
    jobs = all_jobs()
    if name not in jobs:
        known = ", ".join(sorted(jobs)) or "none"
        raise UnknownJob(f"There is no job named {name!r}. Jobs: {known}.")
    return jobs[name]


def ignore_progress(done: int, total: int) -> None:
    pass


@contextmanager
def room_to_sort() -> Iterator[None]:
    """On PostgreSQL, let this connection sort and hash in memory while a job runs.

    Jobs group millions of clicks; PostgreSQL's default of 4 MB per sort
    spills them to disk. Web requests keep the server's default.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET work_mem = %s", [settings.NBGALLERY_JOB_WORK_MEM])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET work_mem")


def run_job(name: str, progress: Progress | None = None) -> float:
    """Run the job ``name`` now and log how long it took; returns the seconds."""
    job = get_job(name)
    start = time.monotonic()
    logger.info("Job %s started", name)
    try:
        with room_to_sort():
            job.run(progress or ignore_progress)
    except Exception:
        logger.exception("Job %s failed after %.1f s", name, time.monotonic() - start)
        raise
    seconds = time.monotonic() - start
    logger.info("Job %s finished in %.1f s", name, seconds)
    return seconds


def nightly_hour() -> int:
    return int(getattr(settings, "NBGALLERY_NIGHTLY_HOUR", 2)) % 24


def next_run_after(schedule: str, now: datetime) -> datetime:
    """The next due time strictly after ``now``: the next full hour, or the nightly hour.

    Nightly jobs run at ``NBGALLERY_NIGHTLY_HOUR`` in the site's time zone.
    """
    local = timezone.localtime(now)
    if schedule == HOURLY:
        return (local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)).astimezone(
            now.tzinfo
        )
    if schedule != NIGHTLY:
        raise ValueError(f"Unknown schedule {schedule!r}.")
    due = timezone.make_aware(
        datetime.combine(local.date(), datetime.min.time()).replace(hour=nightly_hour())
    )
    if due <= now:
        due = timezone.make_aware(
            datetime.combine(local.date() + timedelta(days=1), datetime.min.time()).replace(
                hour=nightly_hour()
            )
        )
    return due
