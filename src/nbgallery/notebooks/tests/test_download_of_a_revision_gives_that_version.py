"""An earlier revision downloads with its own content, named after the title and revision."""

from __future__ import annotations

import json

from django.urls import reverse

from nbgallery.notebooks.tests.conftest import markdown_cell


def test_an_old_revision_has_its_content_and_names_itself(
    publish, new_version, alice, alice_client
):
    notebook = publish(alice, title="Sales", cells=[markdown_cell("first words")])
    first = notebook.revisions.get()
    second = new_version(notebook, alice, cells=[markdown_cell("second words")])

    response = alice_client.get(reverse("revision_download", args=[notebook.uuid, first.commit_id]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    name = f"Sales - Rev {first.commit_id[:8]}.ipynb"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    document = json.loads(response.content)
    assert document["cells"][0]["source"] == "first words"
    gallery = document["metadata"]["gallery"]
    assert gallery["uuid"] == gallery["link"] == str(notebook.uuid)
    assert gallery["git_commit_id"] == first.commit_id
    # Not the current content: no "commit", so Jupyter sees the gallery copy as changed.
    assert "commit" not in gallery

    latest = alice_client.get(reverse("revision_download", args=[notebook.uuid, second.commit_id]))
    gallery = json.loads(latest.content)["metadata"]["gallery"]
    assert gallery["commit"] == notebook.commit_id
    assert gallery["git_commit_id"] == second.commit_id


def test_an_unknown_revision_is_not_found(publish, alice, alice_client):
    notebook = publish(alice)

    response = alice_client.get(reverse("revision_download", args=[notebook.uuid, "0" * 40]))

    assert response.status_code == 404
