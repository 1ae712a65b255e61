"""Downloading a notebook gives the .ipynb with metadata.gallery, as Jupyter expects (§6, G6)."""

from __future__ import annotations

import json

from django.urls import reverse

from nbgallery.notebooks import services


def download(client, notebook, **headers):
    return client.get(reverse("notebook_download", args=[notebook.uuid]), **headers)


def test_an_editor_gets_a_link_with_the_commit_and_the_gallery_address(
    publish, alice, alice_client, settings
):
    settings.ALLOWED_HOSTS = ["gallery.example.org"]
    notebook = publish(alice, title="Sales report")

    response = download(alice_client, notebook, HTTP_HOST="gallery.example.org")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="Sales report.ipynb"'
    document = json.loads(response.content)
    gallery = document["metadata"]["gallery"]
    assert gallery["uuid"] == gallery["link"] == str(notebook.uuid)
    assert "clone" not in gallery
    assert gallery["commit"] == gallery["commit_id"] == notebook.commit_id
    assert gallery["git_commit_id"] == notebook.revisions.get().commit_id
    assert gallery["gallery_url"] == "http://gallery.example.org"
    assert gallery["url"] == f"http://gallery.example.org/notebooks/{notebook.uuid}/"
    assert gallery["owner"] == "alice" and gallery["owner_type"] == "User"
    assert gallery["title"] == "Sales report"
    assert all(isinstance(cell["source"], str) for cell in document["cells"])


def test_a_reader_who_cannot_edit_gets_a_clone(publish, alice, charlie_client, client):
    notebook = publish(alice, public=True)

    for reader in (charlie_client, client):
        gallery = json.loads(download(reader, notebook).content)["metadata"]["gallery"]
        assert gallery["clone"] == str(notebook.uuid)
        assert "link" not in gallery


def test_a_sharee_gets_a_link(publish, alice, charlie, charlie_client):
    notebook = publish(alice, public=False)
    services.share_notebook(alice, notebook, ["charlie"])

    gallery = json.loads(download(charlie_client, notebook).content)["metadata"]["gallery"]

    assert gallery["link"] == str(notebook.uuid)


def test_a_private_notebook_is_not_found_for_outsiders(publish, alice, charlie_client, client):
    notebook = publish(alice, public=False)

    assert download(charlie_client, notebook).status_code == 404
    assert download(client, notebook).status_code == 404
