"""Every schema-invalid corpus notebook is refused with its own message, or repaired.

What is refused and what is repaired is lib/ipynb's decision; the upload
paths must follow it: a refusal is a 4xx with the checks' specific message
(never a generic one) and leaves nothing behind, a repair publishes.
"""

import html

import pytest
from django.conf import settings
from django.urls import reverse

from nbgallery.lib import ipynb
from nbgallery.notebooks.models import Notebook, Stage
from nbgallery.notebooks.tests.test_upload_corpus_valid_notebooks_are_stored_and_shown import (
    corpus_files,
)
from nbgallery.notebooks.tests.upload_support import (
    CORPUS,
    publish,
    stage_raw,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

GENERIC = {
    "",
    "Bad Request",
    "That request was not understood",
    "Something went wrong on our side",
    "The notebook is invalid.",
    "invalid notebook",
}
SPECIFIC_CODES = {
    "empty",
    "not_json",
    "not_notebook",
    "too_large",
    "unsupported_version",
    "invalid",
}


def lib_decision(raw: bytes) -> ipynb.NotebookError | None:
    try:
        ipynb.parse_notebook(raw, settings.NBGALLERY_MAX_NOTEBOOK_BYTES)
    except ipynb.NotebookError as error:
        return error
    return None


def test_every_invalid_corpus_notebook_is_refused_with_a_specific_message_or_repaired(
    alice_client,
):
    files = corpus_files("schema-invalid")
    assert len(files) == 14
    refused = repaired = 0
    for number, name in enumerate(files):
        raw = (CORPUS / name).read_bytes()
        error = lib_decision(raw)
        stages_before = Stage.objects.count()
        from_jupyter = stage_raw(alice_client, raw)
        from_page = upload_file(alice_client, raw, name=name.rsplit("/", 1)[-1])
        if error is None:
            repaired += 1
            assert from_jupyter.status_code == 201, (name, from_jupyter.content)
            assert from_page.status_code == 302, name
            response = publish(alice_client, staged_uuid(from_page), title=f"Repaired {number}")
            assert response.status_code == 302, (name, response.content[:1000])
            notebook = Notebook.objects.get(uuid=staged_uuid(from_page))
            page = alice_client.get(reverse("notebook_detail", args=[notebook.uuid]))
            assert page.status_code == 200, name
            continue
        refused += 1
        status = 413 if error.code == "too_large" else 422
        assert error.code in SPECIFIC_CODES
        answer = from_jupyter.json()
        assert from_jupyter.status_code == status, name
        assert answer == {"message": str(error), "code": error.code}, name
        assert answer["message"] not in GENERIC and len(answer["message"]) > 30, name
        assert from_page.status_code == status, name
        assert html.escape(str(error)) in from_page.text, name
        assert Stage.objects.count() == stages_before, name
    assert refused + repaired == 14
    print(f"corpus invalid: {refused} refused, {repaired} repaired")
