"""Stars, links, comments and likes cost the notebook page the same queries, however many."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import make_user
from nbgallery.notebooks.models import Star
from nbgallery.social.models import Comment, CommentLike, Resource


def queries_for(client, notebook) -> int:
    client.get(notebook.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        assert client.get(notebook.get_absolute_url()).status_code == 200
    return len(queries)


def test_more_comments_likes_links_and_stars_cost_no_more_queries(
    publish, alice, bob, alice_client, django_user_model
):
    quiet = publish(alice, title="Quiet")
    busy = publish(alice, title="Busy")
    people = [make_user(django_user_model, f"user{number}") for number in range(5)]
    for person in people:
        Star.objects.create(notebook=busy, user=person)
        comment = Comment.objects.create(notebook=busy, user=person, body=f"From **{person}**")
        for fan in people:
            if fan != person:
                CommentLike.objects.create(comment=comment, user=fan)
        Resource.objects.create(
            notebook=busy, user=alice, title=f"Link {person}", href="https://example.org/"
        )

    assert queries_for(alice_client, quiet) == queries_for(alice_client, busy)
