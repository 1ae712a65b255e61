"""The upload forms check CSRF (the size check runs before it); POST /stages, which
the Jupyter clients call without a token, does not."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


@pytest.fixture
def strict_client(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    return client


def test_an_upload_without_the_csrf_token_is_refused(strict_client):
    upload = SimpleUploadedFile("a.ipynb", notebook_bytes())

    response = strict_client.post(reverse("upload"), {"file": upload})

    assert response.status_code == 403
    assert not Stage.objects.exists()


def test_an_upload_with_the_csrf_token_is_staged(strict_client):
    strict_client.get(reverse("upload"))
    token = strict_client.cookies["nbgallery_csrftoken"].value
    upload = SimpleUploadedFile("a.ipynb", notebook_bytes())

    response = strict_client.post(reverse("upload"), {"file": upload, "csrfmiddlewaretoken": token})

    assert response.status_code == 302 and Stage.objects.count() == 1


def test_stages_takes_the_jupyter_clients_upload_without_a_token(strict_client):
    response = strict_client.post(
        reverse("stages") + "?agree=yes",
        notebook_bytes(),
        content_type="text/plain",
        HTTP_ACCEPT="application/json",
        HTTP_ORIGIN="http://127.0.0.1:8899",
    )

    assert response.status_code == 201
    assert response["Access-Control-Allow-Origin"] == "http://127.0.0.1:8899"
    assert Stage.objects.count() == 1
