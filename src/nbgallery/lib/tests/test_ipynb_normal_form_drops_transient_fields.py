import json

from nbgallery.lib.ipynb import parse_notebook


def test_split_texts_are_joined_transient_fields_dropped_and_json_data_kept():
    output = {
        "output_type": "display_data",
        "metadata": {},
        "data": {"text/plain": ["a\n", "b"], "application/vnd.custom+json": ["kept", "as list"]},
    }
    stream = {"output_type": "stream", "name": "stdout", "text": ["1\n", "2\n"]}
    cell = {
        "id": "c",
        "cell_type": "code",
        "source": ["x\n", "y"],
        "execution_count": 1,
        "metadata": {"trusted": True, "tags": []},
        "outputs": [output, stream],
    }
    raw = json.dumps(
        {
            "nbformat": 4,
            "nbformat_minor": 5,
            "cells": [cell],
            "metadata": {"orig_nbformat": 3, "signature": "sha256:x"},
        }
    ).encode()

    nb = parse_notebook(raw, 1024 * 1024)

    (parsed,) = nb["cells"]
    assert parsed["source"] == "x\ny"
    assert parsed["metadata"] == {"tags": []}
    assert parsed["outputs"][0]["data"] == {
        "text/plain": "a\nb",
        "application/vnd.custom+json": ["kept", "as list"],
    }
    assert parsed["outputs"][1]["text"] == "1\n2\n"
    assert nb["metadata"] == {}
