"""When storage fails (disk full), the upload is refused with 503 and nothing stored is lost."""

import pytest
from django.core.files.storage import FileSystemStorage
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    notebook_bytes,
    publish,
    published,
    stage_raw,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def disk_full(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.fixture
def full_disk(monkeypatch):
    # On the class: the test's own storage object is made afresh when settings change.
    def fill():
        monkeypatch.setattr(FileSystemStorage, "save", disk_full)

    return fill


def test_a_new_version_on_a_full_disk_gets_503_and_the_earlier_version_stays(
    alice_client, full_disk
):
    notebook = published(alice_client, notebook_bytes(code("x = 1")))
    before = (notebook.commit_id, notebook.content_sha256)
    full_disk()

    response = upload_file(
        alice_client,
        notebook_bytes(code("x = 2")),
        url=reverse("notebook_new_version", args=[notebook.uuid]),
    )

    assert response.status_code == 503
    assert "could not be saved just now, and nothing was changed" in response.text
    notebook.refresh_from_db()
    assert (notebook.commit_id, notebook.content_sha256) == before
    assert services.read_content(notebook.content_sha256)["cells"][0]["source"] == "x = 1"
    assert notebook.revisions.count() == 1 and not Stage.objects.exists()


def test_jupyter_gets_503_in_json_on_a_full_disk(alice_client, full_disk):
    full_disk()

    response = stage_raw(alice_client, notebook_bytes())

    assert response.status_code == 503
    assert response.json()["code"] == "unavailable"
    assert not Stage.objects.exists()


def test_unreadable_staged_content_gets_503_and_the_stage_stays_for_a_retry(
    alice_client, monkeypatch
):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    def unreadable(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(FileSystemStorage, "open", unreadable)
    response = publish(alice_client, stage_uuid)

    assert response.status_code == 503
    assert "nothing was changed" in response.text
    assert not Notebook.objects.exists() and Stage.objects.filter(uuid=stage_uuid).exists()
    monkeypatch.undo()
    assert publish(alice_client, stage_uuid).status_code == 302
