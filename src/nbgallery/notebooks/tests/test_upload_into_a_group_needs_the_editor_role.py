"""Uploading into a group takes the editor (or owner) role there; admins may use any group."""

import pytest

from nbgallery.accounts import services as accounts
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
    publish,
    published,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


@pytest.fixture
def group(alice, bob):
    group = accounts.create_group(alice, "Analytics")
    accounts.add_member(alice, group, "bob", "member")
    return group


def test_the_owner_choices_are_me_and_the_groups_i_may_upload_into(
    alice, alice_client, bob_client, group
):
    accounts.create_group(alice, "Elsewhere")  # alice owns it; bob is not in it
    alice_stage = staged_uuid(upload_file(alice_client, notebook_bytes()))
    bob_stage = staged_uuid(upload_file(bob_client, notebook_bytes()))

    alice_page = alice_client.get(f"/upload/{alice_stage}/")
    bob_page = bob_client.get(f"/upload/{bob_stage}/")

    assert f'value="group:{group.gid}"' in alice_page.text and "Elsewhere" in alice_page.text
    assert "Group: Analytics" not in bob_page.text and "Me (bob)" in bob_page.text


def test_a_plain_member_cannot_upload_into_the_group(bob_client, group):
    stage_uuid = staged_uuid(upload_file(bob_client, notebook_bytes()))

    response = publish(bob_client, stage_uuid, owner=f"group:{group.gid}")

    assert response.status_code == 403
    assert "You must be an editor of the group Analytics to upload into it." in response.text
    assert not Notebook.objects.exists()


def test_an_editor_uploads_into_the_group(alice, bob, bob_client, group):
    accounts.change_role(alice, group, "bob", "editor")

    notebook = published(bob_client, owner=f"group:{group.gid}")

    assert notebook.owner_group == group and notebook.owner_user is None
    assert notebook.creator == bob


def test_an_admin_may_upload_into_any_group(admin_client, group):
    notebook = published(admin_client, owner=f"group:{group.gid}")

    assert notebook.owner_group == group


def test_an_unknown_group_is_a_form_error(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    response = publish(alice_client, stage_uuid, owner="group:not-a-gid")

    assert response.status_code == 400
    assert "There is no such group; choose one from the list." in response.text
