"""A change of owner emails the new owner (or the group's owners) and the previous one,
but never the person who made the change."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from nbgallery.accounts import services as accounts
from nbgallery.notebooks import services


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, title="Sales report", public=True)


def recipients() -> list[str]:
    return sorted(message.to[0] for message in mail.outbox)


def test_giving_it_away_tells_the_new_owner_only(notebook, bob, alice_client, committed):
    with committed():
        response = alice_client.post(
            reverse("notebook_owner", args=[notebook.uuid]), {"username": "bob"}
        )

    assert response.status_code == 302
    assert recipients() == [bob.email]
    message = mail.outbox[0]
    assert "Sales report now belongs to Bob Member" in message.subject
    assert "you can now edit it" in message.body
    html = message.alternatives[0][0]
    assert f'href="http://testserver{notebook.get_absolute_url()}"' in html


def test_an_admin_moving_it_tells_both_sides(notebook, alice, bob, admin_user, committed):
    with committed():
        services.change_owner(admin_user, notebook, bob)

    assert recipients() == [alice.email, bob.email]
    to_alice = next(message for message in mail.outbox if message.to == [alice.email])
    assert "it belonged to Alice Owner" in to_alice.body


def test_giving_it_to_a_group_tells_the_groups_owners(notebook, alice, bob, charlie, committed):
    group = accounts.create_group(charlie, "Finance", "Money.", "")
    accounts.add_member(charlie, group, "alice", "editor")
    accounts.add_member(charlie, group, "bob", "owner")

    with committed():
        services.change_owner(alice, notebook, group)

    assert recipients() == [bob.email, charlie.email]
    assert "the group Finance" in mail.outbox[0].subject


def test_giving_it_to_the_same_owner_sends_nothing(notebook, alice, committed):
    with committed():
        services.change_owner(alice, notebook, alice)

    assert mail.outbox == []
