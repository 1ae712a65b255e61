"""A request longer than the limit is refused by its Content-Length, before its body is read."""

import pytest
from django.test import override_settings
from django.urls import reverse

from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


@override_settings(NBGALLERY_MAX_NOTEBOOK_BYTES=4096)
def test_a_raw_body_announced_as_too_long_gets_413_with_the_clear_message(alice_client):
    response = alice_client.post(
        reverse("stages") + "?agree=yes",
        notebook_bytes(),  # small: only the announced length is over the limit
        content_type="text/plain",
        CONTENT_LENGTH=str(10 * 1024 * 1024),
    )

    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert response.json()["message"].startswith("The notebook is 10 MiB, more than the")
    assert not Stage.objects.exists()


@override_settings(NBGALLERY_MAX_NOTEBOOK_BYTES=4096)
def test_a_form_upload_announced_as_too_long_shows_the_message_on_the_page(alice_client):
    response = alice_client.post(
        reverse("upload"),
        b"--x--",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
    )

    assert response.status_code == 413
    assert "more than the 0" in response.text and "Clear all outputs" in response.text
    assert 'name="file"' in response.text
    assert not Stage.objects.exists()


def test_the_default_limit_is_16_mib_and_request_bodies_may_carry_that_much(settings):
    assert settings.NBGALLERY_MAX_NOTEBOOK_BYTES == 16 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE > settings.NBGALLERY_MAX_NOTEBOOK_BYTES
