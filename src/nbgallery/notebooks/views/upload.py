"""Upload pages: step 1 (the file), step 2 (the details), new versions, and ``POST /stages``.

Step 1 validates and stores the content as a Stage (``services.stage_upload``);
step 2 turns the stage into a notebook (``services.publish_notebook``) or, when
the stage was made for an existing notebook, into its new version
(``services.update_notebook_content``). ``POST /stages`` is step 1 for the
Jupyter clients (protocol G4): the notebook comes as the raw request body or as
a multipart ``file``, and the answer is JSON.

Every refusal says what to fix: bad content is 422 (413 when too large), a
rule broken in the form is 400, not allowed is 403, and storage or database
trouble is 503 with nothing written. Nothing here answers 500.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from contextlib import suppress
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.forms import Form
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_protect

from nbgallery.lib import ipynb
from nbgallery.notebooks import blobs, services
from nbgallery.notebooks.forms.upload import NewVersionForm, PublishForm, UploadForm
from nbgallery.notebooks.models import Notebook, Stage
from nbgallery.typing import AuthenticatedHttpRequest
from nbgallery.views import wants_json

log = logging.getLogger(__name__)

# Room for the form fields and part headers that travel beside the file.
MULTIPART_ALLOWANCE = 64 * 1024
UNAVAILABLE = (
    "The notebook could not be saved just now, and nothing was changed. "
    "Please try again in a few minutes; if it keeps happening, tell the site's admins."
)
STAGE_GONE = "That upload has expired or was already used; please upload the notebook again."
TRUE_WORDS = {"1", "yes", "y", "true", "on"}

View = Callable[..., HttpResponse]


# --- Helpers ------------------------------------------------------------------------------


def truthy(value: str | None) -> bool:
    """Booleans as the Jupyter clients send them (Rails' ``to_bool``, protocol §2.10)."""
    word = (value or "").strip().lower()
    if word in TRUE_WORDS:
        return True
    try:
        return int(word) != 0
    except ValueError:
        return False


def is_client_request(request: HttpRequest) -> bool:
    """JSON answers for ``/stages`` always (protocol §2.5), elsewhere when asked for."""
    match = request.resolver_match
    return (match is not None and match.url_name == "stages") or wants_json(request)


def json_message(status: int, message: str, code: str = "", **extra: Any) -> JsonResponse:
    body: dict[str, Any] = {"message": message}
    if code:
        body["code"] = code
    return JsonResponse({**body, **extra}, status=status)


def content_status(error: ipynb.NotebookError) -> int:
    return 413 if error.code == "too_large" else 422


def too_large_error(size: int) -> ipynb.NotebookError:
    """The too-large refusal for an upload judged by its length alone (the checks' wording)."""
    limit = settings.NBGALLERY_MAX_NOTEBOOK_BYTES
    return ipynb.NotebookError(
        "too_large",
        f"The notebook is {mib(size)} MiB, more than the {mib(limit)} MiB limit. "
        "Clear all outputs in Jupyter (Edit > Clear Outputs of All Cells), save, "
        "and upload it again.",
    )


def mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


def content_length(request: HttpRequest) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def request_too_large(request: HttpRequest) -> bool:
    """Judge by Content-Length alone, so that nobody reads a huge body only to refuse it."""
    length = content_length(request)
    limit = settings.NBGALLERY_MAX_NOTEBOOK_BYTES
    if request.content_type == "multipart/form-data":
        limit += MULTIPART_ALLOWANCE  # the file itself is measured again once read
    return length > limit


def refuses_oversized_uploads(view: View) -> View:
    """Refuse a POST over the size limit before its body is read, then check CSRF.

    Django's CSRF check reads a posted form, and so the whole upload, before
    any view runs; here the length check comes first and the CSRF check right
    after it. A refused request changes nothing, so it needs no CSRF token.
    """
    protected = csrf_protect(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and request_too_large(request):
            notebook = None
            if "uuid" in kwargs and not is_client_request(request):
                notebook = editable_notebook(request, kwargs["uuid"])
            return refuse_content(request, too_large_error(content_length(request)), notebook)
        return protected(request, *args, **kwargs)

    wrapper.csrf_exempt = True  # type: ignore[attr-defined]
    return wrapper


def client_login_required(view: View) -> View:
    """Signed-in users only; JSON clients get a 401 in JSON rather than a redirect."""
    redirecting = login_required(view)

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated and is_client_request(request):
            return json_message(401, "You must be logged in to perform this action.", "login")
        return redirecting(request, *args, **kwargs)

    return wrapper


def editable_notebook(request: HttpRequest, notebook_uuid: uuid.UUID) -> Notebook:
    """The notebook, if this user may upload new versions: 404 unreadable, 403 read-only."""
    notebook = get_object_or_404(Notebook.objects.readable_by(request.user), uuid=notebook_uuid)
    if not notebook.can_edit(request.user):
        raise PermissionDenied("You may not upload new versions of this notebook.")
    return notebook


def add_service_errors(form: Form, error: ValidationError) -> None:
    """Put a service's errors on the form's fields, or above the form when it has no such field."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def uploaded_bytes(upload: Any) -> bytes:
    """The file's bytes, unless it is over the limit: then the checks see only its length."""
    limit = settings.NBGALLERY_MAX_NOTEBOOK_BYTES
    if upload.size is not None and upload.size > limit:
        raise too_large_error(upload.size)
    return upload.read()


# --- Step 1 -------------------------------------------------------------------------------


def render_step1(
    request: HttpRequest, form: UploadForm, notebook: Notebook | None = None, status: int = 200
) -> HttpResponse:
    context = {
        "form": form,
        "notebook": notebook,
        "max_size_mib": mib(settings.NBGALLERY_MAX_NOTEBOOK_BYTES),
    }
    return render(request, "notebooks/upload_start.html", context, status=status)


def refuse_content(
    request: HttpRequest, error: ipynb.NotebookError, notebook: Notebook | None = None
) -> HttpResponse:
    """Bad content: JSON ``{message, code}`` for clients, the form with the message for people."""
    status = content_status(error)
    if is_client_request(request):
        return json_message(status, str(error), error.code)
    return render_step1(request, UploadForm.refused(str(error)), notebook, status)


def stage_from_form(
    request: AuthenticatedHttpRequest, notebook: Notebook | None = None
) -> HttpResponse:
    """Step 1 from the web page: GET the form, POST a file and go on to step 2."""
    if request.method != "POST":
        return render_step1(request, UploadForm(), notebook)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_step1(request, form, notebook, status=400)
    upload = form.cleaned_data["file"]
    try:
        raw = uploaded_bytes(upload)
        stage = services.stage_upload(request.user, raw, filename=upload.name, target=notebook)
    except ipynb.NotebookError as error:
        return refuse_content(request, error, notebook)
    except (blobs.StorageUnavailable, DatabaseError) as error:
        log.warning("Upload by %s not staged: %s", request.user, error)
        form.add_error(None, UNAVAILABLE)
        return render_step1(request, form, notebook, status=503)
    return redirect("upload_finish", stage_uuid=stage.uuid)


@login_required
@refuses_oversized_uploads
def upload_start(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Step 1 of a new notebook: choose an .ipynb file."""
    return stage_from_form(request)


@login_required
@refuses_oversized_uploads
def new_version_start(request: AuthenticatedHttpRequest, uuid: uuid.UUID) -> HttpResponse:
    """Step 1 of a new version of a notebook this user may edit."""
    return stage_from_form(request, editable_notebook(request, uuid))


@client_login_required
@refuses_oversized_uploads
def stages_create(request: AuthenticatedHttpRequest) -> HttpResponse:
    """``POST /stages?agree=yes[&id=<uuid>]``: step 1 for the Jupyter clients (protocol G4).

    The notebook is the multipart ``file`` or else the raw body. With ``id``
    (a full UUID) the upload is for that notebook: ``link`` in the answer when
    this user may edit it, ``clone`` when they may only read it.
    """
    if request.method != "POST":
        response = json_message(405, "Send the notebook with POST.", "method")
        response["Allow"] = "POST"
        return response
    if not truthy(request.GET.get("agree")):
        return json_message(400, "must accept terms of service", "agree")
    target = None
    if "id" in request.GET:
        try:
            target = Notebook.objects.filter(uuid=uuid.UUID(request.GET["id"])).first()
        except ValueError:
            target = None
        if target is None:
            return json_message(404, "not found", "not_found")
        if not target.can_read(request.user):
            return json_message(403, "You are not allowed to view this notebook.", "forbidden")
    filename = None
    try:
        if request.content_type == "multipart/form-data":
            upload = request.FILES.get("file")
            if upload is None:
                message = "Send the notebook as the multipart field file, or as the request body."
                return json_message(400, message, "no_file")
            filename = upload.name or ""
            if not filename.lower().endswith(".ipynb"):
                message = "That is not a notebook file: its name must end in .ipynb."
                return json_message(422, message, "not_ipynb")
            raw = uploaded_bytes(upload)
        else:
            raw = request.body
        stage = services.stage_upload(request.user, raw, filename=filename or "", target=target)
    except ipynb.NotebookError as error:
        return json_message(content_status(error), str(error), error.code)
    except PermissionDenied as error:
        return json_message(403, str(error) or "You are not allowed to do that.", "forbidden")
    except (blobs.StorageUnavailable, DatabaseError) as error:
        log.warning("Upload by %s not staged: %s", request.user, error)
        return json_message(503, UNAVAILABLE, "unavailable")
    staging_id = str(stage.uuid)
    body: dict[str, Any] = {"commit": staging_id, "staging_id": staging_id, "filename": filename}
    if target is None:
        body["link"] = staging_id
    elif target.can_edit(request.user):
        body["link"] = str(target.uuid)
    else:
        body["clone"] = str(target.uuid)
    return JsonResponse(body, status=201)


# --- Step 2 -------------------------------------------------------------------------------


@login_required
def upload_finish(request: AuthenticatedHttpRequest, stage_uuid: uuid.UUID) -> HttpResponse:
    """Step 2: a new notebook's details, a new version's label, or the change-request hand-off.

    The hand-off is for an upload made for a notebook its uploader may only read.
    """
    try:
        stage = services.get_stage(request.user, stage_uuid)
    except ValidationError:
        return render(request, "notebooks/upload_expired.html", {"message": STAGE_GONE}, status=400)
    if stage.notebook is not None:
        return finish_new_version(request, stage, stage.notebook)
    return finish_new_notebook(request, stage)


def proposed_details(request: HttpRequest, stage: Stage) -> dict[str, Any]:
    """A first title (from the file name) and description (from the first markdown)."""
    initial: dict[str, Any] = {"tags": request.GET.get("tags", "")}
    # Jupyter Lab sends the text "undefined" after Unlink: only a UUID is a parent.
    with suppress(ValueError):
        initial["parent_uuid"] = str(uuid.UUID(request.GET.get("parent_uuid", "")))
    if stage.filename:
        initial["title"] = ipynb.title_from_filename(stage.filename)
    try:
        content = services.read_content(stage.content_sha256)
    except blobs.StorageUnavailable:
        return initial  # the form still works; publishing will say if storage is down
    initial["description"] = ipynb.description_from_cells(content)
    return initial


def finish_new_notebook(request: AuthenticatedHttpRequest, stage: Stage) -> HttpResponse:
    if request.method == "POST":
        form = PublishForm(request.POST, user=request.user)
    else:
        form = PublishForm(user=request.user, initial=proposed_details(request, stage))
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = dict(form.cleaned_data)  # add_error() takes fields out of cleaned_data
            try:
                notebook, created = services.publish_notebook(
                    request.user,
                    stage,
                    title=data["title"],
                    description=data["description"],
                    tags=data["tags"],
                    owner=data["owner"],
                    public=data["visibility"] == "public",
                    agreed=data["agree"],
                    overwrite=data["overwrite"],
                    parent_uuid=data["parent_uuid"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
                title = " ".join(data["title"].split())
                if form.has_error("title") and services.same_title(data["owner"], title):
                    form.offer_overwrite()
            except PermissionDenied as error:
                form.add_error(None, str(error) or "You may not publish there.")
                status = 403
            except (blobs.StorageUnavailable, DatabaseError) as error:
                log.warning("Stage %s not published: %s", stage.uuid, error)
                form.add_error(None, UNAVAILABLE)
                status = 503
            else:
                if created:
                    messages.success(request, f"Your notebook {notebook.title} is published.")
                else:
                    messages.success(
                        request,
                        f"Your notebook {notebook.title} now has this upload as its new version.",
                    )
                return redirect(notebook)
    context = {"form": form, "stage": stage}
    return render(request, "notebooks/upload_finish.html", context, status=status)


def finish_new_version(
    request: AuthenticatedHttpRequest, stage: Stage, notebook: Notebook
) -> HttpResponse:
    if not notebook.can_edit(request.user):
        # A reader's upload for this notebook is a change request (a Jupyter
        # "clone"): it goes to the hand-off page, and is never saved from here.
        if request.method == "POST":
            raise PermissionDenied(
                "You may not upload new versions of this notebook; ask one of its editors."
            )
        return redirect("change_request_pending", stage_uuid=stage.uuid)
    # Bound on every POST: an empty one (no label, no summary) is a fine answer.
    form = NewVersionForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                revision = services.update_notebook_content(
                    request.user,
                    notebook,
                    stage,
                    label=form.cleaned_data["label"],
                    summary=form.cleaned_data["summary"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            except (blobs.StorageUnavailable, DatabaseError) as error:
                log.warning("Stage %s not saved as a version: %s", stage.uuid, error)
                form.add_error(None, UNAVAILABLE)
                status = 503
            else:
                if revision.revtype == revision.METADATA:
                    note = (
                        "The upload is the same as the current version: the content is unchanged."
                    )
                    if revision.label or revision.summary:
                        note += " Its label and summary are recorded."
                    messages.info(request, note)
                else:
                    messages.success(request, "The new version is saved.")
                return redirect(notebook)
    context = {"form": form, "stage": stage, "notebook": notebook}
    return render(request, "notebooks/upload_version.html", context, status=status)
