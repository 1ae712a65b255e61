"""POST /stages answers Jupyter with the staging id and a link (may edit) or clone (may read)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from nbgallery.accounts import services as accounts
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
    published,
    stage_raw,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def test_a_new_upload_gets_201_with_link_commit_and_staging_id_all_the_stage(alice, alice_client):
    response = stage_raw(alice_client, notebook_bytes())

    stage = Stage.objects.get()
    sid = str(stage.uuid)
    assert response.status_code == 201
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"commit": sid, "staging_id": sid, "filename": None, "link": sid}
    assert (stage.user, stage.notebook, stage.filename) == (alice, None, "")


def test_a_multipart_upload_reports_its_file_name(alice_client):
    upload = SimpleUploadedFile("report.ipynb", notebook_bytes())

    response = alice_client.post(reverse("stages") + "?agree=yes", {"file": upload})

    assert response.status_code == 201
    assert response.json()["filename"] == "report.ipynb"
    assert Stage.objects.get().filename == "report.ipynb"


def test_the_owner_gets_a_link_to_the_notebook(alice_client):
    notebook = published(alice_client)

    response = stage_raw(alice_client, notebook_bytes(), id=str(notebook.uuid))

    sid = response.json()["staging_id"]
    assert response.status_code == 201
    assert response.json() == {
        "commit": sid,
        "staging_id": sid,
        "filename": None,
        "link": str(notebook.uuid),
    }
    assert Stage.objects.get(uuid=sid).notebook == notebook


def test_a_reader_who_cannot_edit_gets_a_clone(alice_client, charlie_client):
    notebook = published(alice_client, visibility="public")

    response = stage_raw(charlie_client, notebook_bytes(), id=str(notebook.uuid))

    sid = response.json()["staging_id"]
    assert response.status_code == 201
    assert response.json() == {
        "commit": sid,
        "staging_id": sid,
        "filename": None,
        "clone": str(notebook.uuid),
    }


def test_a_group_editor_gets_a_link_to_the_groups_notebook(alice, alice_client, bob, bob_client):
    group = accounts.create_group(alice, "Analytics")
    accounts.add_member(alice, group, "bob", "editor")
    notebook = published(alice_client, owner=f"group:{group.gid}")

    response = stage_raw(bob_client, notebook_bytes(), agree="true", id=str(notebook.uuid))

    assert response.json()["link"] == str(notebook.uuid)


def test_the_parameter_order_does_not_matter(alice_client):
    notebook = published(alice_client)

    response = alice_client.post(
        f"{reverse('stages')}?id={notebook.uuid}&agree=yes",
        notebook_bytes(),
        content_type="text/plain",
    )

    assert response.status_code == 201 and response.json()["link"] == str(notebook.uuid)


def test_someone_who_cannot_read_the_notebook_gets_403(alice_client, charlie_client):
    notebook = published(alice_client, visibility="private")

    response = stage_raw(charlie_client, notebook_bytes(), id=str(notebook.uuid))

    assert response.status_code == 403
    assert response.json()["message"] == "You are not allowed to view this notebook."
    assert not Stage.objects.filter(user__username="charlie").exists()


@pytest.mark.parametrize("bad_id", ["5f0c3a52-94d1-4c3e-9a8f-2b1d7e6c4a90", "not-a-uuid", ""])
def test_an_unknown_notebook_id_gets_404(alice_client, bad_id):
    response = stage_raw(alice_client, notebook_bytes(), id=bad_id)

    assert response.status_code == 404
    assert response.json()["message"] == "not found"


@pytest.mark.parametrize("agree", [None, "no", "false", "0", ""])
def test_without_agreeing_to_the_terms_the_answer_is_400(alice_client, agree):
    query = "" if agree is None else f"?agree={agree}"

    response = alice_client.post(
        reverse("stages") + query, notebook_bytes(), content_type="text/plain"
    )

    assert response.status_code == 400
    assert response.json()["message"] == "must accept terms of service"
    assert not Stage.objects.exists()


def test_anonymous_clients_get_401_in_json_not_a_redirect(client):
    response = stage_raw(client, notebook_bytes())

    assert response.status_code == 401
    assert response.json()["message"] == "You must be logged in to perform this action."


def test_get_is_not_allowed(alice_client):
    response = alice_client.get(reverse("stages"))

    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_a_json_body_works_like_a_text_body(alice_client):
    response = alice_client.post(
        reverse("stages") + "?agree=1", notebook_bytes(), content_type="application/json"
    )

    assert response.status_code == 201
