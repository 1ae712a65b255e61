"""An author may edit or delete a comment only while it is the newest on the notebook."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.social.models import Comment


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


def test_the_author_edits_the_newest_comment(notebook, bob, bob_client):
    comment = Comment.objects.create(notebook=notebook, user=bob, body="frist")

    form = bob_client.get(reverse("comment_edit", args=[comment.pk]))
    response = bob_client.post(reverse("comment_edit", args=[comment.pk]), {"body": "first"})

    assert form.status_code == 200 and "frist" in form.content.decode()
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "first"


def test_the_author_deletes_the_newest_comment(notebook, bob, bob_client):
    comment = Comment.objects.create(notebook=notebook, user=bob, body="oops")

    response = bob_client.post(reverse("comment_delete", args=[comment.pk]))

    assert response.status_code == 302
    assert not Comment.objects.filter(pk=comment.pk).exists()


def test_once_answered_the_comment_can_no_longer_change(notebook, bob, charlie, bob_client):
    comment = Comment.objects.create(notebook=notebook, user=bob, body="original")
    Comment.objects.create(notebook=notebook, user=charlie, body="an answer")

    edit = bob_client.post(reverse("comment_edit", args=[comment.pk]), {"body": "rewritten"})
    delete = bob_client.post(reverse("comment_delete", args=[comment.pk]))

    assert edit.status_code == 403 and delete.status_code == 403
    assert "newest" in edit.content.decode()
    comment.refresh_from_db()
    assert comment.body == "original"


def test_nobody_edits_someone_elses_comment(notebook, bob, charlie_client, alice_client):
    comment = Comment.objects.create(notebook=notebook, user=bob, body="mine")

    by_charlie = charlie_client.post(reverse("comment_edit", args=[comment.pk]), {"body": "x"})
    by_owner = alice_client.post(reverse("comment_edit", args=[comment.pk]), {"body": "x"})

    assert by_charlie.status_code == 403 and by_owner.status_code == 403
    comment.refresh_from_db()
    assert comment.body == "mine"


def test_an_edit_to_an_empty_text_is_refused(notebook, bob, bob_client):
    comment = Comment.objects.create(notebook=notebook, user=bob, body="keep me")

    response = bob_client.post(reverse("comment_edit", args=[comment.pk]), {"body": "  "})

    assert response.status_code == 400 and "it is empty" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "keep me"


def test_the_page_offers_edit_only_on_my_newest_comment(notebook, bob, charlie, bob_client):
    older = Comment.objects.create(notebook=notebook, user=bob, body="older")
    newest = Comment.objects.create(notebook=notebook, user=bob, body="newest")

    page = bob_client.get(notebook.get_absolute_url()).content.decode()

    assert reverse("comment_edit", args=[newest.pk]) in page
    assert reverse("comment_edit", args=[older.pk]) not in page
    assert reverse("comment_delete", args=[older.pk]) not in page
