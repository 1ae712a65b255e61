"""The review workflow: nominate, claim, unclaim, approve, unapprove, revert, delete.

Each service checks permissions (PermissionDenied), refuses a move the
review's status does not allow (``WrongStatus``, a ValidationError the views
answer with 409), owns its transaction, writes a ``ReviewHistory`` row and
recomputes the notebook's ``verified`` / ``unapproved`` flags through
``set_flags``. Emails go out after commit.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.notebooks.flags import set_flags
from nbgallery.notebooks.models import Notebook
from nbgallery.notifications.services import send_notification, site_url
from nbgallery.reviews import config
from nbgallery.reviews.models import RecommendedReviewer, Review, ReviewHistory
from nbgallery.reviews.rules import is_admin, latest_content_revision, may_claim, reviewable

MAX_COMMENT = 5000


class WrongStatus(ValidationError):
    """The review is not in a status that allows this move."""


def clean_comment(comment: str | None) -> str:
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ValidationError({"comment": f"A comment has at most {MAX_COMMENT} characters."})
    return comment


def may_propose(user: Any, notebook: Notebook) -> bool:
    """Admins, and the notebook's editors unless NBGALLERY_EDITORS_MAY_PROPOSE_REVIEWS is off."""
    if not getattr(user, "is_authenticated", False):
        return False
    if is_admin(user):
        return True
    return config.editors_may_propose() and notebook.can_edit(user)


def log(review: Review, actor: User | None, action: str, comment: str = "") -> ReviewHistory:
    return ReviewHistory.objects.create(
        review=review, actor=actor, action=action, reviewer=review.reviewer, comment=comment
    )


def propose_reviews(
    actor: User | None,
    notebook: Notebook,
    revtypes: Iterable[str],
    comment: str = "",
    *,
    automatic: bool = False,
) -> list[Review]:
    """Queue reviews of the latest content revision, one per type not already open there.

    Returns the reviews created (an empty list when every type was already
    queued). ``automatic`` is the nightly job's nomination: no actor, no check.
    """
    if not automatic and not may_propose(actor, notebook):
        raise PermissionDenied("Only admins and the notebook's editors may propose reviews.")
    enabled = config.review_types()
    wanted = list(dict.fromkeys(revtypes))
    if not wanted:
        raise ValidationError({"revtypes": "Pick at least one kind of review."})
    unknown = [name for name in wanted if name not in enabled]
    if unknown:
        raise ValidationError({"revtypes": f"Not an enabled review type: {', '.join(unknown)}."})
    if not reviewable(notebook):
        raise ValidationError(
            "This notebook cannot be reviewed: reviews are off, or it is deprecated or private."
        )
    comment = clean_comment(comment)
    with transaction.atomic():
        revision = latest_content_revision(notebook)
        if revision is None:
            raise ValidationError("This notebook has no version to review yet.")
        taken = set(
            Review.objects.filter(
                revision=revision, revtype__in=wanted, status__in=Review.OPEN
            ).values_list("revtype", flat=True)
        )
        created = []
        for revtype in wanted:
            if revtype in taken:
                continue
            review = Review.objects.create(
                notebook=notebook,
                revision=revision,
                revtype=revtype,
                comment=comment,
                automatic=automatic,
            )
            log(review, None if automatic else actor, ReviewHistory.CREATED, comment)
            created.append(review)
    return created


def locked(review: Review) -> Review:
    """The review's row, re-read and locked: two people cannot claim it at once."""
    return Review.objects.select_for_update().select_related("notebook").get(pk=review.pk)


def move(
    review: Review,
    *,
    expected: str,
    to: str,
    action: str,
    comment: str,
    check: Callable[[Review], None],
) -> Review:
    """Lock the review, check its status and the actor's right (``check``), then move it."""
    fresh = locked(review)
    if fresh.status != expected:
        raise WrongStatus(
            f"This review is {fresh.get_status_display().lower()}; "
            f"only a {expected} review can be {action}."
        )
    check(fresh)
    fresh.status = to
    if comment:
        fresh.comment = comment
    return fresh


def claim_review(actor: User, review: Review, comment: str = "") -> Review:
    """queued → claimed, by someone the claim rule (and plugins) allow."""
    comment = clean_comment(comment)
    with transaction.atomic():
        fresh = move(
            review,
            expected=Review.QUEUED,
            to=Review.CLAIMED,
            action="claimed",
            comment=comment,
            check=lambda found: check_may_claim(actor, found),
        )
        fresh.reviewer = actor
        fresh.save()
        log(fresh, actor, ReviewHistory.CLAIMED, comment)
    return fresh


def check_may_claim(actor: User, review: Review) -> None:
    if not may_claim(actor, review):
        raise PermissionDenied("You may not claim this review.")


def check_reviewer(actor: User, review: Review, *, admins_too: bool) -> None:
    if review.reviewer_id == actor.pk or (admins_too and is_admin(actor)):
        return
    raise PermissionDenied("Only the review's reviewer may do that.")


def unclaim_review(actor: User, review: Review, comment: str = "") -> Review:
    """claimed → queued (the reviewer, or an admin)."""
    comment = clean_comment(comment)
    with transaction.atomic():
        fresh = move(
            review,
            expected=Review.CLAIMED,
            to=Review.QUEUED,
            action="unclaimed",
            comment=comment,
            check=lambda found: check_reviewer(actor, found, admins_too=True),
        )
        log(fresh, actor, ReviewHistory.UNCLAIMED, comment)
        fresh.reviewer = None
        fresh.save()
    return fresh


def approve_review(actor: User, review: Review, comment: str = "") -> Review:
    """claimed → approved (the reviewer); the notebook may become verified."""
    return decide(actor, review, Review.APPROVED, comment)


def unapprove_review(actor: User, review: Review, comment: str = "") -> Review:
    """claimed → unapproved (the reviewer); the notebook is flagged and its owner emailed."""
    fresh = decide(actor, review, Review.UNAPPROVED, comment)
    notebook = fresh.notebook
    recipient = notebook.owner_user or notebook.creator
    if recipient is not None and recipient.pk != actor.pk:
        email_on_commit(
            recipient,
            f"Your notebook \u201c{notebook.title}\u201d did not pass review",
            "reviews/email/unapproved",
            fresh,
        )
    return fresh


def decide(actor: User, review: Review, status: str, comment: str) -> Review:
    comment = clean_comment(comment)
    with transaction.atomic():
        fresh = move(
            review,
            expected=Review.CLAIMED,
            to=status,
            action=status,
            comment=comment,
            check=lambda found: check_reviewer(actor, found, admins_too=False),
        )
        fresh.decided_at = timezone.now()
        fresh.save()
        log(fresh, actor, status, comment)
        recompute_flags(fresh.notebook)
    return fresh


def revert_unapproval(actor: User, review: Review, comment: str = "") -> Review:
    """unapproved → claimed (the reviewer, or an admin): the failure is taken back."""
    comment = clean_comment(comment)
    with transaction.atomic():
        fresh = move(
            review,
            expected=Review.UNAPPROVED,
            to=Review.CLAIMED,
            action="reverted",
            comment=comment,
            check=lambda found: check_reviewer(actor, found, admins_too=True),
        )
        fresh.decided_at = None
        fresh.save()
        log(fresh, actor, ReviewHistory.REVERTED, comment)
        recompute_flags(fresh.notebook)
    return fresh


def delete_review(actor: User, review: Review) -> None:
    """Admins only: the review and its history go; the flags are recomputed."""
    if not is_admin(actor):
        raise PermissionDenied("Only admins may delete a review.")
    with transaction.atomic():
        notebook = review.notebook
        review.delete()
        recompute_flags(notebook)


def add_recommended_reviewer(actor: User, review: Review, username: str) -> RecommendedReviewer:
    """An editor recommends someone for an open review; that person is emailed."""
    if not (is_admin(actor) or review.notebook.can_edit(actor)):
        raise PermissionDenied("Only the notebook's editors may recommend reviewers.")
    if not review.is_open:
        raise WrongStatus("Reviewers can be recommended only for a queued or claimed review.")
    user = User.objects.filter(username=(username or "").strip(), is_active=True).first()
    if user is None:
        raise ValidationError({"username": "There is no active user with that user name."})
    if user.pk == actor.pk and not is_admin(actor):
        raise ValidationError({"username": "You cannot recommend yourself."})
    with transaction.atomic():
        recommended, created = RecommendedReviewer.objects.update_or_create(
            review=review, user=user, defaults={"manual": True}
        )
        if created:
            email_on_commit(
                user,
                f"You were recommended to review \u201c{review.notebook.title}\u201d",
                "reviews/email/recommended",
                review,
            )
    return recommended


def remove_recommended_reviewer(actor: User, review: Review, user: User) -> bool:
    """An editor takes a recommendation back, or the recommended person declines it."""
    if not (is_admin(actor) or actor.pk == user.pk or review.notebook.can_edit(actor)):
        raise PermissionDenied("Only the notebook's editors may remove recommended reviewers.")
    deleted, _ = RecommendedReviewer.objects.filter(review=review, user=user).delete()
    return bool(deleted)


def recompute_flags(notebook: Notebook) -> None:
    """Set ``verified`` and ``unapproved`` from the reviews, through ``set_flags``.

    verified: every enabled type has an approval on the latest content
    revision, decided within NBGALLERY_REVIEW_RECENT_DAYS. unapproved: for
    some type, the latest decision is a failure (a later approval of that
    type, or reverting the failure, clears it).
    """
    types = config.review_types()
    revision = latest_content_revision(notebook)
    cutoff = timezone.now() - datetime.timedelta(days=config.recent_days())
    approved = set()
    if revision is not None and types:
        approved = set(
            Review.objects.filter(
                revision=revision,
                status=Review.APPROVED,
                revtype__in=types,
                decided_at__gte=cutoff,
            ).values_list("revtype", flat=True)
        )
    verified = bool(types) and approved == set(types)
    latest: dict[str, str] = {}
    decided = Review.objects.filter(notebook=notebook, status__in=Review.DECIDED)
    for revtype, status in decided.order_by("-decided_at", "-pk").values_list("revtype", "status"):
        latest.setdefault(revtype, status)
    unapproved = Review.UNAPPROVED in latest.values()
    current = Notebook.objects.filter(pk=notebook.pk).values_list("verified", "unapproved").first()
    if current is not None and current != (verified, unapproved):
        set_flags(notebook, verified=verified, unapproved=unapproved)


def email_on_commit(recipient: User, subject: str, template: str, review: Review) -> None:
    review_id, recipient_id = review.pk, recipient.pk

    def send() -> None:
        fresh = Review.objects.select_related("notebook", "reviewer").filter(pk=review_id).first()
        person = User.objects.filter(pk=recipient_id).first()
        if fresh is None or person is None:
            return
        send_notification(
            person,
            subject=subject,
            template=template,
            context={
                "review": fresh,
                "notebook": fresh.notebook,
                "type_label": config.type_label(fresh.revtype),
                "url": site_url() + fresh.get_absolute_url(),
            },
        )

    transaction.on_commit(send)
