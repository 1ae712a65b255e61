"""A change request in a browser: bob proposes, alice reviews the diff and accepts, bob sees it.

bob is in alice's group but may only read her own notebook, so his version
goes to her as a change request. The page's actions and diff tabs work in
place (htmx); the notebook then shows bob's version.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks.tests.conftest import (
    code_cell,
    markdown_cell,
    notebook_bytes,
    publish_notebook,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def notebook(alice, settings, tmp_path):
    # The live server runs in this process: it sees these settings too.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    return publish_notebook(alice, title="Sales report", public=True)


def test_bob_proposes_alice_accepts_and_both_see_the_new_version(
    page: Page, sign_in_as, alice, bob, notebook
):
    proposed = notebook_bytes(
        [markdown_cell("# Sales report"), code_cell("total = sum(range(20))  # bob's fix")]
    )

    # bob proposes his version from the notebook page.
    sign_in_as(bob)
    page.goto(notebook.get_absolute_url())
    page.get_by_role("link", name="Propose a change").click()
    page.get_by_label("Notebook file").set_input_files(
        {"name": "sales.ipynb", "mimeType": "application/x-ipynb+json", "buffer": proposed}
    )
    page.get_by_label("Summary of the change").fill("Count to twenty")
    page.get_by_label("Comment to the notebook's editors").fill("The **total** was off.")
    page.get_by_label("I agree to the terms of service").check()
    page.get_by_role("button", name="Send the change request").click()
    expect(page).to_have_url(re.compile(r"/change_requests/[0-9a-f-]{36}/$"))
    expect(page.get_by_text("Your change request is sent")).to_be_visible()
    request_url = page.url
    change_request = ChangeRequest.objects.get()
    assert change_request.requester == bob

    # alice finds it, looks at the diff both ways, and accepts it.
    page.context.clear_cookies()
    sign_in_as(alice)
    page.goto("/change_requests/")
    page.get_by_role("link", name="Count to twenty").click()
    expect(page).to_have_url(request_url)
    diff = page.locator("#change-request-diff")
    expect(diff).to_contain_text("bob's fix")
    page.get_by_role("link", name="Inline").click()
    expect(page).to_have_url(re.compile(r"\?view=inline$"))
    expect(diff).to_contain_text("bob's fix")
    expect(diff).to_contain_text("range(10)")
    page.get_by_role("link", name="Both versions").click()
    expect(diff.get_by_role("heading", name="Proposed version")).to_be_visible()
    page.get_by_label("Comment to the requester").fill("Thanks, Bob!")
    page.get_by_role("button", name="Accept the change").click()
    review = page.locator("#change-request-review")
    expect(review).to_contain_text("Accepted by Alice")
    expect(page.get_by_role("button", name="Accept the change")).to_have_count(0)

    # bob sees it accepted, and the notebook shows his version, credited to him.
    page.context.clear_cookies()
    sign_in_as(bob)
    page.goto(request_url)
    expect(page.locator("#change-request-review")).to_contain_text("Accepted")
    expect(page.locator("#change-request-review")).to_contain_text("Thanks, Bob!")
    page.goto(notebook.get_absolute_url())
    expect(page.locator(".notebook-content")).to_contain_text("bob's fix")
    notebook.refresh_from_db()
    assert notebook.updater == bob
    assert notebook.revisions.first().user == bob
