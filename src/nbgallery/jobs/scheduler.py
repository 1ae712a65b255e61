"""Enqueues periodic tasks, exactly once per period however many workers run.

There is no broker and no leader election: each worker's scheduler loop tries
to move a task's ``next_run_at`` forward with a conditional UPDATE, and only
the worker whose UPDATE changed the row enqueues the task. That is atomic on
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from django.db import close_old_connections
from django.utils import timezone

from nbgallery import plugins
from nbgallery.hookspecs import PeriodicTask
from nbgallery.jobs.models import ScheduledJob

logger = logging.getLogger(__name__)


def periodic_tasks() -> list[PeriodicTask]:
    return plugins.flatten(plugins.hook().nbgallery_periodic_tasks())


def claim(periodic: PeriodicTask, now: datetime) -> bool:
    """True if this caller won the right to enqueue ``periodic`` now.

    A task that knows its own clock (``task.next_run_after(now)``, the
    declared jobs: on the hour, or at the nightly hour) first runs at its
    next due time and then keeps to it; any other runs at once, then every
    ``periodic.every``.
    """
    aligned = getattr(periodic.task, "next_run_after", None)
    first = aligned(now) if aligned else now
    ScheduledJob.objects.get_or_create(name=periodic.name, defaults={"next_run_at": first})
    following = aligned(now) if aligned else now + periodic.every
    won = ScheduledJob.objects.filter(name=periodic.name, next_run_at__lte=now).update(
        next_run_at=following, last_enqueued_at=now
    )
    return won == 1


def run_due_tasks(now: datetime | None = None) -> list[str]:
    """Enqueue every periodic task that is due; returns the names enqueued."""
    now = now or timezone.now()
    enqueued = []
    for periodic in periodic_tasks():
        if claim(periodic, now):
            periodic.task.enqueue()
            enqueued.append(periodic.name)
            logger.info("Scheduled %s", periodic.name)
    return enqueued


def run_forever(interval: float, stop: threading.Event) -> None:
    """The scheduler loop of a worker process; returns when ``stop`` is set."""
    while not stop.is_set():
        try:
            run_due_tasks()
        except Exception:
            # A database hiccup must not kill the loop; the next tick retries.
            logger.exception("The scheduler could not check for due tasks")
        finally:
            close_old_connections()
        stop.wait(interval)
