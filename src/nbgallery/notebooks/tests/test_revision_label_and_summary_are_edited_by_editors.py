"""Editors change a revision's label and summary; bad values come back with a message."""

from __future__ import annotations

import pytest
from django.urls import reverse


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, public=True)


def edit_url(notebook) -> str:
    return reverse("revision_edit", args=[notebook.uuid, notebook.revisions.get().commit_id])


def test_the_owner_sets_a_label_and_a_summary(notebook, alice_client):
    response = alice_client.post(edit_url(notebook), {"label": "1.0.0", "summary": "First cut"})

    assert response.status_code == 302
    assert response["Location"] == reverse("revision_list", args=[notebook.uuid])
    revision = notebook.revisions.get()
    assert (revision.label, revision.summary) == ("1.0.0", "First cut")


def test_a_reader_may_not(notebook, charlie_client):
    response = charlie_client.post(edit_url(notebook), {"label": "mine", "summary": ""})

    assert response.status_code == 403
    assert notebook.revisions.get().label == ""


@pytest.mark.parametrize(
    "data, message",
    [
        ({"label": "x" * 17, "summary": ""}, "at most 16 characters"),
        ({"label": "", "summary": "y" * 251}, "at most 250 characters"),
    ],
)
def test_too_long_values_are_refused(notebook, alice_client, data, message):
    response = alice_client.post(edit_url(notebook), data)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_label_used_by_another_revision_is_refused(notebook, new_version, alice, alice_client):
    new_version(notebook, alice, label="1.0")
    first = notebook.revisions.order_by("created_at", "pk").first()
    url = reverse("revision_edit", args=[notebook.uuid, first.commit_id])

    response = alice_client.post(url, {"label": "1.0", "summary": ""})

    assert response.status_code == 400
    assert "already has a version labelled 1.0" in response.content.decode()
