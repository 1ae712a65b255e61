"""Owners and editors share by user names; a sharee may read and edit, and be removed."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from nbgallery.notebooks.models import Share


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=False)


def shares_url(notebook) -> str:
    return reverse("notebook_shares", args=[notebook.uuid])


def test_sharing_with_two_people_lets_them_edit(
    notebook, bob, charlie, alice_client, bob_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(
            shares_url(notebook), {"usernames": "bob, charlie", "message": "Have a look"}
        )

    assert response.status_code == 302
    assert set(notebook.shares.values_list("username", flat=True)) == {"bob", "charlie"}
    assert notebook.can_edit(bob) and not notebook.can_own(bob)
    assert bob_client.get(reverse("notebook_edit", args=[notebook.uuid])).status_code == 200
    assert len(mail.outbox) == 2  # one each
    assert all("Have a look" in message.body for message in mail.outbox)
    page = alice_client.get(shares_url(notebook)).content.decode()
    assert "bob" in page and "charlie" in page


def test_a_sharee_may_share_further(notebook, alice, bob, charlie, bob_client):
    Share.objects.create(notebook=notebook, user=bob, shared_by=alice)

    response = bob_client.post(shares_url(notebook), {"usernames": "charlie"})

    assert response.status_code == 302
    assert notebook.can_edit(charlie)


def test_removing_a_share_takes_the_access_away(notebook, alice, bob, alice_client, bob_client):
    Share.objects.create(notebook=notebook, user=bob, shared_by=alice)

    response = alice_client.post(shares_url(notebook), {"remove": "bob"})

    assert response.status_code == 302
    assert not notebook.shares.exists()
    assert bob_client.get(notebook.get_absolute_url()).status_code == 404
