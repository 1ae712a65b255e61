import pytest

from nbgallery.lib.ipynb import description_from_cells, title_from_filename


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("My_first_notebook.ipynb", "My first notebook"),
        ("  spaced__out_.IPYNB", "spaced out"),
        ("Sales: 2024/Q1\\draft.ipynb", "Sales꞉ 2024／Q1＼draft"),
        ("notes.ipynb.bak", "notes.ipynb.bak"),
        (".ipynb", "Untitled"),
        ("x" * 300 + ".ipynb", "x" * 255),
    ],
)
def test_the_title_comes_from_the_file_name(name, title):
    assert title_from_filename(name) == title


def markdown(source: str) -> dict:
    return {"cell_type": "markdown", "source": source, "metadata": {}}


def test_the_description_is_the_first_markdown_cell_with_twenty_characters():
    nb = {
        "cells": [
            markdown("# Short"),
            {"cell_type": "code", "source": "# a long comment in a code cell is not a description"},
            markdown("## Sales analysis\n\nThis notebook   looks at #1 products."),
        ]
    }

    assert description_from_cells(nb) == "Sales analysis This notebook looks at #1 products."


def test_a_long_description_is_cut_to_250_characters():
    nb = {"cells": [markdown("word " * 100)]}

    description = description_from_cells(nb)

    assert len(description) == 250
    assert description.endswith("…")


def test_no_markdown_text_gives_an_empty_description():
    assert description_from_cells({"cells": [markdown("# Hi")]}) == ""
