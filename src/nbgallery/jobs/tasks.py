"""Tasks of the jobs app itself."""

from __future__ import annotations

from django.core.management import call_command
from django_tasks import task


@task()
def prune_task_results() -> None:
    """Forget finished background tasks older than two weeks (failed ones after a month)."""
    call_command("prune_db_task_results", min_age_days=14, failed_min_age_days=30, verbosity=0)
