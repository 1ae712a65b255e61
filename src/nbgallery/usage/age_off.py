"""Age-off (reference §8.2): forget what is only kept for a while."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from nbgallery.changes.models import ChangeRequest
from nbgallery.jobs.registry import Progress
from nbgallery.notebooks import blobs
from nbgallery.notebooks import services as notebook_services
from nbgallery.usage.dailies import age_off_dailies

CHANGE_REQUEST_DAYS = 7


def age_off_change_requests(now: datetime) -> int:
    """Delete canceled change requests closed more than 7 days ago, and their content.

    The original also empties accepted requests after 7 days; here the content
    of an accepted request is the blob of the version it became, so there is
    nothing of its own to remove.
    """
    cutoff = now - timedelta(days=CHANGE_REQUEST_DAYS)
    old = ChangeRequest.objects.filter(status=ChangeRequest.CANCELED).filter(
        Q(closed_at__lt=cutoff) | Q(closed_at__isnull=True, updated_at__lt=cutoff)
    )
    shas: set[str] = set()
    for proposed, base in old.values_list("content_sha256", "base_content_sha256"):
        shas.update((proposed, base))
    with transaction.atomic():
        deleted, _ = old.delete()
        transaction.on_commit(lambda: [blobs.delete_blob_if_unused(sha) for sha in shas])
    return deleted


def age_off(progress: Progress, now: datetime | None = None) -> None:
    """The nightly job: old stages, canceled change requests, dailies past 90 days."""
    now = now or timezone.now()
    progress(0, 3)
    notebook_services.cleanup_stages(now)
    progress(1, 3)
    age_off_change_requests(now)
    progress(2, 3)
    age_off_dailies(timezone.localdate(now))
    progress(3, 3)
