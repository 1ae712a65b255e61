"""Readers comment; an empty, too long or NUL-bearing comment is a 400 that says why."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.social.models import Comment
from nbgallery.social.services import COMMENT_MAX_LENGTH


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


def add_url(notebook) -> str:
    return reverse("comment_add", args=[notebook.uuid])


def test_a_reader_comments_and_everyone_sees_it(notebook, bob, bob_client, client):
    response = bob_client.post(add_url(notebook), {"body": "Nice **work**"})

    comment = Comment.objects.get()
    assert comment.user == bob and comment.body == "Nice **work**"
    assert response.status_code == 302
    assert response["Location"] == f"{notebook.get_absolute_url()}#comment-{comment.pk}"
    page = client.get(notebook.get_absolute_url()).content.decode()
    assert "Nice <strong>work</strong>" in page and "Bob Member" in page


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "it is empty"),
        ("   \n ", "it is empty"),
        ("x" * (COMMENT_MAX_LENGTH + 1), "at most 10000 characters"),
        ("bad \x00 byte", "Null characters are not allowed"),
    ],
)
def test_bad_comments_are_refused_with_a_message(notebook, bob_client, body, message):
    response = bob_client.post(add_url(notebook), {"body": body})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


def test_an_outsider_cannot_comment_on_a_private_notebook(publish, alice, charlie_client):
    private = publish(alice, title="Secret", public=False)

    assert charlie_client.post(add_url(private), {"body": "hi"}).status_code == 404
    assert not Comment.objects.exists()


def test_a_visitor_is_asked_to_sign_in(notebook, client):
    response = client.post(add_url(notebook), {"body": "hi"})

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    page = client.get(notebook.get_absolute_url()).content.decode()
    assert "to comment" in page and 'name="body"' not in page
