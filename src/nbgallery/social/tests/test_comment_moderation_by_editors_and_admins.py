"""The notebook's editors and site admins may delete any comment; plain readers may not."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.accounts import services as accounts
from nbgallery.social.models import Comment


@pytest.fixture
def notebook(publish, team, alice):
    return publish(team, alice, public=True)


@pytest.fixture
def answered(notebook, charlie, alice):
    """charlie's comment, no longer the newest: only a moderator may remove it now."""
    comment = Comment.objects.create(notebook=notebook, user=charlie, body="spam")
    Comment.objects.create(notebook=notebook, user=alice, body="please stop")
    return comment


def test_the_owner_deletes_any_comment(answered, alice_client):
    response = alice_client.post(reverse("comment_delete", args=[answered.pk]))

    assert response.status_code == 302
    assert not Comment.objects.filter(pk=answered.pk).exists()


def test_a_group_editor_deletes_any_comment(answered, team, alice, bob, bob_client):
    accounts.change_role(alice, team, "bob", "editor")

    response = bob_client.post(reverse("comment_delete", args=[answered.pk]))

    assert response.status_code == 302
    assert not Comment.objects.filter(pk=answered.pk).exists()


def test_an_admin_deletes_any_comment(answered, admin_client):
    assert admin_client.post(reverse("comment_delete", args=[answered.pk])).status_code == 302
    assert not Comment.objects.filter(pk=answered.pk).exists()


def test_a_plain_member_cannot_delete_others_comments(answered, bob_client):
    response = bob_client.post(reverse("comment_delete", args=[answered.pk]))

    assert response.status_code == 403
    assert Comment.objects.filter(pk=answered.pk).exists()


def test_moderators_see_delete_buttons_readers_do_not(answered, alice_client, bob_client):
    delete_url = reverse("comment_delete", args=[answered.pk])

    assert delete_url in alice_client.get(answered.notebook.get_absolute_url()).content.decode()
    assert delete_url not in bob_client.get(answered.notebook.get_absolute_url()).content.decode()
