"""Jupyter's first-upload landing URL, in a real browser, for a visitor who is not signed in.

Jupyter Lab staged a notebook for alice and opened ``/?staged=<sid>&tags=a%2Cb#STAGE``.
She signs in on the way, comes back to the step-2 form with the tags filled in
and the fragment still there, publishes, and the notebook takes the staging id
as its UUID (protocol §4).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import PASSWORD
from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Stage
from nbgallery.notebooks.tests.conftest import code_cell, notebook_bytes


@pytest.fixture
def staged(alice, settings, tmp_path) -> Stage:
    # The live server runs in this process: it sees these settings too.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    return services.stage_upload(alice, notebook_bytes([code_cell("print('from Jupyter')")]))


@pytest.mark.browser
def test_an_anonymous_visitor_signs_in_and_publishes_the_staged_notebook(page: Page, staged: Stage):
    sid = str(staged.uuid)

    page.goto(f"/?staged={sid}&tags=a%2Cb#STAGE")

    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    page.locator("input[name=login]").fill("alice")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form", has=page.locator("input[name=password]")).get_by_role(
        "button", name="Sign In"
    ).click()

    expect(page).to_have_url(re.compile(rf"/upload/{sid}/\?tags=a%2Cb#STAGE$"))
    expect(page.get_by_role("heading", name="Describe your notebook")).to_be_visible()
    expect(page.locator("input[name=tags]")).to_have_value("a,b")
    page.locator("input[name=title]").fill("From Jupyter")
    page.locator("input[name=agree]").check()
    page.get_by_role("button", name="Publish").click()

    expect(page).to_have_url(re.compile(rf"/notebooks/{sid}/$"))
    expect(page.get_by_role("heading", name="From Jupyter")).to_be_visible()
    notebook = Notebook.objects.get(title="From Jupyter")
    assert str(notebook.uuid) == sid
    assert notebook.commit_id == sid
    assert sorted(notebook.tags.values_list("name", flat=True)) == ["a", "b"]
