"""Lab's "Upload to the Gallery" ends in our step-2 form, and the notebook is published.

``gallery-upload`` on a notebook that has no gallery metadata stages it
(``POST /stages?agree=yes``) and opens ``{gallery}/?staged=<id>&tags=ci#STAGE``
(``ci`` from ``NBGALLERY_DEFAULT_TAGS``). That landing leads to our "Describe
your notebook" form with the tags filled in; publishing it makes the notebook
whose UUID is the staging id, and Lab's copy is linked to it: ``link``,
``uuid`` and ``commit`` are all that id (protocol G4, §4, §6.2).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell, notebook_bytes

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Weekly metrics.ipynb"


def test_lab_upload_publishes_a_new_notebook_through_our_form(lab, alice, isolated_storage):
    lab.write_notebook(
        FILE,
        notebook_bytes([markdown_cell("# Weekly metrics"), code_cell("print(6 * 7)")]),
    )
    lab.open(alice)
    lab.open_notebook(FILE)

    with lab.stage_response() as staged, lab.popup() as opened:
        lab.command("gallery-upload")
    assert staged.value.status == 201
    reply = staged.value.json()
    staging_id = reply["staging_id"]
    assert reply["link"] == reply["commit"] == staging_id
    assert lab.opened_urls() == [f"{lab.gallery}/?staged={staging_id}&tags=ci#STAGE"]

    form_page = opened.value
    form_page.wait_for_url(re.compile(rf"/upload/{staging_id}/"))
    expect(form_page.locator("[name=tags]")).to_have_value("ci")
    form_page.locator("[name=title]").fill("Weekly metrics")
    form_page.locator("[name=description]").fill("Counts, every Monday.")
    form_page.locator("[name=visibility][value=public]").check()
    form_page.locator("[name=agree]").check()
    form_page.get_by_role("button", name="Publish").click()
    form_page.wait_for_url(re.compile(rf"/notebooks/{staging_id}/$"))

    notebook = Notebook.objects.get(uuid=staging_id)
    assert (notebook.title, notebook.owner_user, notebook.public) == ("Weekly metrics", alice, True)
    assert notebook.commit_id == staging_id
    assert list(notebook.tags.values_list("name", flat=True)) == ["ci"]

    saved = lab.saved_gallery_metadata(FILE, lambda gallery: "link" in gallery)
    assert saved["link"] == saved["uuid"] == saved["commit"] == staging_id
