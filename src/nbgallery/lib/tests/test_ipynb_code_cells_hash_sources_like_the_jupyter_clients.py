import hashlib

from nbgallery.lib.ipynb import code_cells


def test_each_non_blank_code_cell_is_listed_with_its_index_among_all_cells():
    nb = {
        "cells": [
            {"cell_type": "markdown", "source": "# Title"},
            {"cell_type": "code", "source": "x = 1"},
            {"cell_type": "code", "source": "  \n"},
            {"cell_type": "code", "source": "print('héllo ünïcode')"},
        ]
    }

    assert [(index, source) for index, _, source in code_cells(nb)] == [
        (1, "x = 1"),
        (3, "print('héllo ünïcode')"),
    ]


def test_the_md5_is_the_one_the_instrumentation_sends(accepted):
    for entry in accepted:
        for index, digest, source in code_cells(entry.nb):
            assert entry.nb["cells"][index]["source"] == source
            assert digest == hashlib.md5(source.encode()).hexdigest()  # noqa: S324
