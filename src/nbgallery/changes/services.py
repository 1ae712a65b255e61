"""The change-request lifecycle: propose, accept, decline, cancel (reference §3.4).

Each service checks permissions (PermissionDenied), validates (ValidationError,
keyed by form field where there is one), owns its transaction and emails both
sides after commit. Only a pending request changes state: the change is a
conditional UPDATE, so two editors clicking at once (or one clicking twice)
get one success and one ``NotPending``, never two revisions.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks import services as notebooks
from nbgallery.notebooks.models import Notebook, Revision, Stage
from nbgallery.notifications.services import send_notification, site_url
from nbgallery.usage.models import Click, record_click

MAX_COMMENT = 5000


class NotPending(ValidationError):
    """The request was already accepted, declined or canceled."""


class Overtaken(ValidationError):
    """The notebook has a newer version than the one the request was made against."""


def check_comment(comment: str, field: str = "comment") -> str:
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ValidationError({field: f"A comment has at most {MAX_COMMENT} characters."})
    return comment


def propose_change(
    actor: User,
    notebook: Notebook,
    stage: Stage,
    *,
    comment: str,
    summary: str,
    agreed: bool = True,
) -> ChangeRequest:
    """Turn a stage into a pending change request to ``notebook``.

    Any reader may propose, editors included (Jupyter's "Submit Change
    Request" works on a notebook one may edit too, reference §6.3); content
    identical to the current version is refused. The stage is used up.
    """
    if not notebook.can_read(actor):
        raise PermissionDenied("You cannot read that notebook.")
    if stage.user_id != actor.pk:
        raise PermissionDenied("That upload belongs to someone else.")
    if stage.notebook_id not in (None, notebook.pk):
        raise ValidationError("That upload was made for another notebook.")
    if not agreed:
        raise ValidationError({"agree": "Please accept the terms of service to propose a change."})
    summary = notebooks.check_summary(summary)
    if not summary:
        raise ValidationError({"summary": "Say in a few words what the change does."})
    comment = check_comment(comment)
    if stage.content_sha256 == notebook.content_sha256:
        raise ValidationError(
            "The proposed notebook is identical to the current version: there is nothing to change."
        )
    with transaction.atomic():
        request = ChangeRequest.objects.create(
            notebook=notebook,
            requester=actor,
            content_sha256=stage.content_sha256,
            base_commit_id=notebook.commit_id,
            base_content_sha256=notebook.content_sha256,
            comment=comment,
            summary=summary,
        )
        notebooks.record_terms(actor, notebook)
        record_click(actor, notebook, Click.SUBMITTED_CHANGE_REQUEST, str(request.reqid))
        stage.delete()
        people = [*notebook.people_to_tell(), actor]
        notify_on_commit(request, people, "proposed", f"Change request: {notebook.title}")
    return request


def accept_change_request(
    editor: User,
    request: ChangeRequest,
    *,
    comment: str = "",
    label: str = "",
    confirm_overtaken: bool = False,
) -> Revision:
    """Make the proposed content the notebook's new version, credited to the requester.

    The revision's user and the notebook's updater are the requester, as in
    the original. If the notebook changed since the request was made, this
    raises ``Overtaken`` unless the editor confirmed they want it anyway.
    """
    notebook = request.notebook
    if not notebook.can_edit(editor):
        raise PermissionDenied("Only the notebook's editors may accept change requests.")
    check_pending(request)
    comment = check_comment(comment)
    notebook.refresh_from_db()
    if notebook.content_sha256 != request.base_content_sha256 and not confirm_overtaken:
        raise Overtaken(
            "A newer version of the notebook was saved after this change was proposed. "
            "Accepting it replaces that version; confirm to accept anyway."
        )
    requester = request.requester
    with transaction.atomic():
        close(request, ChangeRequest.ACCEPTED, editor, comment)
        # A stage is how a version enters a notebook; the request's id becomes
        # the commit id Jupyter sees, which ties the version to the request.
        stage = Stage.objects.create(
            uuid=request.reqid,
            user=requester,
            notebook=notebook,
            content_sha256=request.content_sha256,
        )
        # The requester gets the credit (revision, updater, ``edited notebook``).
        revision = notebooks.update_notebook_content(
            editor, notebook, stage, label=label, summary=request.summary, author=requester
        )
        record_click(editor, notebook, Click.ACCEPTED_CHANGE_REQUEST, str(request.reqid))
        ChangeRequest.objects.filter(pk=request.pk).update(revision=revision)
        request.revision = revision
        notify_on_commit(
            request, [requester, editor], "accepted", f"Change request accepted: {notebook.title}"
        )
    return revision


def decline_change_request(editor: User, request: ChangeRequest, *, comment: str = "") -> None:
    """Decline a pending request, with a comment for the requester."""
    if not request.notebook.can_edit(editor):
        raise PermissionDenied("Only the notebook's editors may decline change requests.")
    check_pending(request)
    comment = check_comment(comment)
    with transaction.atomic():
        close(request, ChangeRequest.DECLINED, editor, comment)
        record_click(editor, request.notebook, Click.DECLINED_CHANGE_REQUEST, str(request.reqid))
        notify_on_commit(
            request,
            [request.requester, editor],
            "declined",
            f"Change request declined: {request.notebook.title}",
        )


def cancel_change_request(actor: User, request: ChangeRequest, *, comment: str = "") -> None:
    """The requester (or an admin) withdraws a pending request."""
    if request.requester_id != actor.pk and not actor.is_admin:
        raise PermissionDenied("Only the person who proposed the change may cancel it.")
    check_pending(request)
    comment = check_comment(comment)
    with transaction.atomic():
        close(request, ChangeRequest.CANCELED, actor, comment)
        record_click(actor, request.notebook, Click.CANCELED_CHANGE_REQUEST, str(request.reqid))
        people = [*request.notebook.people_to_tell(), request.requester]
        notify_on_commit(
            request, people, "canceled", f"Change request canceled: {request.notebook.title}"
        )


# --- Helpers ---------------------------------------------------------------------------------


def check_pending(request: ChangeRequest) -> None:
    if request.status != ChangeRequest.PENDING:
        raise NotPending(f"This change request was already {request.status}.")


def close(request: ChangeRequest, status: str, actor: User, comment: str) -> None:
    """Move a pending request to ``status``, or raise NotPending if someone was quicker."""
    now = timezone.now()
    changed = ChangeRequest.objects.filter(pk=request.pk, status=ChangeRequest.PENDING).update(
        status=status, reviewer=actor, reviewer_comment=comment, closed_at=now, updated_at=now
    )
    if not changed:
        request.refresh_from_db()
        raise NotPending(f"This change request was already {request.status}.")
    request.status, request.reviewer, request.reviewer_comment = status, actor, comment
    request.closed_at = request.updated_at = now


def notify_on_commit(
    request: ChangeRequest, people: Iterable[User], event: str, subject: str
) -> None:
    """Email each person once about ``event``, after the transaction commits."""
    recipients = list({person.pk: person for person in people}.values())
    request_id = request.pk
    base_url = site_url()

    def send() -> None:
        fresh = ChangeRequest.objects.select_related("notebook", "requester", "reviewer").get(
            pk=request_id
        )
        for person in recipients:
            send_notification(
                person,
                subject=subject,
                template=f"changes/email/{event}",
                context={
                    "change_request": fresh,
                    "notebook": fresh.notebook,
                    "url": base_url + fresh.get_absolute_url(),
                },
            )

    transaction.on_commit(send)
