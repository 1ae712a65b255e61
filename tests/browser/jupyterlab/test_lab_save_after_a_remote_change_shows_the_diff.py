"""When the gallery's copy changed since Lab's, "Save" shows the change and the diff.

Alice downloaded her notebook; then Bob, with whom it is shared, saved a new
version. Alice's ``gallery-save`` asks ``GET …/metadata``, sees a ``commit_id``
that is not her ``commit`` and, instead of staging, shows "Remote Notebook Has
Changed". "View Diff" posts her copy to ``POST /notebooks/<uuid>/diff`` and shows
our diff (Bob's line removed, hers added, both as text). "Download and Replace
Local" then loads the gallery's version into Lab, still linked, at the
gallery's commit (protocol G5, G6, G7, §6.3).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Shared forecast.ipynb"
BOBS = "print('<b>Bob</b> changed the forecast')"
ALICES = "print('Alice changed it too')"


def test_lab_save_after_a_remote_change_shows_the_diff(lab, alice, bob, publish, new_version):
    cells = [markdown_cell("# Forecast"), code_cell("print('the forecast')")]
    notebook = publish(alice, title="Shared forecast", cells=cells)
    lab.write_notebook(FILE, services.download_content(notebook, alice, lab.gallery))
    services.share_notebook(alice, notebook, ["bob"])
    new_version(notebook, bob, cells=[markdown_cell("# Forecast"), code_cell(BOBS)])
    notebook.refresh_from_db()

    lab.open(alice)
    lab.open_notebook(FILE)
    lab.set_cell_source(1, ALICES)
    lab.command("gallery-save")

    changed = lab.dialog()
    expect(changed.locator(".jp-Dialog-header")).to_have_text("Remote Notebook Has Changed")
    with lab.gallery_response("POST", f"/notebooks/{notebook.uuid}/diff") as diffed:
        lab.press_dialog_button("View Diff")
    assert diffed.value.status == 200
    assert diffed.value.json()["different"] is True

    diff = lab.dialog()
    expect(diff.locator(".jp-Dialog-header")).to_have_text("Remote Notebook Has Changed")
    # Bob's source is shown as text (escaped), gone on Alice's side; hers is new.
    expect(diff.locator(".diff li.del")).to_contain_text(BOBS)
    expect(diff.locator(".diff li.ins")).to_contain_text(ALICES)
    assert diff.locator(".diff b").count() == 0
    assert not Stage.objects.filter(user=alice).exists(), "a changed remote must not be staged"

    lab.press_dialog_button("Download and Replace Local")
    saved = lab.saved_gallery_metadata(
        FILE, lambda gallery: gallery.get("commit") == notebook.commit_id
    )
    assert saved["link"] == saved["uuid"] == str(notebook.uuid)
    assert lab.cell_sources(FILE) == ["# Forecast", BOBS]
