"""A reader's "Submit Change Request" from Lab lands on our hand-off page; the upload is kept.

Charlie may read Alice's public notebook but not change it, so the copy he
downloaded is a ``clone``. His ``gallery-changereq`` stages it for the notebook:
the reply names it as ``clone`` (not ``link``), Lab keeps his copy a clone, and
the page it opens, ``{gallery}/notebook/<uuid>/?staged=<id>#CHANGE_REQ``, leads
to our change-request page, where his upload stays available to him. The
notebook itself is untouched (protocol G4, §4, §6.2).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Stage

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Proposed change.ipynb"


def test_lab_change_request_hands_off_to_our_page_and_keeps_the_upload(
    lab, alice, charlie, publish
):
    notebook = publish(alice, title="Team handbook", public=True)
    commit_before = notebook.commit_id
    lab.write_notebook(FILE, services.download_content(notebook, charlie, lab.gallery))
    assert "clone" in lab.gallery_metadata(FILE) and "link" not in lab.gallery_metadata(FILE)

    lab.open(charlie)
    lab.open_notebook(FILE)
    lab.set_cell_source(1, "print('a better handbook')")
    with lab.stage_response() as staged, lab.popup() as opened:
        lab.command("gallery-changereq")
    assert staged.value.status == 201
    reply = staged.value.json()
    staging_id = reply["staging_id"]
    assert reply["clone"] == str(notebook.uuid)
    assert "link" not in reply
    assert lab.opened_urls() == [
        f"{lab.gallery}/notebook/{notebook.uuid}/?staged={staging_id}#CHANGE_REQ"
    ]

    hand_off = opened.value
    hand_off.wait_for_url(re.compile(rf"/upload/{staging_id}/change-request/"))
    expect(hand_off.get_by_role("link", name=notebook.title, exact=True)).to_be_visible()
    download = hand_off.locator(f"a[href='/upload/{staging_id}/download']")
    expect(download).to_be_visible()

    stage = Stage.objects.get(uuid=staging_id)
    assert (stage.user, stage.notebook) == (charlie, notebook)
    notebook.refresh_from_db()
    assert notebook.commit_id == commit_before

    saved = lab.saved_gallery_metadata(FILE, lambda gallery: gallery.get("commit") == staging_id)
    assert saved["clone"] == saved["uuid"] == str(notebook.uuid)
    assert "link" not in saved
