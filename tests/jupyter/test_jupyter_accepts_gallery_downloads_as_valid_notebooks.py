"""Jupyter accepts the gallery's downloads as valid notebooks (protocol §11, Tier B).

Real notebooks from the shared corpus, chosen by their MANIFEST properties: the
smallest of each of the five commonest kernel languages, the biggest one with
outputs and the biggest nbformat 3 one (which the upload upgrades). Each is
published (as trusted, so that it keeps its outputs), downloaded from the
gallery (G6), pushed into JupyterLab the way "Run in Jupyter" does, read
back through Jupyter's contents API, and checked with the nbformat of the
Jupyter venv, the one Jupyter itself uses.
"""

from __future__ import annotations

import csv
import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import publish_new_version
from tests.jupyter_support.jupyter_process import REPO, jupyter_venv

pytestmark = [pytest.mark.jupyter, pytest.mark.usefixtures("isolated_storage")]

CORPUS = REPO.parent / "shared" / "corpus"
LANGUAGES = 5
# Jupyter only ever sees JSON; this is the check its contents manager makes,
# done on the raw file so that nothing is repaired on the way.
VALIDATE = """
import json, sys, nbformat
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as file:
        nbformat.validate(json.load(file))
"""
# Reading adds this to every cell: it is Jupyter's trust bookkeeping, not content.
JUPYTER_CELL_KEYS = {"trusted"}


def corpus_rows() -> list[dict[str, str]]:
    manifest = CORPUS / "MANIFEST.tsv"
    assert manifest.exists(), f"The shared corpus is missing at {CORPUS}"
    with manifest.open(newline="", encoding="utf-8") as file:
        rows = [row for row in csv.DictReader(file, delimiter="\t")]
    limit = settings.NBGALLERY_MAX_NOTEBOOK_BYTES
    return [row for row in rows if row["validation"] == "valid" and int(row["bytes"]) <= limit]


def chosen_notebooks() -> list[dict[str, str]]:
    rows = corpus_rows()
    size = lambda row: (int(row["bytes"]), row["file"])  # noqa: E731
    counts = Counter(row["kernel_language"] for row in rows)
    counts.pop("unspecified", None)
    chosen = [
        min((row for row in rows if row["kernel_language"] == language), key=size)
        for language, _count in counts.most_common(LANGUAGES)
    ]
    chosen.append(max((row for row in rows if row["has_outputs"] == "yes"), key=size))
    chosen.append(max((row for row in rows if row["nbformat"].startswith("3")), key=size))
    unique = {row["file"]: row for row in chosen}
    return list(unique.values())


def label(row: dict[str, str]) -> str:
    return f"{row['kernel_language']}-nbformat{row['nbformat']}-{row['bytes']}B"


def publish_trusted(raw: bytes, title: str, owner: Any, admin: Any):
    """Publish ``raw`` and keep its outputs: an admin tags it trusted, then it is uploaded again."""
    stage = services.stage_upload(owner, raw, filename=f"{title}.ipynb")
    notebook, _created = services.publish_notebook(
        owner,
        stage,
        title=title,
        description="From the shared corpus.",
        tags="corpus",
        owner=owner,
        public=True,
        agreed=True,
    )
    services.change_details(
        admin,
        notebook,
        title=title,
        description=notebook.description,
        tags=["corpus", "trusted"],
        public=True,
    )
    publish_new_version(notebook, owner, raw=raw)
    notebook.refresh_from_db()
    return notebook


def joined(value: Any) -> Any:
    """A multi-line string as one string: nbformat stores either form."""
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "".join(value)
    return value


def comparable(cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cells with line lists joined and Jupyter's own per-cell keys left out."""
    result = []
    for cell in cells:
        cell = {**cell, "source": joined(cell["source"])}
        cell["metadata"] = {
            key: value for key, value in cell["metadata"].items() if key not in JUPYTER_CELL_KEYS
        }
        if "outputs" in cell:
            cell["outputs"] = [comparable_output(output) for output in cell["outputs"]]
        result.append(cell)
    return result


def comparable_output(output: dict[str, Any]) -> dict[str, Any]:
    output = dict(output)
    if "text" in output:
        output["text"] = joined(output["text"])
    if "data" in output:
        output["data"] = {
            mime: value if mime.endswith("json") else joined(value)
            for mime, value in output["data"].items()
        }
    return output


def validate_in_the_jupyter_venv(*paths: Path) -> None:
    python = jupyter_venv() / "bin" / "python"
    result = subprocess.run(
        [str(python), "-c", VALIDATE, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_choice_covers_languages_outputs_and_nbformat_3():
    chosen = chosen_notebooks()

    assert len({row["kernel_language"] for row in chosen}) >= LANGUAGES
    assert any(row["has_outputs"] == "yes" and int(row["bytes"]) > 1_000_000 for row in chosen)
    assert any(row["nbformat"].startswith("3") for row in chosen)


@pytest.mark.parametrize("row", chosen_notebooks(), ids=label)
def test_a_downloaded_corpus_notebook_is_a_valid_notebook_in_jupyter(
    row, alice, alice_client, admin_user, browser_session, jupyter_lab, tmp_path
):
    raw = (CORPUS / row["file"]).read_bytes()
    title = f"Corpus {row['kernel_language']} {Path(row['file']).stem}"
    notebook = publish_trusted(raw, title, alice, admin_user)

    response = alice_client.get(reverse("notebook_download", args=[notebook.uuid]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    downloaded = json.loads(response.content)
    assert downloaded["nbformat"] == 4
    assert downloaded["metadata"]["gallery"]["uuid"] == str(notebook.uuid)
    if row["has_outputs"] == "yes":
        assert any(cell.get("outputs") for cell in downloaded["cells"]), "outputs were lost"

    name = title[:220].replace("/", "\u2215") + ".ipynb"
    assert browser_session.get_contents(name).status == 404
    pushed = browser_session.push_notebook(name, downloaded)
    assert pushed.status == 201, pushed.body[:1000]

    read_back = browser_session.get_contents(name)
    assert read_back.status == 200
    model = read_back.json()
    assert model["type"] == "notebook" and model["format"] == "json"
    content = model["content"]
    assert content["metadata"]["gallery"] == downloaded["metadata"]["gallery"]
    assert comparable(content["cells"]) == comparable(downloaded["cells"])

    download_file = tmp_path / "download.ipynb"
    download_file.write_bytes(response.content)
    validate_in_the_jupyter_venv(download_file, jupyter_lab.root_dir / name)
