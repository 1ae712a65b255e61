"""Step 2 of an unknown, used or expired upload asks to upload again; others' uploads are 403."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nbgallery.notebooks.models import Notebook, Stage
from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
    publish,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

AGAIN = "That upload has expired or was already used; please upload the notebook again."


def test_an_unknown_stage_asks_to_upload_again(alice_client):
    response = alice_client.get(
        reverse("upload_finish", args=["0" * 8 + "-0000-4000-8000-" + "0" * 12])
    )

    assert response.status_code == 400
    assert AGAIN in response.text and f'href="{reverse("upload")}"' in response.text


def test_a_used_stage_asks_to_upload_again(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))
    assert publish(alice_client, stage_uuid).status_code == 302

    response = publish(alice_client, stage_uuid, title="Twice")

    assert response.status_code == 400 and AGAIN in response.text
    assert Notebook.objects.count() == 1


def test_a_stage_older_than_the_limit_has_expired(alice_client, settings):
    settings.NBGALLERY_STAGE_MAX_AGE_HOURS = 6
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))
    Stage.objects.update(created_at=timezone.now() - timedelta(hours=7))

    response = publish(alice_client, stage_uuid)

    assert response.status_code == 400 and AGAIN in response.text
    assert not Notebook.objects.exists()


def test_someone_elses_stage_is_403(alice_client, charlie_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    assert charlie_client.get(reverse("upload_finish", args=[stage_uuid])).status_code == 403
    assert publish(charlie_client, stage_uuid).status_code == 403
    assert not Notebook.objects.exists()


def test_an_admin_may_finish_anyones_stage(alice, alice_client, admin_user, admin_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    response = publish(admin_client, stage_uuid)

    assert response.status_code == 302
    assert Notebook.objects.get().creator == admin_user
