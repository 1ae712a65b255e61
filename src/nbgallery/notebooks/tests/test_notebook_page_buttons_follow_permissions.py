"""The notebook page offers only the actions the viewer may take."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from nbgallery.accounts import services as accounts

ACTION_NAMES = {
    "notebook_download": "Download",
    "notebook_edit": "Edit details",
    "notebook_new_version": "Upload a new version",
    "notebook_shares": "Share",
    "notebook_owner": "Change owner",
    "notebook_delete": "Delete",
}


def offered(client, notebook) -> set[str]:
    html = client.get(notebook.get_absolute_url()).content.decode()
    return {
        name for name in ACTION_NAMES if f'href="{reverse(name, args=[notebook.uuid])}"' in html
    }


@pytest.fixture
def notebook(publish, team, alice):
    return publish(team, alice, public=True)


def test_a_reader_can_only_download(notebook, client, charlie_client, bob_client):
    assert offered(client, notebook) == {"notebook_download"}
    assert offered(charlie_client, notebook) == {"notebook_download"}
    assert offered(bob_client, notebook) == {"notebook_download"}  # a plain group member


def test_an_editor_can_edit_upload_and_share_but_not_give_away(notebook, bob, team, alice):
    accounts.change_role(alice, team, "bob", "editor")
    client = Client()
    client.force_login(bob)
    assert offered(client, notebook) == {
        "notebook_download",
        "notebook_edit",
        "notebook_new_version",
        "notebook_shares",
    }


def test_the_owner_and_an_admin_see_every_action(notebook, alice_client, admin_client):
    assert offered(alice_client, notebook) == set(ACTION_NAMES)
    assert offered(admin_client, notebook) == set(ACTION_NAMES)
