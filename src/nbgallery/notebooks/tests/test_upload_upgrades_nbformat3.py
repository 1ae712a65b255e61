"""An nbformat 3 notebook is upgraded to nbformat 4 when it is uploaded."""

import json

import pytest

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.upload_support import (
    published,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

V3 = json.dumps(
    {
        "nbformat": 3,
        "nbformat_minor": 0,
        "metadata": {"name": "old"},
        "worksheets": [
            {
                "cells": [
                    {"cell_type": "heading", "level": 1, "metadata": {}, "source": "Old notebook"},
                    {
                        "cell_type": "code",
                        "language": "python",
                        "input": "print('hi')",
                        "metadata": {},
                        "outputs": [{"output_type": "stream", "stream": "stdout", "text": "hi\n"}],
                        "prompt_number": 1,
                        "collapsed": False,
                    },
                ],
                "metadata": {},
            }
        ],
    }
).encode()


def test_an_nbformat3_notebook_is_stored_as_nbformat4_without_outputs(alice_client):
    notebook = published(alice_client, V3, title="Old notebook")

    content = services.read_content(notebook.content_sha256)
    assert (content["nbformat"], content["nbformat_minor"]) >= (4, 5)
    assert [cell["cell_type"] for cell in content["cells"]] == ["markdown", "code"]
    assert content["cells"][0]["source"] == "# Old notebook"
    assert content["cells"][1]["source"] == "print('hi')"
    assert content["cells"][1]["outputs"] == []
    assert notebook.lang == "python"
    assert notebook.revisions.get().code_cells.count() == 1
