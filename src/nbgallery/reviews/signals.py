"""Carrying reviews forward to a new version of a notebook (reference §5.7).

Listens for new revisions rather than changing the notebooks app: the
receiver runs inside the transaction that saves the new version, so the
reviews move with it or not at all.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from nbgallery.notebooks.models import Revision
from nbgallery.reviews import config
from nbgallery.reviews.models import Review, ReviewHistory
from nbgallery.reviews.services import email_on_commit, log, recompute_flags

NEW_VERSION_NOTE = "There is a new notebook version available for review."


@receiver(post_save, sender=Revision, dispatch_uid="reviews_carry_forward")
def carry_reviews_forward(sender: Any, instance: Revision, created: bool, **kwargs: Any) -> None:
    """On a new content revision: move all-queued reviews, re-propose failed ones, re-verify."""
    if not created or instance.revtype == Revision.METADATA or kwargs.get("raw"):
        return
    if not Review.objects.filter(notebook_id=instance.notebook_id).exists():
        return  # the common case costs one query
    previous = (
        Revision.objects.filter(notebook_id=instance.notebook_id)
        .exclude(revtype=Revision.METADATA)
        .exclude(pk=instance.pk)
        .order_by("-created_at", "-pk")
        .first()
    )
    if previous is not None:
        move_queued(previous, instance)
        recreate_unapproved(previous, instance)
    recompute_flags(instance.notebook)


def move_queued(previous: Revision, new: Revision) -> None:
    if not config.carry_forward():
        return
    reviews = list(Review.objects.filter(revision=previous))
    if not reviews or any(review.status != Review.QUEUED for review in reviews):
        return
    Review.objects.filter(pk__in=[review.pk for review in reviews]).update(revision=new)
    for review in reviews:
        log(review, None, ReviewHistory.CARRIED_FORWARD, "Moved to the new version.")


def recreate_unapproved(previous: Revision, new: Revision) -> None:
    if not config.repropose_unapproved():
        return
    failed = Review.objects.filter(revision=previous, status=Review.UNAPPROVED)
    seen: set[str] = set()
    for old in failed.select_related("reviewer").order_by("-decided_at", "-pk"):
        if old.revtype in seen or old.revtype not in config.review_types():
            continue
        seen.add(old.revtype)
        if Review.objects.filter(
            revision=new, revtype=old.revtype, status__in=Review.OPEN
        ).exists():
            continue
        reviewer = old.reviewer if old.reviewer and old.reviewer.is_active else None
        review = Review.objects.create(
            notebook_id=new.notebook_id,
            revision=new,
            revtype=old.revtype,
            status=Review.CLAIMED if reviewer else Review.QUEUED,
            reviewer=reviewer,
            comment=NEW_VERSION_NOTE,
        )
        log(review, None, ReviewHistory.RECREATED, NEW_VERSION_NOTE)
        if reviewer is not None:
            email_on_commit(
                reviewer,
                f"A new version of \u201c{review.notebook.title}\u201d is ready for review",
                "reviews/email/new_version",
                review,
            )
