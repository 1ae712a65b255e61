"""Run in Jupyter with no environment yet: a dialog says how Jupyter gets here, and links
to the environments page; no tab is opened."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from nbgallery.notebooks.tests.conftest import isolated_storage, publish_notebook  # noqa: F401


@pytest.mark.browser
@pytest.mark.usefixtures("isolated_storage")
def test_no_environment_explains_how_to_add_one(page: Page, live_server, alice, sign_in_as):
    notebook = publish_notebook(alice, title="Sales report")
    sign_in_as(alice)
    page.goto(f"/notebooks/{notebook.uuid}/")
    tabs_before = len(page.context.pages)

    page.get_by_role("button", name="Run in Jupyter").click()

    dialog = page.get_by_role("dialog", name="No Jupyter environment yet")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("pip install jupyter-nbgallery")
    assert len(page.context.pages) == tabs_before
    dialog.get_by_role("link", name="Go to Jupyter environments").click()
    expect(page).to_have_url(f"{live_server.url}/environments/")
    expect(page.get_by_role("heading", name="Jupyter environments", level=1)).to_be_visible()
