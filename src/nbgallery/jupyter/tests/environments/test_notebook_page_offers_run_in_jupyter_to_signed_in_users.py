"""Signed-in users get a Run in Jupyter button on the notebook page, with its dialogs and script."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_signed_in_users_get_the_button_and_its_script(alice, bob_client, publish):
    notebook = publish(alice, public=True)

    page = bob_client.get(f"/notebooks/{notebook.uuid}/").content.decode()

    assert 'id="run-in-jupyter"' in page
    assert 'data-environments-url="/environments"' in page
    assert f'data-metadata-url="/notebooks/{notebook.uuid}/metadata"' in page
    assert f'data-download-url="/notebooks/{notebook.uuid}/download?run=true"' in page
    assert 'id="rij-none"' in page
    assert 'id="rij-pick"' in page
    assert 'id="rij-overwrite"' in page
    assert "nbgallery/run_in_jupyter" in page
    assert "onclick" not in page.lower()


def test_anonymous_visitors_get_neither(alice, client, publish):
    notebook = publish(alice, public=True)

    page = client.get(f"/notebooks/{notebook.uuid}/").content.decode()

    assert 'id="run-in-jupyter"' not in page
    assert "run_in_jupyter" not in page
