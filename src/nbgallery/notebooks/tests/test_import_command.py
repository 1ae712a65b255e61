"""`nbgallery import` publishes files and folders and lists what it refused."""

import io
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nbgallery.notebooks.models import Notebook

CORPUS = Path(__file__).resolve().parents[5] / "shared" / "corpus"


def notebook_json(*cells):
    return json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "metadata": {
                "kernelspec": {"name": "python3", "language": "python", "display_name": "Py"}
            },
            "cells": list(cells),
        }
    )


def markdown(text, cell_id="m"):
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": text}


def run_import(*args):
    out = io.StringIO()
    call_command("import", *map(str, args), stdout=out)
    return out.getvalue()


def test_a_folder_is_imported_with_titles_from_file_names_and_a_table_of_refusals(tmp_path, alice):
    folder = tmp_path / "notebooks"
    (folder / "sub").mkdir(parents=True)
    (folder / "sales_report.ipynb").write_text(
        notebook_json(markdown("# Sales\n\nMonthly sales figures for the whole region."))
    )
    (folder / "sub" / "cleaning.ipynb").write_text(notebook_json())
    (folder / "broken.ipynb").write_text("{not json")
    (folder / "empty.ipynb").write_text("")

    output = run_import(folder, "--owner", "alice", "--public")

    report = Notebook.objects.get(title="sales report")
    assert report.owner_user == alice and report.public
    assert report.description == "Sales Monthly sales figures for the whole region."
    assert Notebook.objects.filter(title="cleaning").exists()
    assert "Imported 2 notebook(s); rejected 2." in output
    assert "broken.ipynb" in output and "JSON" in output
    assert "empty.ipynb" in output and "empty" in output


def test_an_unknown_owner_stops_the_import_with_a_message(tmp_path, db):
    (tmp_path / "a.ipynb").write_text(notebook_json())

    with pytest.raises(CommandError, match="No user named 'nobody'"):
        run_import(tmp_path, "--owner", "nobody")


def test_corpus_notebooks_import_and_invalid_ones_are_listed(tmp_path, alice):
    rows = [line.split("\t") for line in (CORPUS / "MANIFEST.tsv").read_text().splitlines()[1:]]
    valid = sorted((r for r in rows if r[9] == "valid"), key=lambda r: int(r[5]))[:30]
    invalid = [r for r in rows if r[9] == "schema-invalid"]
    for row in valid + invalid:
        shutil.copyfile(CORPUS / row[0], tmp_path / row[0].replace("/", "__"))

    output = run_import(tmp_path, "--owner", "alice")

    imported = Notebook.objects.count()
    assert imported >= len(valid)
    refused = len(valid) + len(invalid) - imported
    assert f"Imported {imported} notebook(s); rejected {refused}." in output
    for row in valid:
        assert row[0].replace("/", "__") not in output  # no valid file is refused
