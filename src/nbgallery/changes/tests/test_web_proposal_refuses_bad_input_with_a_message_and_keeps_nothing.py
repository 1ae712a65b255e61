"""The web proposal form refuses bad files and missing answers with a message; nothing is kept."""

from django.core.files.uploadedfile import SimpleUploadedFile

from nbgallery.changes.models import ChangeRequest
from nbgallery.changes.tests.conftest import ipynb_file
from nbgallery.notebooks.models import Stage


def post(client, notebook, **data):
    return client.post(f"/notebooks/{notebook.uuid}/propose/", data)


def assert_nothing_kept():
    assert not ChangeRequest.objects.exists()
    assert not Stage.objects.exists()


def test_a_file_that_is_not_a_notebook(notebook, charlie_client):
    text = SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain")

    response = post(charlie_client, notebook, file=text, summary="x", agree="on")

    assert response.status_code == 400 and "ends in .ipynb" in response.text
    assert_nothing_kept()


def test_a_broken_notebook(notebook, charlie_client):
    broken = SimpleUploadedFile("bad.ipynb", b"{not json", content_type="application/json")

    response = post(charlie_client, notebook, file=broken, summary="x", agree="on")

    assert response.status_code == 422
    assert 'class="invalid-feedback d-block"' in response.text
    assert_nothing_kept()


def test_no_summary_and_no_agreement(notebook, charlie_client):
    response = post(charlie_client, notebook, file=ipynb_file())

    assert response.status_code == 400
    assert "Say in a few words what the change does." in response.text
    assert "Please accept the terms of service" in response.text
    assert_nothing_kept()


def test_a_file_over_the_limit_is_refused_before_it_is_read(notebook, charlie_client, settings):
    settings.NBGALLERY_MAX_NOTEBOOK_BYTES = 100

    response = post(charlie_client, notebook, file=ipynb_file(), summary="x", agree="on")

    assert response.status_code == 413
    assert "limit" in response.text and 'name="summary"' in response.text
    assert_nothing_kept()
