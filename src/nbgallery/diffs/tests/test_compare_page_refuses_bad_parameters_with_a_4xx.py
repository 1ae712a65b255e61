"""Missing or unknown versions and layouts get a clear 4xx, never a 500."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks.tests.conftest import markdown_cell


@pytest.fixture
def notebook(publish, new_version, alice):
    notebook = publish(alice, cells=[markdown_cell("one")])
    new_version(notebook, alice, cells=[markdown_cell("two")])
    return notebook


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({}, 400, "Choose the two versions"),
        ({"from": "FIRST"}, 400, "Choose the two versions"),
        ({"from": "FIRST", "to": "   "}, 400, "Choose the two versions"),
        ({"from": "FIRST", "to": "LAST", "layout": "sideways"}, 400, "layout must be"),
        ({"from": "FIRST", "to": "0" * 40}, 404, "no such version"),
        ({"from": "nope\x00<script>", "to": "LAST"}, 404, "no such version"),
        ({"from": "x" * 5000, "to": "LAST"}, 404, "no such version"),
    ],
)
def test_bad_parameters_are_refused_with_a_message(notebook, alice_client, params, status, message):
    newest, oldest = notebook.revisions.all()
    ids = {"FIRST": oldest.commit_id, "LAST": newest.commit_id}
    query = {key: ids.get(value, value) for key, value in params.items()}

    response = alice_client.get(reverse("revision_compare", args=[notebook.uuid]), query)

    assert response.status_code == status
    assert message in response.content.decode()
    assert b"<script>" not in response.content  # the bad value is never echoed


@pytest.mark.django_db
def test_a_400_shows_the_form_again(notebook, alice_client):
    page = alice_client.get(reverse("revision_compare", args=[notebook.uuid])).content.decode()

    assert 'name="from"' in page and 'name="to"' in page
