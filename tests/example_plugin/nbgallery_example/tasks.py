"""The example plugin's background task, enqueued by nbgallery's scheduler."""

from __future__ import annotations

from django_tasks import task

from nbgallery_example.models import Heartbeat


@task()
def record_heartbeat() -> None:
    """Write down that the periodic task ran (safe to run any number of times)."""
    Heartbeat.objects.create()
