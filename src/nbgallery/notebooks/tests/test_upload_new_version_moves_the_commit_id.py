"""A new version makes an update revision and moves commit_id to its staging id."""

import pytest
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Revision, Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    new_version,
    notebook_bytes,
    published,
    stage_raw,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

FIRST = notebook_bytes(code("x = 1"))
SECOND = notebook_bytes(code("x = 2"), code("y = x * 2"))


def test_the_new_version_page_has_a_file_input(alice_client):
    notebook = published(alice_client, FIRST)

    page = alice_client.get(reverse("notebook_new_version", args=[notebook.uuid]))

    assert page.status_code == 200
    assert "Upload a new version of" in page.text and 'name="file"' in page.text


def test_step_two_of_a_new_version_asks_for_a_label_and_summary(alice_client):
    notebook = published(alice_client, FIRST)
    url = reverse("notebook_new_version", args=[notebook.uuid])

    stage_uuid = staged_uuid(upload_file(alice_client, SECOND, url=url))
    page = alice_client.get(reverse("upload_finish", args=[stage_uuid]))

    assert page.status_code == 200
    assert 'name="label"' in page.text and 'name="summary"' in page.text
    assert 'name="title"' not in page.text


def test_a_new_version_is_an_update_revision_and_the_commit_id_is_its_staging_id(
    alice, alice_client
):
    notebook = published(alice_client, FIRST)
    first_sha = notebook.content_sha256
    url = reverse("notebook_new_version", args=[notebook.uuid])
    stage_uuid = staged_uuid(upload_file(alice_client, SECOND, url=url))

    response = alice_client.post(
        reverse("upload_finish", args=[stage_uuid]), {"label": "1.2.3", "summary": "Doubles x."}
    )

    assert response.status_code == 302 and response["Location"] == notebook.get_absolute_url()
    notebook.refresh_from_db()
    assert notebook.commit_id == str(stage_uuid) and notebook.uuid != stage_uuid
    revision = notebook.revisions.all()[0]
    assert revision.revtype == Revision.UPDATE
    assert (revision.label, revision.summary, revision.user) == ("1.2.3", "Doubles x.", alice)
    assert notebook.content_sha256 != first_sha == notebook.revisions.all()[1].content_sha256
    assert revision.code_cells.count() == 2
    assert services.read_content(notebook.content_sha256)["cells"][1]["source"] == "y = x * 2"
    assert not Stage.objects.exists()


def test_the_commit_id_follows_the_jupyter_protocol(alice_client):
    notebook = published(alice_client, FIRST)
    staged = stage_raw(alice_client, SECOND, id=str(notebook.uuid)).json()
    notebook.refresh_from_db()
    assert notebook.commit_id == str(notebook.uuid)  # staged only: not yet changed

    alice_client.post(reverse("upload_finish", args=[staged["staging_id"]]), {})

    notebook.refresh_from_db()
    assert notebook.commit_id == staged["commit"] == staged["staging_id"]


def test_identical_content_makes_a_metadata_revision_and_still_moves_the_commit_id(
    alice_client,
):
    notebook = published(alice_client, FIRST)
    create = notebook.revisions.get()

    response = new_version(alice_client, notebook, FIRST, summary="Same again.")

    assert response.status_code == 302
    notebook.refresh_from_db()
    latest = notebook.revisions.all()[0]
    assert latest.revtype == Revision.METADATA and latest.commit_id == create.commit_id
    assert latest.summary == "Same again."
    assert notebook.commit_id != str(notebook.uuid)
    assert notebook.content_sha256 == create.content_sha256


def test_a_label_longer_than_16_characters_is_refused_on_its_field(alice_client):
    notebook = published(alice_client, FIRST)

    response = new_version(alice_client, notebook, SECOND, label="x" * 17)

    assert response.status_code == 400
    assert 'id="id_label_errors"' in response.text
    notebook.refresh_from_db()
    assert notebook.revisions.count() == 1


def test_a_label_already_used_is_refused(alice_client):
    notebook = published(alice_client, FIRST)
    new_version(alice_client, notebook, SECOND, label="v2")

    response = new_version(alice_client, notebook, FIRST, label="v2")

    assert response.status_code == 400
    assert "This notebook already has a version labelled v2." in response.text
