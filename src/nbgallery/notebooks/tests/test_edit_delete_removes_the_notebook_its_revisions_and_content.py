"""The owner deletes a notebook after confirming: its revisions, content and renders go too."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.urls import reverse

from nbgallery.notebooks import blobs, render_cache
from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.notebooks.tests.conftest import markdown_cell


def test_the_owner_confirms_and_everything_is_gone(
    publish, new_version, alice, alice_client, django_capture_on_commit_callbacks
):
    notebook = publish(alice, title="Doomed", cells=[markdown_cell("one")])
    new_version(notebook, alice, cells=[markdown_cell("two")])
    shas = set(notebook.revisions.values_list("content_sha256", flat=True))
    alice_client.get(notebook.get_absolute_url())  # renders and caches the current content
    url = reverse("notebook_delete", args=[notebook.uuid])

    confirm = alice_client.get(url)
    assert confirm.status_code == 200
    assert "Delete Doomed?" in confirm.content.decode()
    assert "2 of its revisions" in confirm.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(url)

    assert response.status_code == 302 and response["Location"] == reverse("home")
    assert not Notebook.objects.filter(pk=notebook.pk).exists()
    assert not Revision.objects.filter(notebook_id=notebook.pk).exists()
    assert len(shas) == 2
    for sha in shas:
        assert not default_storage.exists(blobs.blob_name(sha))
        assert not default_storage.exists(render_cache.entry_name(sha, trusted=False))
    assert alice_client.get(notebook.get_absolute_url()).status_code == 404


def test_content_another_notebook_uses_is_kept(
    publish, alice, charlie, alice_client, django_capture_on_commit_callbacks
):
    mine = publish(alice, title="Mine")
    theirs = publish(charlie, title="Theirs")  # the same cells, so the same content
    assert mine.content_sha256 == theirs.content_sha256

    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(reverse("notebook_delete", args=[mine.uuid]))

    assert default_storage.exists(blobs.blob_name(theirs.content_sha256))
