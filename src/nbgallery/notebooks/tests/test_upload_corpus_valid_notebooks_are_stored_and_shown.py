"""Every valid notebook of the shared corpus uploads, publishes and shows on its page.

One test walks the whole corpus (391 notebooks): one database and one file
store for all of them keeps it to well under a minute. Half go through the
web form and half through ``POST /stages`` the way Jupyter sends them.
"""

import csv
import hashlib
import json

import pytest
from django.urls import reverse

from nbgallery.notebooks import render_cache, services
from nbgallery.notebooks.models import Notebook, Revision, Stage
from nbgallery.notebooks.tests.upload_support import (
    CORPUS,
    stage_raw,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def corpus_files(validation: str) -> list[str]:
    assert (CORPUS / "MANIFEST.tsv").exists(), f"The shared corpus is missing at {CORPUS}"
    with open(CORPUS / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        rows = csv.DictReader(manifest, delimiter="\t")
        return [row["file"] for row in rows if row["validation"] == validation]


def cell_count(document: dict) -> int:
    if "worksheets" in document:  # nbformat 3, upgraded on upload
        return sum(len(sheet.get("cells", [])) for sheet in document["worksheets"])
    return len(document["cells"])


def expected_code_cells(content: dict) -> list[tuple[int, str]]:
    """Non-blank code cells and the md5 of their source, worked out here independently."""
    return [
        (index, hashlib.md5(cell["source"].encode(), usedforsecurity=False).hexdigest())
        for index, cell in enumerate(content["cells"])
        if cell["cell_type"] == "code" and cell["source"].strip()
    ]


def test_every_valid_corpus_notebook_is_stored_with_its_code_cells_and_its_page_renders(
    alice, alice_client
):
    files = corpus_files("valid")
    assert len(files) == 391
    for number, name in enumerate(files):
        raw = (CORPUS / name).read_bytes()
        filename = name.rsplit("/", 1)[-1]
        if number % 2:
            step1 = stage_raw(alice_client, raw)
        else:
            step1 = upload_file(alice_client, raw, name=filename)
        assert step1.status_code in (201, 302), (name, step1.content[:300])
        stage_uuid = staged_uuid(step1)

        form = alice_client.get(reverse("upload_finish", args=[stage_uuid]))
        assert form.status_code == 200, name
        initial = form.context["form"].initial
        title = f"{number:03d} {initial.get('title', 'from Jupyter')}"[:255]
        step2 = alice_client.post(
            reverse("upload_finish", args=[stage_uuid]),
            {
                "title": title,
                "description": initial.get("description", ""),
                "tags": "corpus",
                "owner": "user",
                "visibility": "public",
                "agree": "on",
            },
        )
        assert step2.status_code == 302, (name, step2.content[:1000])

        notebook = Notebook.objects.get(uuid=stage_uuid)
        assert step2["Location"] == reverse("notebook_detail", args=[notebook.uuid])
        assert notebook.commit_id == str(stage_uuid) and notebook.owner_user == alice
        stored = services.read_content(notebook.content_sha256)
        assert stored["nbformat"] == 4, name
        assert len(stored["cells"]) == cell_count(json.loads(raw)), name
        assert all(c.get("outputs", []) == [] for c in stored["cells"]), name
        revision = notebook.revisions.get()
        assert revision.revtype == Revision.CREATE, name
        cells = list(revision.code_cells.values_list("cell_index", "md5"))
        assert cells == expected_code_cells(stored), name

        page = alice_client.get(reverse("notebook_detail", args=[notebook.uuid]))
        assert page.status_code == 200, name
        assert render_cache.UNAVAILABLE not in page.text, name
    assert Notebook.objects.count() == 391 and not Stage.objects.exists()
