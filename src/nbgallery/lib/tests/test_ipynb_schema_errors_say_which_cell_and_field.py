import json

import pytest

from nbgallery.lib.ipynb import NotebookError, parse_notebook


def problems(nb: dict) -> tuple[str, ...]:
    with pytest.raises(NotebookError) as caught:
        parse_notebook(json.dumps(nb).encode(), 1024 * 1024)
    assert caught.value.code == "invalid"
    assert len(str(caught.value)) < 700
    return caught.value.problems


def notebook(*cells: dict, **metadata) -> dict:
    return {"cells": list(cells), "metadata": metadata, "nbformat": 4, "nbformat_minor": 4}


def code(source: object, **extra) -> dict:
    return {
        "cell_type": "code",
        "source": source,
        "metadata": {},
        "outputs": [],
        "execution_count": None,
        **extra,
    }


def test_a_wrong_type_names_the_field_and_both_types():
    assert problems(notebook(kernelspec="python3")) == (
        "field 'metadata.kernelspec' must be an object, not a string ('python3')",
    )


def test_a_missing_field_names_the_cell_by_number_type_and_first_line():
    nb = notebook(code("x = 1"), {"cell_type": "markdown", "metadata": {}})

    assert problems(nb) == ("cell 2 (markdown), field 'source' is missing",)


def test_an_unknown_output_type_lists_the_allowed_ones():
    output = {"output_type": "bad stream", "name": "stdout", "text": "hi"}

    assert problems(notebook(code("\n\nprint('hi')", outputs=[output]))) == (
        "cell 1 (code, starting \"print('hi')\"), output 1 has an unknown output type "
        "'bad stream' (allowed: execute_result, display_data, stream, error)",
    )


def test_an_unexpected_field_is_named():
    assert problems(notebook(code("x", colour="red"))) == (
        "cell 1 (code, starting 'x') has unexpected field 'colour'",
    )


def test_many_problems_are_cut_to_three_and_a_mention_of_more():
    nb = notebook(*[{"cell_type": "raw", "metadata": {}} for _ in range(10)])

    with pytest.raises(NotebookError) as caught:
        parse_notebook(json.dumps(nb).encode(), 1024 * 1024)

    assert len(caught.value.problems) == 3
    assert "and more" in str(caught.value)


def test_a_cell_without_a_cell_type_is_told_so():
    assert problems(notebook({"source": "x", "metadata": {}})) == (
        "cell 1 (starting 'x'), field 'cell_type' is missing",
    )


def test_a_cell_type_that_is_not_a_string_is_refused_not_crashed_on():
    cell = {"cell_type": ["code"], "source": "x", "metadata": {}}

    assert problems(notebook(cell)) == (
        "cell 1 (starting 'x'), field 'cell_type' must be a string, not a list",
    )


def test_a_source_of_the_wrong_shape_says_what_shapes_are_allowed():
    assert problems(notebook(code([1, 2]))) == (
        "cell 1 (code), field 'source' must be a string or a list of strings",
    )
