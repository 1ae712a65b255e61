"""Lab's "Upload as a New Notebook (Fork)" publishes a copy that records where it came from.

``gallery-fork`` on Alice's linked copy replaces its gallery metadata with
``{parent_uuid: <original>}`` and uploads it as a new notebook: the landing
URL carries ``parent_uuid``, our form keeps it, and the published fork names
the original as its parent while the original is untouched (protocol §4, §6.2).
"""

from __future__ import annotations

import re

import pytest

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Sales report fork.ipynb"


def test_lab_fork_publishes_a_new_notebook_that_names_its_parent(lab, alice, publish):
    original = publish(alice, title="Sales report")
    commit_before = original.commit_id
    lab.write_notebook(FILE, services.download_content(original, alice, lab.gallery))
    lab.open(alice)
    lab.open_notebook(FILE)

    with lab.stage_response() as staged, lab.popup() as opened:
        lab.command("gallery-fork")
    assert staged.value.status == 201
    assert "id=" not in staged.value.url, "a fork is a new upload"
    staging_id = staged.value.json()["staging_id"]
    landing = f"{lab.gallery}/?staged={staging_id}&parent_uuid={original.uuid}#STAGE"
    assert lab.opened_urls() == [landing]

    form_page = opened.value
    form_page.wait_for_url(re.compile(rf"/upload/{staging_id}/"))
    form_page.locator("[name=title]").fill("Sales report, by region")
    form_page.locator("[name=agree]").check()
    form_page.get_by_role("button", name="Publish").click()
    form_page.wait_for_url(re.compile(rf"/notebooks/{staging_id}/$"))

    fork = Notebook.objects.get(uuid=staging_id)
    assert fork.parent_uuid == original.uuid
    assert fork.title == "Sales report, by region"
    original.refresh_from_db()
    assert original.commit_id == commit_before

    saved = lab.saved_gallery_metadata(FILE, lambda gallery: gallery.get("link") == staging_id)
    assert saved["parent_uuid"] == str(original.uuid)
    assert saved["uuid"] == saved["commit"] == staging_id
