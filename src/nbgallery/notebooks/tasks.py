"""Background tasks of the notebooks app."""

from __future__ import annotations

from django_tasks import task

from nbgallery.notebooks import services


@task()
def cleanup_stages() -> None:
    """Remove uploads abandoned between step 1 and step 2 (after a few hours)."""
    services.cleanup_stages()
