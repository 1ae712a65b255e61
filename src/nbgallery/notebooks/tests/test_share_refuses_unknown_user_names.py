"""Sharing with a user name nobody has comes back with the name; nobody is added."""

from __future__ import annotations

from django.urls import reverse


def test_unknown_names_are_listed_and_nothing_is_shared(publish, alice, bob, alice_client):
    notebook = publish(alice)

    response = alice_client.post(
        reverse("notebook_shares", args=[notebook.uuid]), {"usernames": "bob, ghost, nobody"}
    )

    assert response.status_code == 400
    assert "No user named ghost, nobody." in response.content.decode()
    assert not notebook.shares.exists()


def test_an_empty_list_is_refused(publish, alice, alice_client):
    notebook = publish(alice)

    response = alice_client.post(
        reverse("notebook_shares", args=[notebook.uuid]), {"usernames": " , "}
    )

    assert response.status_code == 400
    assert "Give at least one user name." in response.content.decode()
