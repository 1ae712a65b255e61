"""nbgallery's own behaviour, registered as a plugin like any other.

Django models are imported inside the hooks: this module is loaded while
settings are still being read.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from nbgallery.hookspecs import NavItem, PeriodicTask, hookimpl


@hookimpl
def nbgallery_nav_items(request: Any) -> list[NavItem]:
    """The core pages; items of apps not built yet are left out by the renderer."""
    return [
        NavItem("Home", "home", order=0),
        NavItem("Upload", "upload", order=10, login_required=True),
        NavItem("Groups", "group_list", order=20),
        NavItem("Tags", "tag_list", order=30),
        NavItem("Languages", "language_list", order=40),
        NavItem("Reviews", "review_list", order=50, login_required=True),
    ]


@hookimpl
def nbgallery_validate_signup(username: str, email: str) -> list[str]:
    """Refuse addresses outside NBGALLERY_ALLOWED_EMAIL_DOMAINS, when that is set."""
    from django.conf import settings

    domains = settings.NBGALLERY_ALLOWED_EMAIL_DOMAINS
    domain = email.rpartition("@")[2].lower()
    if domains and domain not in domains:
        return [f"Sign-up is limited to email addresses at {', '.join(domains)}."]
    return []


@hookimpl
def nbgallery_periodic_tasks() -> list[PeriodicTask]:
    """nbgallery's own housekeeping jobs, and the jobs the apps declare (jobs/registry.py)."""
    from nbgallery.jobs.tasks import prune_task_results
    from nbgallery.notebooks.tasks import cleanup_stages
    from nbgallery.notifications.tasks import send_daily_digests

    return [
        *declared_jobs(),
        PeriodicTask("prune_task_results", timedelta(days=1), prune_task_results),
        PeriodicTask("cleanup_stages", timedelta(hours=1), cleanup_stages),
        # Hourly; it sends only from NBGALLERY_DIGEST_HOUR on, once a day per user.
        PeriodicTask("send_daily_digests", timedelta(hours=1), send_daily_digests),
    ]


def declared_jobs() -> list[PeriodicTask]:
    """Every job of jobs/registry.py: hourly on the hour, nightly at NBGALLERY_NIGHTLY_HOUR."""
    from nbgallery.jobs.registry import HOURLY, all_jobs
    from nbgallery.jobs.tasks import ScheduledJobTask

    return [
        PeriodicTask(
            f"job {job.name}",
            timedelta(hours=1) if job.schedule == HOURLY else timedelta(days=1),
            ScheduledJobTask(job.name, job.schedule),
        )
        for job in all_jobs().values()
    ]


@hookimpl
def nbgallery_may_claim_review(user: Any, review: Any) -> bool | None:
    """The reference's reputation rules for claiming a review (§5.7)."""
    from nbgallery.reviews.rules import default_may_claim

    return default_may_claim(user, review)
