"""The owner gives a notebook to another user or to a group; nobody else may."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.accounts import services as accounts


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=False)


def give(client, notebook, **data):
    return client.post(reverse("notebook_owner", args=[notebook.uuid]), data)


def test_the_owner_gives_it_to_a_group_she_edits(notebook, team, alice_client):
    page = alice_client.get(reverse("notebook_owner", args=[notebook.uuid]))
    assert page.status_code == 200 and "Analytics" in page.content.decode()

    response = give(alice_client, notebook, group=str(team.gid))

    assert response.status_code == 302
    notebook.refresh_from_db()
    assert notebook.owner_group == team and notebook.owner_user is None


def test_the_owner_gives_it_to_a_user_and_loses_it(notebook, charlie, alice_client):
    response = give(alice_client, notebook, username="charlie")

    assert response.status_code == 302
    assert response["Location"] == reverse("home")  # private, and no longer hers
    notebook.refresh_from_db()
    assert notebook.owner_user == charlie


def test_the_group_owner_may_give_a_group_notebook_away(publish, team, alice, bob, bob_client):
    notebook = publish(team, alice)
    accounts.change_role(alice, team, "bob", "owner")

    assert give(bob_client, notebook, username="bob").status_code == 302
    notebook.refresh_from_db()
    assert notebook.owner_user == bob


@pytest.mark.parametrize(
    "data, message",
    [
        ({"username": "nobody"}, "No user named nobody."),
        ({}, "Give either a user name or a group"),
        ({"username": "charlie", "group": "x"}, "is not a valid UUID"),
    ],
)
def test_bad_choices_are_refused(notebook, charlie, alice_client, data, message):
    response = give(alice_client, notebook, **data)

    assert response.status_code == 400
    assert message in response.content.decode()
    notebook.refresh_from_db()
    assert notebook.owner_user.username == "alice"


def test_a_group_she_does_not_edit_is_not_offered(notebook, charlie, alice_client):
    elsewhere = accounts.create_group(charlie, "Elsewhere")

    response = give(alice_client, notebook, group=str(elsewhere.gid))

    assert response.status_code == 400
    notebook.refresh_from_db()
    assert notebook.owner_user.username == "alice"


def test_a_new_owner_with_the_same_title_is_refused(publish, notebook, charlie, alice_client):
    publish(charlie, title=notebook.title)

    response = give(alice_client, notebook, username="charlie")

    assert response.status_code == 400
    assert "already has a notebook with this title" in response.content.decode()
