"""Background tasks of the notifications app."""

from __future__ import annotations

from django_tasks import task

from nbgallery.notifications import digest


@task()
def send_daily_digests() -> None:
    """Send today's digest to every subscriber due one (run hourly; see ``digest``).

    Idempotent: each user gets at most one digest a day however often it runs.
    """
    digest.send_daily_digests()
