"""A frozen notebook: readers get a 403 with a message on every download, and no Run button.

Its editors still download and run it (they must be able to fix it), and a
deprecated notebook that is not frozen downloads as before.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.deprecations import services


@pytest.fixture
def notebook(publish, alice):
    return publish(alice, title="Old report", public=True)


def download_urls(notebook) -> list[str]:
    revision = notebook.revisions.first()
    return [
        reverse("notebook_download", args=[notebook.uuid]),
        reverse("notebook_download", args=[notebook.uuid]) + "?run=true",
        reverse("jupyter_download", args=[str(notebook.uuid)[:8]]),
        reverse("jupyter_download", args=[f"{notebook.pk}-old-report"]),
        reverse("revision_download", args=[notebook.uuid, revision.commit_id]),
    ]


def has_run_button(client, notebook) -> bool:
    return 'id="run-in-jupyter"' in client.get(notebook.get_absolute_url()).content.decode()


def has_download_button(client, notebook) -> bool:
    page = client.get(notebook.get_absolute_url()).content.decode()
    return f'href="{reverse("notebook_download", args=[notebook.uuid])}" download' in page


def test_readers_are_refused_every_download_with_a_message(notebook, alice, bob_client):
    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=True)

    for url in download_urls(notebook):
        response = bob_client.get(url)
        assert response.status_code == 403, url
        assert "frozen" in response.content.decode(), url


def test_jupyter_clients_get_the_message_as_json(notebook, alice, bob_client):
    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=True)

    response = bob_client.get(
        reverse("notebook_download", args=[notebook.uuid]), HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 403
    assert "frozen" in response.json()["message"]


def test_anonymous_readers_are_refused_too(notebook, alice, client):
    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=True)

    assert client.get(reverse("notebook_download", args=[notebook.uuid])).status_code == 403


def test_the_run_and_download_buttons_are_hidden_from_readers_only(
    notebook, alice, alice_client, bob_client
):
    assert has_run_button(bob_client, notebook) and has_download_button(bob_client, notebook)

    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=True)

    assert not has_run_button(bob_client, notebook)
    assert not has_download_button(bob_client, notebook)
    assert has_run_button(alice_client, notebook) and has_download_button(alice_client, notebook)
    assert "Frozen" in bob_client.get(notebook.get_absolute_url()).content.decode()


def test_editors_still_download(notebook, alice, alice_client):
    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=True)

    for url in download_urls(notebook):
        assert alice_client.get(url).status_code == 200, url


def test_deprecated_but_not_frozen_downloads_and_runs(notebook, alice, bob_client):
    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=False)

    for url in download_urls(notebook):
        assert bob_client.get(url).status_code == 200, url
    assert has_run_button(bob_client, notebook)


def test_undoing_the_deprecation_unfreezes_it(notebook, alice, bob_client):
    services.deprecate_notebook(alice, notebook, reason="Wrong numbers.", freeze=True)
    services.undeprecate_notebook(alice, notebook)

    assert bob_client.get(reverse("notebook_download", args=[notebook.uuid])).status_code == 200
