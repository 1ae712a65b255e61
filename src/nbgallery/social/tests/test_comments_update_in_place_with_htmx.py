"""With htmx, comment actions answer with the comments block to swap, errors included."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.social.models import Comment
from nbgallery.social.tests.conftest import HTMX


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


def test_adding_answers_with_the_block_and_an_empty_form(notebook, bob_client):
    response = bob_client.post(
        reverse("comment_add", args=[notebook.uuid]), {"body": "In place"}, **HTMX
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="comments"') and "<html" not in html
    assert (
        "In place" in html and '<span class="badge text-bg-secondary" id="comment-count">1<' in html
    )


def test_a_bad_comment_answers_400_with_the_message_in_the_block(notebook, bob_client):
    response = bob_client.post(reverse("comment_add", args=[notebook.uuid]), {"body": ""}, **HTMX)

    assert response.status_code == 400
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="comments"') and "it is empty" in html


def test_edit_opens_in_place_and_saves(notebook, bob, bob_client):
    comment = Comment.objects.create(notebook=notebook, user=bob, body="draft")
    edit_url = reverse("comment_edit", args=[comment.pk])

    form = bob_client.get(edit_url, **HTMX).content.decode()
    saved = bob_client.post(edit_url, {"body": "final"}, **HTMX)

    assert f'hx-post="{edit_url}"' in form and "draft</textarea>" in form
    assert saved.status_code == 200 and "final" in saved.content.decode()


def test_a_refused_delete_answers_403_with_the_reason(notebook, alice, bob, bob_client):
    comment = Comment.objects.create(notebook=notebook, user=alice, body="not yours")

    response = bob_client.post(reverse("comment_delete", args=[comment.pk]), **HTMX)

    assert response.status_code == 403 and "newest" in response.content.decode()
    assert Comment.objects.filter(pk=comment.pk).exists()
