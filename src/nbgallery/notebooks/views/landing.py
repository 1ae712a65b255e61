"""The pages the Jupyter clients open in the browser (protocol §4), and old notebook URLs.

After ``POST /stages`` a client opens a landing URL that names the stage:
``/?staged=<sid>&tags=…#STAGE`` or ``/notebooks/?staged=<sid>#STAGE`` for a new
notebook, ``/notebook/<id>/?staged=<sid>#UPDATE`` or ``…#CHANGE_REQ`` for an
existing one. Each one leads to step 2 of that stage (``upload_finish``), which
shows the form that fits: a new notebook, a new version, or, for someone who
may only read the notebook, the change-request hand-off page below.

The ``#…`` part never reaches the server. Browsers carry it over a redirect
whose Location has none, so the step-2 page can still read it
(``static/nbgallery/landing.js``), and the sign-in page adds it to ``next`` so
that it survives signing in too.

Without ``staged``, the notebook URLs of the original gallery (``/notebook/<id>``,
``/nb/<id>[/<title>]``, ``/notebooks/<id-title or prefix>``) lead to the
notebook's page, or, when the caller does not want HTML, to its download
(protocol G6: a 301).
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from nbgallery.notebooks import blobs, services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.views.jupyter import notebook_from_identifier
from nbgallery.notebooks.views.notebook import NOT_FOUND, NOT_FOUND_ANONYMOUS, attachment
from nbgallery.notebooks.views.upload import STAGE_GONE
from nbgallery.typing import AuthenticatedHttpRequest

BAD_STAGE_LINK = "That link does not name an upload; please upload the notebook again."
UNREADABLE = "It is kept, but could not be read just now; please try again in a few minutes."
HTML_TYPES = ("text/html", "application/xhtml+xml")
# What a caller may ask for instead of a page; the download answers them all.
OTHER_TYPES = ("application/json", "application/x-ipynb+json", "application/octet-stream")


def wants_html(request: HttpRequest) -> bool:
    """A page, unless the Accept header prefers something else (no header, or ``*/*``, is HTML)."""
    return request.get_preferred_type([*HTML_TYPES, *OTHER_TYPES]) in HTML_TYPES


def real_uuid(value: str | None) -> uuid.UUID | None:
    """The value as a UUID; None for anything else (Jupyter Lab sends the text "undefined")."""
    try:
        return uuid.UUID(value or "")
    except ValueError:
        return None


def expired(request: HttpRequest, message: str = STAGE_GONE) -> HttpResponse:
    return render(request, "notebooks/upload_expired.html", {"message": message}, status=400)


# --- Landing with a stage ----------------------------------------------------------------


def to_step_two(request: HttpRequest) -> HttpResponse:
    """Send the visitor on to step 2 of ``?staged=``, carrying ``tags`` and ``parent_uuid``.

    Anonymous visitors sign in first and come back to this very URL. A stage
    that is unknown, used or too old gets the "upload again" page (400); one
    made by somebody else is a 403.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    stage_uuid = real_uuid(request.GET.get("staged"))
    if stage_uuid is None:
        return expired(request, BAD_STAGE_LINK)
    try:
        stage = services.get_stage(request.user, stage_uuid)  # PermissionDenied: a 403 page
    except ValidationError:
        return expired(request)
    query: dict[str, str] = {}
    if request.GET.get("tags"):
        query["tags"] = request.GET["tags"]
    parent_uuid = real_uuid(request.GET.get("parent_uuid"))
    if parent_uuid is not None:
        query["parent_uuid"] = str(parent_uuid)
    url = reverse("upload_finish", args=[stage.uuid])
    return HttpResponseRedirect(f"{url}?{urlencode(query)}" if query else url)


def notebooks_index(request: HttpRequest) -> HttpResponse:
    """``/notebooks/``: step 2 with ``?staged=`` (the classic client), else the home listing."""
    if "staged" in request.GET:
        return to_step_two(request)
    query = request.GET.urlencode()
    return redirect(f"{reverse('home')}?{query}" if query else reverse("home"))


def notebook_landing(request: HttpRequest, identifier: str, title: str = "") -> HttpResponse:
    """A notebook named any way the clients name it (full UUID, 8-character prefix, ``id-title``).

    With ``?staged=`` it is a landing URL: on to step 2 of that stage, which
    knows its own notebook. Otherwise: the notebook's page, or its download
    (a 301, protocol G6) for a caller that does not want HTML.
    """
    if "staged" in request.GET:
        return to_step_two(request)
    notebook = notebook_from_identifier(request.user, identifier)
    if notebook is None:
        raise Http404(NOT_FOUND if request.user.is_authenticated else NOT_FOUND_ANONYMOUS)
    if not wants_html(request):
        return HttpResponsePermanentRedirect(reverse("notebook_download", args=[notebook.uuid]))
    return redirect(notebook)


# --- The change-request hand-off -------------------------------------------------------------


def own_stage(request: AuthenticatedHttpRequest, stage_uuid: uuid.UUID) -> Stage | HttpResponse:
    """The user's stage, or the page that says why not (PermissionDenied for others' stages)."""
    try:
        return services.get_stage(request.user, stage_uuid)
    except ValidationError:
        return expired(request)


def kept_for() -> timedelta:
    """How long a stage is kept: the age ``stage_cutoff`` allows."""
    now = timezone.now()
    return now - services.stage_cutoff(now)


@login_required
def change_request_pending(
    request: AuthenticatedHttpRequest, stage_uuid: uuid.UUID
) -> HttpResponse:
    """Step 2 of an upload meant as a change request: the proposal form (the changes app).

    Until it is sent the stage stays, so that nothing the uploader sent is
    lost: they can download it again until it expires.
    """
    from nbgallery.changes.views.propose import propose_from_stage  # an app built on this one

    stage = own_stage(request, stage_uuid)
    if isinstance(stage, HttpResponse):
        return stage
    notebook = stage.notebook
    if notebook is None:  # an upload for a new notebook has nothing to change
        return redirect("upload_finish", stage_uuid=stage.uuid)
    if not notebook.can_read(request.user):
        raise Http404(NOT_FOUND)
    return propose_from_stage(request, stage, notebook)


@login_required
def stage_download(request: AuthenticatedHttpRequest, stage_uuid: uuid.UUID) -> HttpResponse:
    """Exactly the content that was staged (outputs already stripped), for its uploader."""
    stage = own_stage(request, stage_uuid)
    if isinstance(stage, HttpResponse):
        return stage
    try:
        body = blobs.read_blob(stage.content_sha256)
    except blobs.StorageUnavailable:
        context = {"status": 503, "title": "Your upload could not be read", "detail": UNREADABLE}
        return render(request, "error.html", context, status=503)
    if stage.filename:
        filename = services.download_filename(stage.filename.removesuffix(".ipynb"))
    elif stage.notebook is not None:
        filename = services.download_filename(stage.notebook.title)
    else:
        filename = "notebook.ipynb"
    return attachment(body, filename)
