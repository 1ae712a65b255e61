"""Only those who may edit a notebook may upload new versions of it."""

import pytest
from django.urls import reverse

from nbgallery.accounts import services as accounts
from nbgallery.notebooks import services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    new_version,
    notebook_bytes,
    published,
    stage_raw,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def new_version_url(notebook):
    return reverse("notebook_new_version", args=[notebook.uuid])


def test_someone_who_cannot_read_the_notebook_gets_404(alice_client, charlie_client):
    notebook = published(alice_client, visibility="private")

    assert charlie_client.get(new_version_url(notebook)).status_code == 404
    response = upload_file(charlie_client, notebook_bytes(), url=new_version_url(notebook))
    assert response.status_code == 404
    assert not Stage.objects.exists()


def test_a_reader_who_cannot_edit_gets_403(alice_client, charlie_client):
    notebook = published(alice_client, visibility="public")

    assert charlie_client.get(new_version_url(notebook)).status_code == 403
    response = upload_file(charlie_client, notebook_bytes(), url=new_version_url(notebook))
    assert response.status_code == 403
    assert not Stage.objects.exists()


def test_a_jupyter_clone_cannot_be_finished_as_a_new_version(alice_client, charlie_client):
    notebook = published(alice_client, visibility="public")
    staged = stage_raw(charlie_client, notebook_bytes(code("mine")), id=str(notebook.uuid)).json()

    response = charlie_client.post(reverse("upload_finish", args=[staged["staging_id"]]), {})

    assert response.status_code == 403
    notebook.refresh_from_db()
    assert notebook.commit_id == str(notebook.uuid)


def test_a_sharee_and_a_group_editor_may(alice, alice_client, bob, bob_client, charlie_client):
    group = accounts.create_group(alice, "Analytics")
    accounts.add_member(alice, group, "bob", "editor")
    in_group = published(alice_client, title="Group one", owner=f"group:{group.gid}")
    shared = published(alice_client, title="Shared one")
    services.share_notebook(alice, shared, ["charlie"])

    assert new_version(bob_client, in_group, notebook_bytes(code("b = 1"))).status_code == 302
    assert new_version(charlie_client, shared, notebook_bytes(code("c = 1"))).status_code == 302


def test_anonymous_visitors_are_sent_to_sign_in(alice_client, client):
    notebook = published(alice_client, visibility="public")

    response = client.get(new_version_url(notebook))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
