"""``POST /executions`` (protocol G10): Jupyter reports each code cell it ran.

The reports feed "recently executed" and notebook health. Both clients send
a form: JupyterLab ``success=true&md5=…&runtime=73&uuid=…`` (milliseconds),
the classic client ``runtime=0.716&md5=…&success=false&uuid=…`` (seconds).
"""

from __future__ import annotations

import logging
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse

from nbgallery.jupyter import services
from nbgallery.jupyter.views.client import client_endpoint
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.upload import UNAVAILABLE, json_message, truthy
from nbgallery.typing import AuthenticatedHttpRequest

log = logging.getLogger(__name__)

DISABLED = "instrumentation disabled"
BAD_UUID = "uuid must be the notebook's gallery UUID (metadata.gallery.uuid)."


@client_endpoint("POST")
def executions_create(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Record one cell run: a history row always, an execution row for a known cell."""
    if not settings.NBGALLERY_INSTRUMENTATION:
        return json_message(403, DISABLED)
    form = request.POST
    try:
        notebook_uuid = uuid.UUID((form.get("uuid") or "").strip())
    except ValueError:
        return json_message(422, BAD_UUID)
    try:
        report = services.clean_execution(
            form.get("md5"), truthy(form.get("success")), form.get("runtime")
        )
    except ValidationError as error:
        return json_message(422, error.messages[0])
    notebook = Notebook.objects.readable_by(request.user).filter(uuid=notebook_uuid).first()
    if notebook is None:
        return json_message(404, "not found")
    try:
        services.record_execution(request.user, notebook, report, origin_host=origin_host(request))
    except services.InstrumentationDisabled:
        return json_message(403, DISABLED)
    except DatabaseError as error:
        log.warning("Execution report by %s not recorded: %s", request.user, error)
        return json_message(503, UNAVAILABLE)
    return JsonResponse({"message": "execution log accepted"})


def origin_host(request: HttpRequest) -> str:
    """The Jupyter server the report came from (``host:port`` of the Origin header)."""
    return urlsplit(request.headers.get("Origin", "")).netloc
