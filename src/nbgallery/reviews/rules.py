"""Who may claim a review (the plugin hook and its default), and what is reviewable."""

from __future__ import annotations

from typing import Any

from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.reviews import config
from nbgallery.reviews.models import RecommendedReviewer, Review, UserSummary
from nbgallery.usage.models import Click

# Reference §5.7: the reputation percentiles that qualify a claimant.
TECHNICAL_AUTHOR_PCT = 50.0
FUNCTIONAL_USER_PCT = 75.0
USED_ACTIONS = (Click.RAN, Click.EXECUTED)


def is_admin(user: Any) -> bool:
    return bool(getattr(user, "is_admin", False))


def reviewable(notebook: Notebook) -> bool:
    """Reviews are on, the notebook is not deprecated, and public (or private reviews allowed)."""
    if not config.reviews_enabled() or notebook.deprecated:
        return False
    return notebook.public or config.private_reviews()


def latest_content_revision(notebook: Notebook) -> Revision | None:
    """The newest revision that changed the content: reviews are of content, not details."""
    return (
        Revision.objects.filter(notebook=notebook)
        .exclude(revtype=Revision.METADATA)
        .order_by("-created_at", "-pk")
        .first()
    )


def default_may_claim(user: Any, review: Review) -> bool:
    """The reference's rule; see ``hookspecs.nbgallery_may_claim_review``."""
    if not getattr(user, "is_authenticated", False):
        return False
    if is_admin(user):
        return True
    if review.notebook.creator_id == user.pk:
        return False
    if review.revtype == Review.COMPLIANCE:
        return False
    summary = UserSummary.objects.filter(user=user).first()
    recommended = RecommendedReviewer.objects.filter(review=review, user=user).exists()
    if review.revtype == Review.TECHNICAL:
        return recommended or bool(summary and summary.author_rep_pct >= TECHNICAL_AUTHOR_PCT)
    if review.revtype == Review.FUNCTIONAL:
        used = Click.objects.filter(
            user=user, notebook_id=review.notebook_id, action__in=USED_ACTIONS
        ).exists()
        return used and (
            recommended or bool(summary and summary.user_rep_pct >= FUNCTIONAL_USER_PCT)
        )
    return False


def may_claim(user: Any, review: Review) -> bool:
    """Ask the plugins (the built-in rule last) whether ``user`` may claim ``review``."""
    from nbgallery.plugins import hook

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    answer = hook().nbgallery_may_claim_review(user=user, review=review)
    return bool(answer)
