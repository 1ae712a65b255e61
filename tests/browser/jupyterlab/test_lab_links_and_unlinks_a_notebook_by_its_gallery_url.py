"""Lab's "Link to Notebook in Gallery" accepts our notebook URLs; "Unlink" forgets the link.

The user pastes a gallery URL; Lab asks ``GET <url>/uuid`` and then
``GET /notebooks/<uuid>/metadata`` and writes ``{uuid, git_commit_id: <commit_id>,
gallery_url}`` into the notebook (the Lab client's own shape: no ``link``, no
``commit``). Both the original gallery's ``/notebooks/<id>-<title>`` form and the
``/nb/<uuid>`` URL that Lab's own "Open in the Gallery" shows work (protocol
G8, §6.2). Unlinking leaves ``{}``.
"""

from __future__ import annotations

import pytest

from nbgallery.notebooks.tests.conftest import notebook_bytes

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Local analysis.ipynb"


def link(lab, url: str) -> None:
    lab.command("gallery-link")
    lab.dialog().locator("input").fill(url)
    with lab.gallery_response("GET", f"{url.removeprefix(lab.gallery)}/uuid?") as found:
        lab.dialog().locator(".jp-mod-accept").click()
    assert found.value.status == 200


def test_lab_links_and_unlinks_a_notebook_by_its_gallery_url(lab, alice, publish):
    notebook = publish(alice, title="Team handbook")
    expected = {
        "uuid": str(notebook.uuid),
        "git_commit_id": notebook.commit_id,
        "gallery_url": lab.gallery,
    }
    lab.write_notebook(FILE, notebook_bytes())
    lab.open(alice)
    lab.open_notebook(FILE)

    link(lab, f"{lab.gallery}/notebooks/{notebook.pk}-team-handbook")
    assert lab.saved_gallery_metadata(FILE, bool) == expected

    lab.command("gallery-unlink")
    lab.dialog().locator(".jp-mod-accept").click()
    assert lab.saved_gallery_metadata(FILE, lambda gallery: gallery == {}) == {}

    link(lab, f"{lab.gallery}/nb/{notebook.uuid}")
    assert lab.saved_gallery_metadata(FILE, bool) == expected
