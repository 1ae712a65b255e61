"""Lab downloads the user's starred and recently executed notebooks into two folders.

With autodownload on and no ``Starred`` or ``Recently Executed`` folder yet,
loading Lab asks ``GET /notebooks/stars`` and ``GET /notebooks/recently_executed``
and saves each listed notebook, fetched with ``GET /notebooks/<uuid>/download``,
as ``<folder>/<title>.ipynb``. The files are valid notebooks that carry their
gallery metadata, and every download was answered as a file, not as JSON
(the Lab client saves nothing otherwise; protocol G6, G9, §2.6).
"""

from __future__ import annotations

import nbformat
import pytest
from django.utils import timezone

from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.notebooks.models import Star

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

STARRED_TITLE = "Ventes de l'été"
RECENT_TITLE = "Nightly checks"


def test_lab_autodownloads_starred_and_recently_executed_notebooks(lab, alice, bob, publish):
    starred = publish(bob, title=STARRED_TITLE, public=True)
    Star.objects.create(user=alice, notebook=starred)
    recent = publish(alice, title=RECENT_TITLE)
    ExecutionHistory.objects.create(
        user=alice, notebook=recent, day=timezone.localdate(), known_cell=1
    )
    lab.forget_autodownloads()

    lab.open(alice)
    expected = {
        f"Starred/{STARRED_TITLE}.ipynb": starred,
        f"Recently Executed/{RECENT_TITLE}.ipynb": recent,
    }
    for name, notebook in expected.items():
        lab.wait_until(lambda name=name: lab.gallery_metadata(name), f"Lab saved {name}")
        content = nbformat.reads((lab.root / name).read_text(encoding="utf-8"), as_version=4)
        nbformat.validate(content)
        assert content.metadata.gallery.uuid == str(notebook.uuid)
        downloads = lab.watch.gallery_responses(f"/notebooks/{notebook.uuid}/download?")
        assert downloads, f"{name} was not downloaded from the gallery"
        for download in downloads:
            assert "clickstream=false" in download.url
            assert "json" not in download.headers["content-type"]
    # Bob's notebook is only readable by Alice: her copy proposes changes, it cannot save.
    assert "clone" in lab.gallery_metadata(f"Starred/{STARRED_TITLE}.ipynb")
