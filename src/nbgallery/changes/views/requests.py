"""The change-request pages: the list, one request, its diff and download, and its actions.

A request is found through ``ChangeRequest.objects.visible_to``: anyone else
gets a 404, whether it exists or not. Accept and decline are for the
notebook's editors, cancel for the requester (a 403 for other viewers).
Each action is a plain form POST that redirects back with a message; with
htmx it answers the request's status and actions block in place instead.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.db.models import Q
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from nbgallery.changes import services
from nbgallery.changes.diff import LAYOUTS, base_sha, render_diff
from nbgallery.changes.forms import AcceptForm, CloseForm
from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks import blobs, render_cache
from nbgallery.notebooks.views.notebook import attachment
from nbgallery.notebooks.views.upload import truthy
from nbgallery.rendering.render import render_markdown
from nbgallery.typing import AuthenticatedHttpRequest
from nbgallery.usage.models import Click, record_click

NOT_FOUND = "There is no such change request, or you do not have access to it."
UNAVAILABLE = "The change request could not be saved just now; nothing was changed. Try again."
RECENT_DAYS = 7
DIFF_VIEWS = [("split", "Side by side"), ("inline", "Inline"), ("compare", "Both versions")]


def visible_request(request: HttpRequest, reqid: uuid_module.UUID) -> ChangeRequest:
    change_request = (
        ChangeRequest.objects.visible_to(request.user)
        .select_related("notebook", "requester", "reviewer", "revision")
        .filter(reqid=reqid)
        .first()
    )
    if change_request is None:
        raise Http404(NOT_FOUND)
    return change_request


# --- Pages ---------------------------------------------------------------------------------


@login_required
def change_request_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Requests I made and requests on notebooks I edit: pending and recent, or all (archive)."""
    archived = truthy(request.GET.get("archived"))
    visible = ChangeRequest.objects.visible_to(request.user).select_related(
        "notebook", "requester", "reviewer"
    )
    if not archived:
        recent = timezone.now() - timedelta(days=RECENT_DAYS)
        visible = visible.filter(Q(status=ChangeRequest.PENDING) | Q(updated_at__gte=recent))
    everything = list(visible)
    mine = [cr for cr in everything if cr.requester_id == request.user.pk]
    theirs = [cr for cr in everything if cr.requester_id != request.user.pk]
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"submitted": as_json(mine), "received": as_json(theirs)})
    context = {"archived": archived, "mine": mine, "theirs": theirs, "recent_days": RECENT_DAYS}
    return render(request, "changes/change_request_list.html", context)


def as_json(requests: list[ChangeRequest]) -> list[dict[str, Any]]:
    return [
        {
            "reqid": str(cr.reqid),
            "notebook": str(cr.notebook.uuid),
            "title": cr.notebook.title,
            "requester": cr.requester.username,
            "status": cr.status,
            "summary": cr.summary,
            "created_at": cr.created_at.isoformat(),
            "updated_at": cr.updated_at.isoformat(),
        }
        for cr in requests
    ]


@login_required
def change_request_detail(
    request: AuthenticatedHttpRequest, reqid: uuid_module.UUID
) -> HttpResponse:
    """One request: who, why, its state, the diff, and what the viewer may do."""
    change_request = visible_request(request, reqid)
    layout = request.GET.get("view", "split")
    if layout not in LAYOUTS:
        layout = "split"
    context = detail_context(request, change_request)
    context.update(
        layout=layout, diff_views=DIFF_VIEWS, diff_html=diff_view(change_request, layout)
    )
    return render(request, "changes/change_request_detail.html", context)


@login_required
def change_request_diff(request: AuthenticatedHttpRequest, reqid: uuid_module.UUID) -> HttpResponse:
    """The diff alone (``?view=split|inline|compare``), for the tabs to swap in with htmx."""
    change_request = visible_request(request, reqid)
    layout = request.GET.get("view", "split")
    if layout not in LAYOUTS:
        return HttpResponse("Ask for view=split, inline or compare.", status=400)
    return HttpResponse(diff_view(change_request, layout))


def diff_view(change_request: ChangeRequest, layout: str) -> str:
    if layout != "compare":
        return render_diff(change_request, layout)
    trusted = change_request.notebook.tags.filter(name="trusted").exists()
    before = render_cache.rendered_notebook(base_sha(change_request), trusted=trusted)
    after = render_cache.rendered_notebook(change_request.content_sha256, trusted=trusted)
    return (
        '<div class="row g-3 change-request-compare">'
        f'<div class="col-lg-6"><h3 class="h6">Current version</h3>{before}</div>'
        f'<div class="col-lg-6"><h3 class="h6">Proposed version</h3>{after}</div></div>'
    )


def detail_context(request: HttpRequest, change_request: ChangeRequest) -> dict[str, Any]:
    user = request.user
    can_review = change_request.can_review(user)
    return {
        "change_request": change_request,
        "notebook": change_request.notebook,
        "comment_html": render_markdown(change_request.comment),
        "reviewer_comment_html": render_markdown(change_request.reviewer_comment),
        "can_review": can_review,
        "can_cancel": change_request.can_cancel(user),
        "overtaken": change_request.is_pending and change_request.overtaken,
        "accept_form": AcceptForm(),
        "close_form": CloseForm(),
    }


@login_required
def change_request_download(
    request: AuthenticatedHttpRequest, reqid: uuid_module.UUID
) -> HttpResponse:
    """The proposed notebook as .ipynb; ``?run=true`` is Run in Jupyter (protocol §5.1)."""
    change_request = visible_request(request, reqid)
    try:
        body = blobs.read_blob(change_request.content_sha256)
    except blobs.StorageUnavailable:
        context = {"status": 503, "title": "The proposed version could not be read",
                   "detail": "Please try again in a few minutes."}  # fmt: skip
        return render(request, "error.html", context, status=503)
    if truthy(request.GET.get("run")):
        record_click(request.user, change_request.notebook, Click.RAN, f"change request {reqid}")
    return attachment(body, f"{proposal_title(change_request)}.ipynb")


@login_required
def change_request_metadata(
    request: AuthenticatedHttpRequest, reqid: uuid_module.UUID
) -> JsonResponse:
    """The title Run in Jupyter names the file with: "<title> (Change Request: <reqid:7>)"."""
    change_request = visible_request(request, reqid)
    return JsonResponse(
        {
            "title": proposal_title(change_request),
            "uuid": str(change_request.notebook.uuid),
            "reqid": str(change_request.reqid),
        }
    )


def proposal_title(change_request: ChangeRequest) -> str:
    # Like the original; "/" is made safe by the download and by run_in_jupyter.js.
    return f"{change_request.notebook.title} (Change Request: {change_request.short_id})"


# --- Actions -------------------------------------------------------------------------------


def answer(
    request: HttpRequest, change_request: ChangeRequest, status: int = 200, **extra: Any
) -> HttpResponse:
    """htmx: the status and actions block, re-rendered; otherwise back to the page."""
    if request.htmx:  # type: ignore[attr-defined]
        context = detail_context(request, change_request)
        context.update(extra)
        return render(request, "changes/partials/review.html", context, status=status)
    if extra.get("done"):
        messages.success(request, extra["done"])
    return redirect(change_request)


def refused(
    request: HttpRequest, change_request: ChangeRequest, error: ValidationError, status: int = 400
) -> HttpResponse:
    message = " ".join(error.messages)
    if request.htmx:  # type: ignore[attr-defined]
        return answer(request, change_request, status=status, error=message)
    messages.error(request, message)
    return redirect(change_request)


@login_required
@require_POST
def change_request_accept(
    request: AuthenticatedHttpRequest, reqid: uuid_module.UUID
) -> HttpResponse:
    change_request = visible_request(request, reqid)
    if not change_request.notebook.can_edit(request.user):
        raise PermissionDenied("Only the notebook's editors may accept change requests.")
    form = AcceptForm(request.POST)
    if not form.is_valid():
        return refused(request, change_request, ValidationError(form_errors(form)))
    try:
        services.accept_change_request(
            request.user,
            change_request,
            comment=form.cleaned_data["comment"],
            label=form.cleaned_data["label"],
            confirm_overtaken=form.cleaned_data["confirm_overtaken"],
        )
    except services.Overtaken as error:
        return refused(request, change_request, error, status=409)
    except services.NotPending as error:
        return refused(request, change_request, error, status=409)
    except ValidationError as error:
        return refused(request, change_request, error)
    except (blobs.StorageUnavailable, DatabaseError):
        return refused(request, change_request, ValidationError(UNAVAILABLE), status=503)
    done = "Accepted: the proposed version is now the notebook's current version."
    return answer(request, change_request, done=done)


@login_required
@require_POST
def change_request_decline(
    request: AuthenticatedHttpRequest, reqid: uuid_module.UUID
) -> HttpResponse:
    change_request = visible_request(request, reqid)
    if not change_request.notebook.can_edit(request.user):
        raise PermissionDenied("Only the notebook's editors may decline change requests.")
    return close(request, change_request, services.decline_change_request, "Declined.")


@login_required
@require_POST
def change_request_cancel(
    request: AuthenticatedHttpRequest, reqid: uuid_module.UUID
) -> HttpResponse:
    change_request = visible_request(request, reqid)
    if change_request.requester_id != request.user.pk and not request.user.is_admin:
        raise PermissionDenied("Only the person who proposed the change may cancel it.")
    return close(request, change_request, services.cancel_change_request, "Canceled.")


def close(
    request: AuthenticatedHttpRequest,
    change_request: ChangeRequest,
    service: Callable[..., None],
    done: str,
) -> HttpResponse:
    """Decline or cancel through ``service``, with the form's comment."""
    form = CloseForm(request.POST)
    if not form.is_valid():
        return refused(request, change_request, ValidationError(form_errors(form)))
    try:
        service(request.user, change_request, comment=form.cleaned_data["comment"])
    except services.NotPending as error:
        return refused(request, change_request, error, status=409)
    except ValidationError as error:
        return refused(request, change_request, error)
    except DatabaseError:
        return refused(request, change_request, ValidationError(UNAVAILABLE), status=503)
    return answer(request, change_request, done=done)


def form_errors(form: Form) -> list[str]:
    return [str(error) for errors in form.errors.values() for error in errors]
