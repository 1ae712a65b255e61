"""Stars, comments, likes, feedback and external resources: the rules and the writes.

Pages call these; each checks who may act (PermissionDenied), validates
(ValidationError keyed by form field), writes in one transaction and sends
its emails after commit. Everyone who may read a notebook may star it,
comment on it, like its comments and send feedback; editors add and remove
resources and read the feedback; comments follow the original's rules (see
``may_change_comment``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook, Star, is_admin
from nbgallery.notifications.services import send_notification
from nbgallery.social.models import Comment, CommentLike, Feedback, Resource

COMMENT_MAX_LENGTH = 10_000
FEEDBACK_MAX_LENGTH = 5_000
RESOURCE_TITLE_MAX_LENGTH = 200
RESOURCE_HREF_MAX_LENGTH = 2_000
CANNOT_CHANGE_COMMENT = (
    "You can only change your own comment while it is the newest one on the notebook."
)


# --- Who --------------------------------------------------------------------------------


def check_can_read(actor: User, notebook: Notebook) -> None:
    if not notebook.can_read(actor):
        raise PermissionDenied("You do not have access to this notebook.")


def check_can_edit(actor: User, notebook: Notebook) -> None:
    if not notebook.can_edit(actor):
        raise PermissionDenied(
            "Only the notebook's owner, its editors and the people it is shared with can do that."
        )


def clean_text(value: str, *, field: str, what: str, limit: int, required: bool) -> str:
    """Trimmed text, or a ValidationError that says what to fix."""
    text = (value or "").strip()
    if "\x00" in text:
        raise ValidationError({field: f"The {what} contains a null character; remove it."})
    if required and not text:
        raise ValidationError({field: f"Write a {what} first: it is empty."})
    if len(text) > limit:
        raise ValidationError(
            {field: f"The {what} is {len(text):,} characters long; the limit is {limit:,}."}
        )
    return text


# --- Stars ------------------------------------------------------------------------------


def set_star(actor: User, notebook: Notebook, starred: bool) -> bool:
    """Star or unstar a notebook the actor may read; returns the new state.

    Setting a state (rather than flipping it) makes a double click or a
    resent form harmless.
    """
    check_can_read(actor, notebook)
    if starred:
        try:
            with transaction.atomic():
                Star.objects.get_or_create(notebook=notebook, user=actor)
        except IntegrityError:  # a concurrent request starred it first: same outcome
            pass
    else:
        Star.objects.filter(notebook=notebook, user=actor).delete()
    return starred


def star_state(user: Any, notebook: Notebook) -> dict[str, Any]:
    """The star count and whether ``user`` starred the notebook, in one query."""
    mine = Q(user=user) if getattr(user, "is_authenticated", False) else Q(pk__in=[])
    counts = Star.objects.filter(notebook=notebook).aggregate(
        count=Count("pk"), mine=Count("pk", filter=mine)
    )
    return {"star_count": counts["count"], "starred": bool(counts["mine"])}


# --- Comments ---------------------------------------------------------------------------


def is_moderator(user: Any, notebook: Notebook, *, can_edit: bool | None = None) -> bool:
    """Editors of the notebook and site admins may delete anyone's comment."""
    if is_admin(user):
        return True
    if can_edit is None:
        can_edit = notebook.can_edit(user)
    return bool(can_edit)


def latest_comment_id(notebook: Notebook) -> int | None:
    latest = Comment.objects.filter(notebook=notebook).order_by("-created_at", "-pk").first()
    return latest.pk if latest else None


def may_change_comment(user: Any, comment: Comment, latest_id: int | None) -> bool:
    """An author edits and deletes a comment only while it is the newest on the notebook.

    The original's rule (commontator ``:l``): once someone has answered, the
    words they answered stay as they were.
    """
    return bool(user.is_authenticated and comment.user_id == user.pk and comment.pk == latest_id)


def add_comment(actor: User, notebook: Notebook, body: str, *, base_url: str = "") -> Comment:
    """Comment on a notebook the actor may read; the owners are emailed unless it is theirs.

    ``base_url`` (scheme and host) makes the links in the email absolute.
    """
    check_can_read(actor, notebook)
    text = clean_text(body, field="body", what="comment", limit=COMMENT_MAX_LENGTH, required=True)
    with transaction.atomic():
        comment = Comment.objects.create(notebook=notebook, user=actor, body=text)
        transaction.on_commit(lambda: email_comment(comment.pk, base_url))
    return comment


def email_comment(comment_id: int, base_url: str) -> None:
    comment = Comment.objects.select_related("notebook", "user").filter(pk=comment_id).first()
    if comment is None:  # deleted before the email went out
        return
    for owner in comment.notebook.people_to_tell():
        if owner.pk == comment.user_id:
            continue
        send_notification(
            owner,
            subject=f"New comment on {comment.notebook.title}",
            template="social/email/comment_added",
            context={"comment": comment, "notebook": comment.notebook, "base_url": base_url},
        )


def edit_comment(actor: User, comment: Comment, body: str) -> Comment:
    """Change the text of the actor's own comment while it is the newest one."""
    with transaction.atomic():
        # Locked so that a comment arriving meanwhile cannot slip in under the edit.
        Notebook.objects.select_for_update().filter(pk=comment.notebook_id).first()
        if not may_change_comment(actor, comment, latest_comment_id(comment.notebook)):
            raise PermissionDenied(CANNOT_CHANGE_COMMENT)
        text = clean_text(
            body, field="body", what="comment", limit=COMMENT_MAX_LENGTH, required=True
        )
        comment.body = text
        comment.save(update_fields=["body", "updated_at"])
    return comment


def delete_comment(actor: User, comment: Comment) -> None:
    """Delete a comment: its author while it is the newest, or a moderator at any time."""
    notebook = comment.notebook
    with transaction.atomic():
        Notebook.objects.select_for_update().filter(pk=notebook.pk).first()
        allowed = is_moderator(actor, notebook) or may_change_comment(
            actor, comment, latest_comment_id(notebook)
        )
        if not allowed:
            raise PermissionDenied(
                CANNOT_CHANGE_COMMENT + " The notebook's editors can remove any comment."
            )
        comment.delete()


def set_like(actor: User, comment: Comment, liked: bool) -> bool:
    """Like or unlike someone else's comment on a notebook the actor may read."""
    check_can_read(actor, comment.notebook)
    if comment.user_id == actor.pk:
        raise ValidationError("You cannot like your own comment.")
    if liked:
        try:
            with transaction.atomic():
                CommentLike.objects.get_or_create(comment=comment, user=actor)
        except IntegrityError:
            pass
    else:
        CommentLike.objects.filter(comment=comment, user=actor).delete()
    return liked


def comments_for_page(notebook: Notebook, user: Any) -> list[Comment]:
    """The notebook's comments, oldest first, with their authors, like counts and
    whether ``user`` liked each: one query however many there are."""
    liked_q = Q(likes__user=user) if getattr(user, "is_authenticated", False) else Q(pk__in=[])
    return list(
        Comment.objects.filter(notebook=notebook)
        .select_related("user", "user__reputation")  # the trophies beside their names
        .annotate(like_count=Count("likes"), liked=Count("likes", filter=liked_q))
        .order_by("created_at", "pk")
    )


# --- Feedback ---------------------------------------------------------------------------


def submit_feedback(
    actor: User,
    notebook: Notebook,
    *,
    ran: bool,
    worked: bool,
    broken: str = "",
    general: str = "",
    base_url: str = "",
) -> Feedback:
    """Record a reader's feedback and email it to the owners, with a copy to the sender."""
    check_can_read(actor, notebook)
    broken = clean_text(
        broken, field="broken", what="answer", limit=FEEDBACK_MAX_LENGTH, required=False
    )
    general = clean_text(
        general, field="general", what="answer", limit=FEEDBACK_MAX_LENGTH, required=False
    )
    with transaction.atomic():
        feedback = Feedback.objects.create(
            notebook=notebook, user=actor, ran=ran, worked=worked, broken=broken, general=general
        )
        transaction.on_commit(lambda: email_feedback(feedback.pk, base_url))
    return feedback


def email_feedback(feedback_id: int, base_url: str) -> None:
    feedback = Feedback.objects.select_related("notebook", "user").filter(pk=feedback_id).first()
    if feedback is None:
        return
    recipients = feedback.notebook.people_to_tell()
    if feedback.user_id not in {owner.pk for owner in recipients}:
        recipients.append(feedback.user)
    for recipient in recipients:
        send_notification(
            recipient,
            subject=f"Feedback on {feedback.notebook.title}",
            template="social/email/feedback_received",
            context={
                "feedback": feedback,
                "notebook": feedback.notebook,
                "base_url": base_url,
                "is_copy": recipient.pk == feedback.user_id,
            },
        )


# --- External resources -----------------------------------------------------------------


def clean_href(href: str) -> str:
    """An absolute http(s) address, or a ValidationError saying why not."""
    address = clean_text(
        href, field="href", what="address", limit=RESOURCE_HREF_MAX_LENGTH, required=True
    )
    if any(character.isspace() or ord(character) < 32 for character in address):
        raise ValidationError({"href": "The address may not contain spaces or control characters."})
    try:
        parts = urlsplit(address)
    except ValueError:
        raise ValidationError({"href": "That is not a web address."}) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(
            {"href": "Only http:// and https:// addresses can be linked, for everyone's safety."}
        )
    if not parts.hostname:
        raise ValidationError(
            {"href": "The address needs a host name, as in https://example.org/."}
        )
    return address


def add_resource(actor: User, notebook: Notebook, *, title: str, href: str) -> Resource:
    """Attach a titled http(s) link to a notebook (editors only)."""
    check_can_edit(actor, notebook)
    title = clean_text(
        title, field="title", what="title", limit=RESOURCE_TITLE_MAX_LENGTH, required=True
    )
    address = clean_href(href)
    return Resource.objects.create(notebook=notebook, user=actor, title=title, href=address)


def delete_resource(actor: User, resource: Resource) -> None:
    """Remove a link from a notebook (editors only)."""
    check_can_edit(actor, resource.notebook)
    resource.delete()
