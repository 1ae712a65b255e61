"""Lab's "Save Changes to Gallery" ends in our new-version form, and the commits agree.

Alice edits her downloaded (linked) copy in Lab and runs ``gallery-save``. The
gallery has not changed since her download (``GET …/metadata`` answers her
``commit``), so Lab stages the notebook for it (``POST /stages?agree=yes&id=``)
and opens ``{gallery}/notebook/<uuid>/?staged=<id>#UPDATE``. That lands on our
new-version form; once it is saved, the notebook's ``commit_id`` is the staging
id, which is also the ``commit`` Lab wrote into its copy: the next save sees
no remote change (protocol §6.3).
"""

from __future__ import annotations

import re

import pytest

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Sales report.ipynb"
EDITED = "total = sum(range(100))\nprint('edited in Lab', total)"


def test_lab_save_uploads_a_new_version_through_our_form(lab, alice, publish):
    notebook = publish(
        alice, cells=[markdown_cell("# Sales"), code_cell("total = sum(range(10))\nprint(total)")]
    )
    lab.write_notebook(FILE, services.download_content(notebook, alice, lab.gallery))
    lab.open(alice)
    lab.open_notebook(FILE)
    lab.set_cell_source(1, EDITED)

    with lab.stage_response() as staged, lab.popup() as opened:
        lab.command("gallery-save")
    assert staged.value.status == 201
    assert f"id={notebook.uuid}" in staged.value.url
    reply = staged.value.json()
    staging_id = reply["staging_id"]
    assert reply["link"] == str(notebook.uuid)
    landing = f"{lab.gallery}/notebook/{notebook.uuid}/?staged={staging_id}#UPDATE"
    assert lab.opened_urls() == [landing]

    form_page = opened.value
    form_page.wait_for_url(re.compile(rf"/upload/{staging_id}/"))
    form_page.locator("[name=label]").fill("v2")
    form_page.locator("[name=summary]").fill("Sums to a hundred.")
    form_page.get_by_role("button", name="Save the new version").click()
    form_page.wait_for_url(re.compile(rf"/notebooks/{notebook.uuid}/$"))

    notebook.refresh_from_db()
    assert notebook.commit_id == staging_id
    latest = notebook.revisions.first()
    assert (latest.label, latest.summary, latest.user) == ("v2", "Sums to a hundred.", alice)
    sources = [cell["source"] for cell in services.read_content(notebook.content_sha256)["cells"]]
    assert sources == ["# Sales", EDITED]

    saved = lab.saved_gallery_metadata(FILE, lambda gallery: gallery.get("commit") == staging_id)
    assert saved["link"] == saved["uuid"] == str(notebook.uuid)
    assert saved["commit"] == notebook.commit_id
