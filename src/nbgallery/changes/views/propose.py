"""Proposing a change: from the web (a file with the form), or from a Jupyter stage.

Jupyter's "Submit Change Request" stages the notebook (``POST /stages``) and
opens ``/upload/<stage>/change-request/`` (the notebooks app's landing view),
which hands over to ``propose_from_stage`` below. From the web, the notebook
page's "Propose a change" leads to ``propose_change_page``: the file is staged
by the upload code (same checks, same messages) and proposed in one step.
"""

from __future__ import annotations

import logging
import uuid as uuid_module
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from nbgallery.changes import services
from nbgallery.changes.forms import ProposalForm, WebProposalForm
from nbgallery.lib import ipynb
from nbgallery.notebooks import blobs
from nbgallery.notebooks import services as notebooks
from nbgallery.notebooks.models import Notebook, Stage
from nbgallery.notebooks.views.landing import kept_for
from nbgallery.notebooks.views.notebook import readable_notebook
from nbgallery.notebooks.views.upload import (
    UNAVAILABLE,
    add_service_errors,
    content_length,
    content_status,
    refuses_oversized_uploads,
    request_too_large,
    too_large_error,
    uploaded_bytes,
)
from nbgallery.typing import AuthenticatedHttpRequest

log = logging.getLogger(__name__)
PROPOSED = "Your change request is sent to the notebook's editors."


def refuses_oversized_proposals(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The upload pages' size check (before the body is read), answered with this form."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and request_too_large(request):
            notebook = readable_notebook(request, kwargs["notebook_uuid"])
            form = WebProposalForm()
            form.add_error(None, str(too_large_error(content_length(request))))
            return render_form(request, form, notebook, status=413)  # type: ignore[arg-type]
        return view(request, *args, **kwargs)

    return wrapper


@login_required
@refuses_oversized_proposals
@refuses_oversized_uploads
def propose_change_page(
    request: AuthenticatedHttpRequest, notebook_uuid: uuid_module.UUID
) -> HttpResponse:
    """A reader proposes a new version: a notebook file, a summary and a comment."""
    notebook = readable_notebook(request, notebook_uuid)
    if request.method != "POST":
        return render_form(request, WebProposalForm(), notebook)
    form = WebProposalForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_form(request, form, notebook, status=400)
    upload = form.cleaned_data["file"]
    try:
        raw = uploaded_bytes(upload)
        stage = notebooks.stage_upload(request.user, raw, filename=upload.name, target=notebook)
    except ipynb.NotebookError as error:
        form.add_error("file", str(error))
        return render_form(request, form, notebook, status=content_status(error))
    except (blobs.StorageUnavailable, DatabaseError) as error:
        log.warning("Change request by %s not staged: %s", request.user, error)
        form.add_error(None, UNAVAILABLE)
        return render_form(request, form, notebook, status=503)
    response = submit(request, form, notebook, stage)
    if response.status_code >= 400:
        # Refused: the upload was only a means to the proposal; keep nothing.
        Stage.objects.filter(pk=stage.pk).delete()
        blobs.delete_blob_if_unused(stage.content_sha256)
    return response


def propose_from_stage(
    request: AuthenticatedHttpRequest, stage: Stage, notebook: Notebook
) -> HttpResponse:
    """The Jupyter hand-off: the stage is there, the form asks for the summary and comment."""
    if request.method != "POST":
        return render_form(request, ProposalForm(), notebook, stage=stage)
    form = ProposalForm(request.POST)
    if not form.is_valid():
        return render_form(request, form, notebook, stage=stage, status=400)
    return submit(request, form, notebook, stage)


def submit(
    request: AuthenticatedHttpRequest, form: ProposalForm, notebook: Notebook, stage: Stage
) -> HttpResponse:
    """Call the service; the new request's page, or the form with the reason it was refused."""
    data = form.cleaned_data
    try:
        change_request = services.propose_change(
            request.user,
            notebook,
            stage,
            comment=data["comment"],
            summary=data["summary"],
            agreed=data["agree"],
        )
    except ValidationError as error:
        add_service_errors(form, error)
        status = 400
    except DatabaseError as error:
        log.warning("Change request by %s not saved: %s", request.user, error)
        form.add_error(None, UNAVAILABLE)
        status = 503
    else:
        messages.success(request, PROPOSED)
        return redirect(change_request)
    web = isinstance(form, WebProposalForm)
    return render_form(request, form, notebook, stage=None if web else stage, status=status)


def render_form(
    request: AuthenticatedHttpRequest,
    form: ProposalForm,
    notebook: Notebook,
    *,
    stage: Stage | None = None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "form": form,
        "notebook": notebook,
        "stage": stage,
        "can_edit": notebook.can_edit(request.user),
    }
    if stage is None:
        return render(request, "changes/propose.html", context, status=status)
    kept = kept_for()
    context["kept_hours"] = round(kept / timedelta(hours=1))
    context["kept_until"] = stage.created_at + kept
    return render(request, "notebooks/change_request_pending.html", context, status=status)
