"""What the upload tests share: notebooks, and both steps as a browser or Jupyter takes them.

Blobs are content-addressed, so a test that shared the store with another
could find "its" content already written; every upload test therefore uses
the ``isolated_storage`` fixture of conftest.py.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from nbgallery.notebooks.models import Notebook, Stage

CORPUS = Path(__file__).resolve().parents[5] / "shared" / "corpus"


# --- Notebooks ----------------------------------------------------------------------------


def code(source: str, outputs: list[dict[str, Any]] | None = None, count: int | None = None):
    return {
        "cell_type": "code",
        "id": uuid.uuid4().hex[:8],
        "metadata": {},
        "source": source,
        "outputs": outputs or [],
        "execution_count": count,
    }


def markdown(source: str):
    return {"cell_type": "markdown", "id": uuid.uuid4().hex[:8], "metadata": {}, "source": source}


def printed(text: str) -> dict[str, Any]:
    return {"output_type": "stream", "name": "stdout", "text": text}


def notebook_bytes(*cells: dict[str, Any], **metadata: Any) -> bytes:
    """An nbformat 4.5 Python notebook with these cells (and extra notebook metadata)."""
    document = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"},
            "language_info": {"name": "python", "version": "3.11.2"},
            **metadata,
        },
        "cells": list(cells) or [code("print('hello')")],
    }
    return json.dumps(document).encode()


# --- The two steps ------------------------------------------------------------------------


def upload_file(client: Client, content: bytes, name: str = "analysis.ipynb", url: str = ""):
    """Step 1 on the web page (or the new-version page at ``url``)."""
    upload = SimpleUploadedFile(name, content, content_type="application/x-ipynb+json")
    return client.post(url or reverse("upload"), {"file": upload})


def stage_raw(client: Client, content: bytes, **query: str):
    """Step 1 the way Jupyter does it: the notebook as a text/plain body."""
    query = {"agree": "yes", **query}
    return client.post(
        f"{reverse('stages')}?{urlencode(query)}",
        content,
        content_type="text/plain;charset=UTF-8",
        HTTP_ACCEPT="application/json",
    )


def staged_uuid(response) -> uuid.UUID:
    """The stage a step-1 response made (from the redirect or the JSON)."""
    if response.status_code == 201:
        return uuid.UUID(response.json()["staging_id"])
    assert response.status_code == 302, response.content[:500]
    return uuid.UUID(response["Location"].rstrip("/").rsplit("/", 1)[-1])


def details(**fields: Any) -> dict[str, Any]:
    """Step-2 form data: a private notebook of mine, terms accepted, unless told otherwise."""
    data = {
        "title": "Sales analysis",
        "description": "Monthly sales, by region.",
        "tags": "sales, reports",
        "owner": "user",
        "visibility": "private",
        "agree": "on",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def publish(client: Client, stage: uuid.UUID | Stage, **fields: Any):
    """Step 2: post the details form for the stage."""
    stage_uuid = stage.uuid if isinstance(stage, Stage) else stage
    return client.post(reverse("upload_finish", args=[stage_uuid]), details(**fields))


def published(client: Client, content: bytes | None = None, **fields: Any) -> Notebook:
    """Both steps on the web pages; the new notebook."""
    stage_uuid = staged_uuid(upload_file(client, content or notebook_bytes()))
    response = publish(client, stage_uuid, **fields)
    assert response.status_code == 302, response.content[:2000]
    return Notebook.objects.get(uuid=stage_uuid)


def new_version(client: Client, notebook: Notebook, content: bytes, **fields: Any):
    """Both steps of a new version; the step-2 response."""
    url = reverse("notebook_new_version", args=[notebook.uuid])
    stage_uuid = staged_uuid(upload_file(client, content, url=url))
    return client.post(reverse("upload_finish", args=[stage_uuid]), fields)
