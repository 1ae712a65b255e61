"""Notebook endpoints the Jupyter clients call (protocol G5 and G8).

They answer JSON whatever the Accept header says, and accept the notebook as
a full UUID, an 8-character UUID prefix or the original's ``id-title`` form
(protocol §2.9). A notebook the user may not read is "not found", as on the
notebook page.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from typing import Any

from django.http import HttpRequest, JsonResponse

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.notebook import base_url
from nbgallery.notebooks.views.upload import json_message

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
    details.update(id=notebook.pk, deprecated=False, verified=False, unapproved=False)
    return JsonResponse(details)


def notebook_uuid(request: HttpRequest, identifier: str, title: str = "") -> JsonResponse:
    """G8: the UUID of a notebook named by any identifier form (anonymous allowed)."""
    notebook = notebook_from_identifier(request.user, identifier)
    if notebook is None:
        return json_message(404, "not found")
    return JsonResponse({"uuid": str(notebook.uuid)})
