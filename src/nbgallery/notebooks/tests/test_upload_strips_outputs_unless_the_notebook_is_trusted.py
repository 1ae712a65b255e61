"""Outputs are stripped on upload, except for a new version of a trusted notebook."""

import pytest
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    new_version,
    notebook_bytes,
    printed,
    published,
    stage_raw,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

WITH_OUTPUTS = notebook_bytes(
    code("print('hello')", outputs=[printed("hello\n")], count=3),
    gallery={"uuid": "1111", "link": "1111", "commit": "c1", "git_commit_id": "g1"},
)


def cell_of(sha256):
    return services.read_content(sha256)["cells"][0]


def test_a_new_notebook_loses_its_outputs_and_gallery_metadata(alice_client):
    notebook = published(alice_client, WITH_OUTPUTS)

    content = services.read_content(notebook.content_sha256)
    assert content["cells"][0]["outputs"] == []
    assert content["cells"][0]["execution_count"] is None
    assert "gallery" not in content["metadata"]


def test_a_new_version_of_a_trusted_notebook_keeps_its_outputs(alice_client, admin_user):
    notebook = published(alice_client, notebook_bytes(code("print('hello')")))
    services.change_details(
        admin_user, notebook, title=notebook.title, description="", tags=["trusted"], public=False
    )

    response = new_version(alice_client, notebook, WITH_OUTPUTS)

    assert response.status_code == 302
    notebook.refresh_from_db()
    assert cell_of(notebook.content_sha256)["outputs"] == [printed("hello\n")]
    assert cell_of(notebook.content_sha256)["execution_count"] == 3
    assert "gallery" not in services.read_content(notebook.content_sha256)["metadata"]


def test_jupyter_uploads_for_a_trusted_notebook_keep_outputs_and_others_do_not(
    alice_client, admin_user
):
    trusted = published(alice_client, notebook_bytes(code("1")), title="Trusted")
    services.change_details(
        admin_user, trusted, title="Trusted", description="", tags=["trusted"], public=False
    )
    plain = published(alice_client, notebook_bytes(code("2")), title="Plain")

    for_trusted = stage_raw(alice_client, WITH_OUTPUTS, id=str(trusted.uuid)).json()
    for_plain = stage_raw(alice_client, WITH_OUTPUTS, id=str(plain.uuid)).json()

    kept = Stage.objects.get(uuid=for_trusted["staging_id"])
    stripped = Stage.objects.get(uuid=for_plain["staging_id"])
    assert cell_of(kept.content_sha256)["outputs"] == [printed("hello\n")]
    assert cell_of(stripped.content_sha256)["outputs"] == []


def test_nobody_but_an_admin_can_make_a_new_upload_trusted(alice_client):
    stage = stage_raw(alice_client, notebook_bytes(code("x = 2"))).json()

    refused = alice_client.post(
        reverse("upload_finish", args=[stage["staging_id"]]),
        {
            "title": "Other",
            "owner": "user",
            "visibility": "private",
            "agree": "on",
            "tags": "trusted",
        },
    )

    assert refused.status_code == 400
    assert "Only admins may add or remove the tag(s) trusted." in refused.text
    assert Stage.objects.filter(uuid=stage["staging_id"]).exists()
