"""Uploads never finished are removed after NBGALLERY_STAGE_MAX_AGE_HOURS, with their content."""

from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from nbgallery.notebooks import blobs, services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    notebook_bytes,
    stage_raw,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def test_old_stages_and_their_content_go_and_recent_ones_stay(alice_client, settings):
    settings.NBGALLERY_STAGE_MAX_AGE_HOURS = 6
    old = stage_raw(alice_client, notebook_bytes(code("old = 1"))).json()["staging_id"]
    recent = stage_raw(alice_client, notebook_bytes(code("new = 1"))).json()["staging_id"]
    Stage.objects.filter(uuid=old).update(created_at=timezone.now() - timedelta(hours=7))
    old_sha = Stage.objects.get(uuid=old).content_sha256

    removed = services.cleanup_stages()

    assert removed == 1
    assert list(Stage.objects.values_list("uuid", flat=True)) == [Stage.objects.get().uuid]
    assert str(Stage.objects.get().uuid) == recent
    assert not default_storage.exists(blobs.blob_name(old_sha))


def test_content_a_notebook_still_uses_is_kept(alice_client, settings):
    content = notebook_bytes(code("shared = 1"))
    kept = stage_raw(alice_client, content).json()["staging_id"]
    old = stage_raw(alice_client, content).json()["staging_id"]
    Stage.objects.filter(uuid=old).update(created_at=timezone.now() - timedelta(days=1))

    services.cleanup_stages()

    sha = Stage.objects.get(uuid=kept).content_sha256
    assert default_storage.exists(blobs.blob_name(sha))
