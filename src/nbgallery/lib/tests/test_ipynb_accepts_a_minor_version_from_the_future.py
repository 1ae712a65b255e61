import json

import pytest

from nbgallery.lib.ipynb import NotebookError, parse_notebook

FUTURE_CELL = {"id": "f", "cell_type": "future cell", "metadata": {}, "key": "value"}


def upload(minor: int) -> dict:
    nb = {"nbformat": 4, "nbformat_minor": minor, "metadata": {}, "cells": [FUTURE_CELL]}
    return parse_notebook(json.dumps(nb).encode(), 1024 * 1024)


def test_a_future_minor_version_is_checked_leniently_and_kept():
    nb = upload(99)

    assert nb["nbformat_minor"] == 99
    assert nb["cells"] == [FUTURE_CELL]


def test_the_current_minor_version_is_checked_strictly():
    with pytest.raises(NotebookError) as caught:
        upload(5)

    assert "unknown cell type 'future cell'" in str(caught.value)


def test_the_corpus_4_99_notebook_is_accepted(accepted):
    (future,) = [entry for entry in accepted if entry.row["nbformat"] == "4.99"]

    assert future.nb["nbformat_minor"] == 99
    assert future.repairs == []
