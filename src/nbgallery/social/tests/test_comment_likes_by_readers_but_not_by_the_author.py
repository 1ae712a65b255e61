"""Readers like and unlike others' comments; the count shows; authors cannot like their own."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.social.models import Comment, CommentLike


@pytest.fixture
def comment(publish, alice):
    notebook = publish(alice, public=True)
    return Comment.objects.create(notebook=notebook, user=alice, body="Read me")


def like_url(comment) -> str:
    return reverse("comment_like", args=[comment.pk])


def test_likes_are_counted_and_can_be_taken_back(comment, bob, charlie, bob_client, charlie_client):
    bob_client.post(like_url(comment), {"like": "1"})
    bob_client.post(like_url(comment), {"like": "1"})  # twice is still one like
    charlie_client.post(like_url(comment), {"like": "1"})

    assert CommentLike.objects.filter(comment=comment).count() == 2
    page = bob_client.get(comment.notebook.get_absolute_url()).content.decode()
    assert "Liked" in page and '<span class="badge text-bg-light">2</span>' in page

    bob_client.post(like_url(comment), {"like": "0"})

    assert list(CommentLike.objects.values_list("user__username", flat=True)) == ["charlie"]


def test_the_author_cannot_like_their_own_comment(comment, alice_client):
    response = alice_client.post(like_url(comment), {"like": "1"})

    assert response.status_code == 400 and "own comment" in response.content.decode()
    assert not CommentLike.objects.exists()


def test_an_outsider_cannot_like_on_a_private_notebook(publish, alice, charlie_client):
    notebook = publish(alice, title="Secret", public=False)
    comment = Comment.objects.create(notebook=notebook, user=alice, body="private talk")

    assert charlie_client.post(like_url(comment), {"like": "1"}).status_code == 404
    assert not CommentLike.objects.exists()
