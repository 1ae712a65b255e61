"""Notebook endpoints the Jupyter clients call (protocol G5, G6, G7 and G8).

They answer JSON whatever the Accept header says, and accept the notebook as
a full UUID, an 8-character UUID prefix or the original's ``id-title`` form
(protocol §2.9). A notebook the user may not read is "not found", as on the
notebook page.
"""

from __future__ import annotations

import logging
import re
import uuid as uuid_module
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse

from nbgallery.lib import ipynb, source_diff
from nbgallery.notebooks import blobs, services
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views import notebook as notebook_views
from nbgallery.notebooks.views.notebook import base_url
from nbgallery.notebooks.views.upload import (
    UNAVAILABLE,
    content_length,
    content_status,
    json_message,
    request_too_large,
    too_large_error,
)

log = logging.getLogger(__name__)

PREFIX = re.compile(r"^[0-9a-fA-F]{8}$")
ID_SLUG = re.compile(r"^(\d+)(?:-.*)?$")


def notebook_from_identifier(user: Any, identifier: str) -> Notebook | None:
    """The readable notebook that ``identifier`` names, or None."""
    readable = Notebook.objects.readable_by(user)
    try:
        return readable.filter(uuid=uuid_module.UUID(identifier)).first()
    except ValueError:
        pass
    if PREFIX.match(identifier):
        matches = list(readable.filter(uuid__startswith=identifier.lower())[:2])
        return matches[0] if len(matches) == 1 else None  # an ambiguous prefix names nothing
    numbered = ID_SLUG.match(identifier)
    if numbered:
        return readable.filter(pk=int(numbered.group(1))).first()
    return None


def notebook_metadata(request: HttpRequest, identifier: str) -> JsonResponse:
    """G5: the notebook's details; Jupyter compares ``commit_id`` with its copy."""
    if not request.user.is_authenticated:
        return json_message(401, "You must be logged in to perform this action.")
    notebook = notebook_from_identifier(request.user, identifier)
    if notebook is None:
        return json_message(404, "not found")
    details = services.gallery_metadata(notebook, request.user, base_url(request))
    for key in ("link", "clone", "commit", "gallery_url"):
        details.pop(key, None)
    details["id"] = notebook.pk
    return JsonResponse(details)


def notebook_uuid(request: HttpRequest, identifier: str, title: str = "") -> JsonResponse:
    """G8: the UUID of a notebook named by any identifier form (anonymous allowed)."""
    notebook = notebook_from_identifier(request.user, identifier)
    if notebook is None:
        return json_message(404, "not found")
    return JsonResponse({"uuid": str(notebook.uuid)})


def notebook_download(request: HttpRequest, identifier: str) -> HttpResponse:
    """G6 for the prefix and ``id-title`` forms: the same download as by full UUID."""
    notebook = notebook_from_identifier(request.user, identifier)
    if notebook is None:
        raise Http404(notebook_views.NOT_FOUND)
    return notebook_views.notebook_download(request, notebook.uuid)


def notebook_diff(request: HttpRequest, identifier: str) -> HttpResponse:
    """G7: how the posted notebook's sources differ from the gallery's current version.

    The body is the notebook JSON, as for ``POST /stages``. The answer is
    ``{different, css, inline, split}``; outputs never count as a difference.
    """
    if request.method != "POST":
        response = json_message(405, "Send the notebook with POST.")
        response["Allow"] = "POST"
        return response
    if not request.user.is_authenticated:
        return json_message(401, "You must be logged in to perform this action.")
    notebook = notebook_from_identifier(request.user, identifier)
    if notebook is None:
        return json_message(404, "not found")
    if request_too_large(request):
        error = too_large_error(content_length(request))
        return json_message(content_status(error), str(error), error.code)
    try:
        posted = ipynb.parse_notebook(request.body, settings.NBGALLERY_MAX_NOTEBOOK_BYTES)
    except ipynb.NotebookError as error:
        return json_message(content_status(error), str(error), error.code)
    try:
        current = services.read_content(notebook.content_sha256)
    except blobs.StorageUnavailable as error:
        log.warning("Notebook %s not read for a diff: %s", notebook.uuid, error)
        return json_message(503, UNAVAILABLE)
    return JsonResponse(source_diff.diff_notebooks(current, posted))
