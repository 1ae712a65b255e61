"""Jupyter's "Submit Change Request" landing URL, in a real browser, for an editor.

The URL is the same as for a new version but for its ``#CHANGE_REQ`` fragment,
which only the page's script sees: the editor goes on to the change-request
page, and the upload is kept (protocol §4).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.conftest import code_cell, notebook_bytes, publish_notebook


@pytest.fixture
def proposal(alice, settings, tmp_path) -> Stage:
    # The live server runs in this process: it sees these settings too.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    notebook = publish_notebook(alice, title="Sales report")
    raw = notebook_bytes([code_cell("print('a proposed change')")])
    return services.stage_upload(alice, raw, target=notebook)


@pytest.mark.browser
def test_an_editor_asking_for_a_change_request_lands_on_the_hand_off_page(
    page: Page, sign_in_as, alice, proposal: Stage
):
    sign_in_as(alice)
    sid = str(proposal.uuid)
    notebook = proposal.notebook
    assert notebook is not None

    page.goto(f"/notebook/{notebook.uuid}/?staged={sid}#CHANGE_REQ")

    expect(page).to_have_url(re.compile(rf"/upload/{sid}/change-request/$"))
    expect(page.get_by_role("heading", name="Propose a change")).to_be_visible()
    expect(page.get_by_role("link", name="Back to Sales report")).to_have_attribute(
        "href", f"/notebooks/{notebook.uuid}/"
    )
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your upload").click()
    assert "a proposed change" in download.value.path().read_text()
    assert Stage.objects.filter(uuid=proposal.uuid).exists()
