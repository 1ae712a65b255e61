"""The notebook page costs the same few queries however many revisions and tags it has."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from nbgallery.notebooks.tests.conftest import markdown_cell


def queries_for(client, notebook) -> int:
    client.get(notebook.get_absolute_url())  # the first view renders; count a later one
    with CaptureQueriesContext(connection) as queries:
        assert client.get(notebook.get_absolute_url()).status_code == 200
    return len(queries)


def test_more_revisions_and_tags_cost_no_more_queries(publish, new_version, alice, alice_client):
    small = publish(alice, title="Small", tags="one")
    big = publish(alice, title="Big", tags="one two three four five six")
    for number in range(8):
        new_version(big, alice, cells=[markdown_cell(f"version {number}")], summary=f"v{number}")

    assert queries_for(alice_client, small) == queries_for(alice_client, big)
    # A fixed one or two for each app's part of the page (stars, comments,
    # change requests, following, deprecation, health, reviews, similar
    # notebooks): what matters is that none grows with the notebook.
    assert queries_for(alice_client, big) <= 20
