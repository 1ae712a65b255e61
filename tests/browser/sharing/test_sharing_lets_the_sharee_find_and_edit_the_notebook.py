"""Sharing in a real browser: alice shares her private notebook with bob through the form
(picking his name from the suggestions), bob is emailed, finds it under "Shared with me"
and edits its details."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.conftest import publish_notebook

pytestmark = pytest.mark.browser


@pytest.fixture
def private_notebook(alice, settings, tmp_path):
    # The live server runs in this process: it sees these settings too.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    return publish_notebook(alice, title="Quarterly sales", public=False)


def test_alice_shares_with_bob_who_then_edits_it(
    page: Page, sign_in_as, alice, bob, private_notebook
):
    url = private_notebook.get_absolute_url()

    # Alice shares it, picking bob from the suggestions as she types.
    sign_in_as(alice)
    page.goto(url)
    page.get_by_role("link", name="Share", exact=True).click()
    names = page.get_by_label("User names")
    names.press_sequentially("bo")
    expect(page.locator("#user-suggestions option[value='bob']")).to_have_count(1)
    names.fill("bob")
    page.get_by_label("A message for them (optional)").fill("Please check the totals.")
    page.get_by_role("button", name="Share", exact=True).click()
    expect(page.get_by_role("alert").filter(has_text="Shared with bob.")).to_be_visible()
    expect(page.locator("#shared-heading + ul")).to_contain_text("bob")

    assert [message.to for message in mail.outbox] == [[bob.email]]
    assert "Please check the totals." in mail.outbox[0].body

    # Bob finds it under "Shared with me" and edits its details.
    page.context.clear_cookies()
    sign_in_as(bob)
    page.goto("/?tab=shared")
    page.get_by_role("link", name="Quarterly sales").click()
    expect(page).to_have_url(re.compile(re.escape(url) + "$"))
    page.get_by_role("link", name="Edit details").click()
    page.get_by_label("Title").fill("Quarterly sales, checked")
    page.get_by_role("button", name="Save").click()

    expect(page.locator("#notebook-title")).to_contain_text("Quarterly sales, checked")
    notebook = Notebook.objects.get(pk=private_notebook.pk)
    assert notebook.title == "Quarterly sales, checked" and notebook.updater == bob
