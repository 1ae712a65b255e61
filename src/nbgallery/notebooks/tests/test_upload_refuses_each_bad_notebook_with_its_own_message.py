"""Each kind of bad upload is refused with its own message, on the page and for Jupyter."""

import html
import json

import pytest
from django.test import override_settings

from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    notebook_bytes,
    printed,
    stage_raw,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

SCHEMA_INVALID = json.dumps(
    {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code"}]}
).encode()

BAD_UPLOADS = {
    "empty": (b"", 422, "The notebook is empty"),
    "not_json": (b'{"cells": [', 422, "The notebook is not valid JSON"),
    "not_notebook": (b'{"hello": "world"}', 422, "not a Jupyter notebook"),
    "unsupported_version": (
        b'{"nbformat": 5, "nbformat_minor": 0, "metadata": {}, "cells": []}',
        422,
        "newer than this gallery supports",
    ),
    "invalid": (SCHEMA_INVALID, 422, "does not follow the Jupyter notebook format"),
}


@pytest.mark.parametrize("code_name", BAD_UPLOADS)
def test_jupyter_gets_the_specific_message_and_code_as_json(alice_client, code_name):
    content, status, message = BAD_UPLOADS[code_name]

    response = stage_raw(alice_client, content)

    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == code_name
    assert message in response.json()["message"]
    assert not Stage.objects.exists()


@pytest.mark.parametrize("code_name", BAD_UPLOADS)
def test_the_upload_page_shows_the_specific_message_on_the_file_field(alice_client, code_name):
    content, status, message = BAD_UPLOADS[code_name]

    response = upload_file(alice_client, content)

    assert response.status_code == status
    assert 'id="id_file_errors"' in response.text
    assert html.escape(message) in response.text
    assert not Stage.objects.exists()


def test_every_kind_has_a_different_message(alice_client):
    answers = [stage_raw(alice_client, content).json() for content, _, _ in BAD_UPLOADS.values()]

    messages = {answer["message"] for answer in answers}

    assert len(messages) == len(BAD_UPLOADS)


@override_settings(NBGALLERY_MAX_NOTEBOOK_BYTES=2048)
def test_a_notebook_over_the_size_limit_is_413_and_says_to_clear_outputs(alice_client):
    big = notebook_bytes(code("x = 1", outputs=[printed("y" * 4000)]))

    from_jupyter = stage_raw(alice_client, big)
    from_page = upload_file(alice_client, big)

    assert from_jupyter.status_code == 413 and from_page.status_code == 413
    assert from_jupyter.json()["code"] == "too_large"
    assert "more than the 0" in from_jupyter.json()["message"]
    assert "Clear all outputs" in from_jupyter.json()["message"]
    assert "Clear all outputs" in from_page.text
    assert not Stage.objects.exists()


@override_settings(NBGALLERY_MAX_NOTEBOOK_BYTES=2048)
def test_the_size_limit_is_measured_on_the_upload_before_outputs_are_stripped(alice_client):
    small_code_large_output = notebook_bytes(code("print('y' * 3000)", [printed("y" * 3000)]))

    response = stage_raw(alice_client, small_code_large_output)

    assert response.status_code == 413


def test_a_file_not_named_ipynb_is_refused(alice_client):
    response = upload_file(alice_client, notebook_bytes(), name="analysis.py")

    assert response.status_code == 400
    assert "choose a file whose name ends in .ipynb" in response.text
    assert not Stage.objects.exists()


def test_no_file_at_all_is_refused_with_a_message(alice_client):
    response = alice_client.post("/upload/", {})

    assert response.status_code == 400
    assert "Choose a notebook file (.ipynb) to upload." in response.text
