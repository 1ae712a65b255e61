import json

from nbgallery.lib.ipynb import parse_notebook_with_repairs, serialize


def upload(*ids, minor: int = 5):
    cells = []
    for number, cell_id in enumerate(ids):
        cell = {"cell_type": "markdown", "source": f"cell {number}", "metadata": {}}
        if cell_id is not None:
            cell["id"] = cell_id
        cells.append(cell)
    nb = {"nbformat": 4, "nbformat_minor": minor, "metadata": {}, "cells": cells}
    return parse_notebook_with_repairs(json.dumps(nb).encode(), 1024 * 1024)


def ids(nb: dict) -> list:
    return [cell.get("id") for cell in nb["cells"]]


def test_missing_duplicated_and_malformed_ids_are_replaced_and_reported():
    nb, repairs = upload("a", None, "a", "$bad id", "b")

    assert ids(nb)[0] == "a" and ids(nb)[4] == "b"
    assert len(set(ids(nb))) == 5
    assert repairs == [
        "Gave cell 2 a new id (the id was missing).",
        "Gave cell 3 a new id (the id was duplicated).",
        "Gave cell 4 a new id (the id was not valid).",
    ]


def test_the_same_upload_always_gets_the_same_ids():
    first, _ = upload(None, None, "x", "x")
    second, _ = upload(None, None, "x", "x")

    assert serialize(first) == serialize(second)


def test_notebooks_before_4_5_get_no_ids():
    nb, repairs = upload(None, None, minor=4)

    assert ids(nb) == [None, None]
    assert repairs == []
