"""Comments of a notebook someone may not read are a 404 to them, like the notebook."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.social.models import Comment
from nbgallery.social.tests.conftest import HTMX


@pytest.fixture
def comment(publish, alice, bob):
    notebook = publish(alice, title="Secret", public=False)
    return Comment.objects.create(notebook=notebook, user=alice, body="private words")


def test_an_outsider_gets_404_everywhere(comment, charlie_client):
    urls = [
        reverse("comment_list", args=[comment.notebook.uuid]),
        reverse("comment_edit", args=[comment.pk]),
    ]
    for url in urls:
        response = charlie_client.get(url, **HTMX)
        assert response.status_code == 404
        assert "private words" not in response.content.decode()
    assert charlie_client.post(reverse("comment_delete", args=[comment.pk])).status_code == 404
    assert Comment.objects.filter(pk=comment.pk).exists()


def test_a_visitor_gets_404_for_the_block(comment, client):
    response = client.get(reverse("comment_list", args=[comment.notebook.uuid]), **HTMX)

    assert response.status_code == 404


@pytest.mark.parametrize("pk", [987654, 2**63 + 5])
def test_unknown_comments_and_links_are_404_not_500(comment, alice_client, pk):
    assert alice_client.get(reverse("comment_edit", args=[pk])).status_code == 404
    assert alice_client.post(reverse("comment_like", args=[pk])).status_code == 404
    assert alice_client.post(reverse("resource_delete", args=[pk])).status_code == 404
