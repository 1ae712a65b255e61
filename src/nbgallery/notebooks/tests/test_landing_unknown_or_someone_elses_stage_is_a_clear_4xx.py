"""A landing URL with a stage that is gone, malformed or someone else's: a clear 4xx page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import notebook_bytes, stage_raw

pytestmark = pytest.mark.usefixtures("isolated_storage")

AGAIN = "please upload the notebook again"
UNKNOWN = "5f0c3a52-94d1-4c3e-9a8f-2b1d7e6c4a90"


@pytest.mark.parametrize(
    "landing",
    [f"/?staged={UNKNOWN}", "/notebooks/?staged=undefined", f"/notebook/{UNKNOWN}/?staged="],
)
def test_an_unknown_or_malformed_stage_asks_to_upload_again(alice_client, landing):
    response = alice_client.get(landing, follow=True)

    assert response.status_code == 400
    assert AGAIN in response.text


def test_an_expired_stage_asks_to_upload_again(alice_client):
    sid = stage_raw(alice_client, notebook_bytes()).json()["staging_id"]
    Stage.objects.update(created_at=timezone.now() - timedelta(days=1))

    for url in (f"/?staged={sid}", f"/upload/{sid}/change-request/", f"/upload/{sid}/download"):
        response = alice_client.get(url, follow=True)

        assert response.status_code == 400, url
        assert AGAIN in response.text


def test_someone_elses_stage_is_403(alice_client, charlie_client):
    sid = stage_raw(alice_client, notebook_bytes()).json()["staging_id"]

    response = charlie_client.get(f"/?staged={sid}")

    assert response.status_code == 403
    assert "That upload belongs to someone else." in response.text
