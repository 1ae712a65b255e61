"""A database failure half-way through publishing leaves no half-made notebook behind."""

import pytest
from django.db import DatabaseError

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Revision, Stage, TermsAgreement
from nbgallery.notebooks.tests.upload_support import (
    code,
    new_version,
    notebook_bytes,
    publish,
    published,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


@pytest.fixture
def failing_revisions(monkeypatch):
    def failing(*args, **kwargs):
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(services, "record_revision", failing)
    return monkeypatch


def test_publishing_fails_with_503_leaving_no_notebook_and_the_stage_for_a_retry(
    alice_client, failing_revisions
):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    response = publish(alice_client, stage_uuid, tags="sales")

    assert response.status_code == 503
    assert "could not be saved just now, and nothing was changed" in response.text
    assert not Notebook.objects.exists()
    assert not TermsAgreement.objects.exists() and not Revision.objects.exists()
    assert Stage.objects.filter(uuid=stage_uuid).exists()
    failing_revisions.undo()
    assert publish(alice_client, stage_uuid).status_code == 302
    assert Notebook.objects.get().uuid == stage_uuid


def test_a_failed_new_version_leaves_the_earlier_version_current(alice_client, monkeypatch):
    notebook = published(alice_client, notebook_bytes(code("x = 1")))
    before = (notebook.commit_id, notebook.content_sha256)

    def failing(*args, **kwargs):
        raise DatabaseError("disk I/O error")

    monkeypatch.setattr(services, "record_revision", failing)
    response = new_version(alice_client, notebook, notebook_bytes(code("x = 2")))

    assert response.status_code == 503
    notebook.refresh_from_db()
    assert (notebook.commit_id, notebook.content_sha256) == before
    assert notebook.revisions.count() == 1
    assert Stage.objects.filter(notebook=notebook).exists()
