"""A client that asks the upload page for JSON gets its refusals as JSON {message, code}."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

pytestmark = pytest.mark.usefixtures("isolated_storage")


def test_bad_content_is_422_json(alice_client):
    upload = SimpleUploadedFile("a.ipynb", b"[1, 2]")

    response = alice_client.post(
        reverse("upload"), {"file": upload}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 422
    assert response.json()["code"] == "not_notebook"
    assert "not a Jupyter notebook" in response.json()["message"]
