import copy

from nbformat.validator import iter_validate

from nbgallery.lib.ipynb import strip_outputs

ATTACHMENT = {"image.png": {"image/png": "iVBORw0KGgo="}}


def handmade() -> dict:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}},
            "gallery": {"uuid": "u", "link": "u", "commit": "c", "git_commit_id": "g"},
        },
        "cells": [
            {
                "id": "m",
                "cell_type": "markdown",
                "source": "![x](attachment:image.png)",
                "metadata": {},
                "attachments": ATTACHMENT,
            },
            {
                "id": "c",
                "cell_type": "code",
                "source": "print(1)",
                "execution_count": 3,
                "metadata": {
                    "ExecuteTime": {"end_time": "2020"},
                    "tags": ["keep"],
                    "execution": {"iopub.status.idle": "2020-01-01T00:00:00Z"},
                },
                "outputs": [{"output_type": "stream", "name": "stdout", "text": "1\n"}],
            },
            {"id": "r", "cell_type": "raw", "source": "raw text", "metadata": {}},
        ],
    }


def test_outputs_counts_timing_widgets_and_gallery_metadata_are_removed():
    stripped = strip_outputs(handmade())

    code = stripped["cells"][1]
    assert code["outputs"] == []
    assert code["execution_count"] is None
    assert code["metadata"] == {"tags": ["keep"]}
    assert stripped["metadata"] == {"kernelspec": handmade()["metadata"]["kernelspec"]}


def test_sources_and_markdown_attachments_are_kept():
    stripped = strip_outputs(handmade())

    assert [cell["source"] for cell in stripped["cells"]] == [
        cell["source"] for cell in handmade()["cells"]
    ]
    assert stripped["cells"][0]["attachments"] == ATTACHMENT
    assert "outputs" not in stripped["cells"][0]


def test_the_input_notebook_is_not_changed():
    original = handmade()
    before = copy.deepcopy(original)

    strip_outputs(original)

    assert original == before


def test_every_corpus_notebook_stripped_is_still_valid_and_has_no_outputs(accepted):
    for entry in accepted:
        stripped = strip_outputs(entry.nb)
        for cell in stripped["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, entry.name
            assert not {"ExecuteTime", "execution"} & cell["metadata"].keys(), entry.name
        assert not {"widgets", "gallery"} & stripped["metadata"].keys(), entry.name
        assert [c.get("source") for c in stripped["cells"]] == [
            c.get("source") for c in entry.nb["cells"]
        ]
        assert next(iter_validate(stripped), None) is None, entry.name
