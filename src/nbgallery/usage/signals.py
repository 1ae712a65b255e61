"""Keep a notebook's trendiness at 1.0 from the moment it is published or
gets a new version (reference §5.4), not only from the next nightly run."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from nbgallery.notebooks.models import Revision
from nbgallery.usage.models import NotebookSummary


@receiver(post_save, sender=Revision, dispatch_uid="usage_fresh_is_trending")
def fresh_notebook_is_trending(
    sender: Any, instance: Revision, created: bool, **kwargs: Any
) -> None:
    if not created or instance.revtype == Revision.METADATA or kwargs.get("raw"):
        return
    # An upsert: two uploads at once must not collide on the primary key.
    NotebookSummary.objects.bulk_create(
        [NotebookSummary(notebook_id=instance.notebook_id, trendiness=1.0)],
        update_conflicts=True,
        unique_fields=["notebook"],
        update_fields=["trendiness"],
    )
