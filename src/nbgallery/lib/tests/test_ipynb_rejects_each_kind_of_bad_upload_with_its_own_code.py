import json

import pytest

from nbgallery.lib.ipynb import NotebookError, parse_notebook

LIMIT = 1024 * 1024
NOTEBOOK = {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def refusal(raw: bytes, max_bytes: int = LIMIT) -> NotebookError:
    with pytest.raises(NotebookError) as caught:
        parse_notebook(raw, max_bytes)
    return caught.value


@pytest.mark.parametrize("raw", [b"", b"  \n\t ", b"\xef\xbb\xbf\n"])
def test_an_empty_upload_is_refused_as_empty(raw):
    error = refusal(raw)

    assert error.code == "empty"
    assert "empty" in str(error)


def test_a_large_upload_is_refused_before_parsing_and_told_to_clear_outputs():
    raw = b"{" + b" " * LIMIT  # not JSON either: size is checked first

    error = refusal(raw)

    assert error.code == "too_large"
    assert "1 MiB limit" in str(error)
    assert "Clear all outputs" in str(error)


def test_the_size_limit_is_measured_on_the_raw_upload():
    raw = json.dumps(NOTEBOOK).encode()

    assert parse_notebook(raw, len(raw))["nbformat"] == 4
    assert refusal(raw, len(raw) - 1).code == "too_large"


def test_whitespace_only_is_empty_even_when_over_the_limit():
    assert refusal(b" " * 100, max_bytes=10).code == "empty"


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b'{\n "cells": [],\n "nbformat": 4,,\n}', "line 3, column 16"),
        (b'{"cells": ["unterminated', "line 1, column 12"),
        (b'{\n "x": "\xff"}', "line 2"),
        (b'{\n "x": [1,\n  NaN]}', "line 3, column 3"),
        (b'{"s": "NaN", "x": -Infinity}', "line 1, column 19"),
        (b'{"x": 1e999}', "line 1, column 7"),
        (b'{\n "x": "\\ud83d"}', "line 2, column 8"),
        (b'{"x": "ok \\ud83d\\ude00", "y": "\\ude00"}', "line 1, column 32"),
    ],
)
def test_text_that_is_not_json_is_refused_saying_where(raw, where):
    error = refusal(raw)

    assert error.code == "not_json"
    assert where in str(error)


def test_utf16_text_is_refused_with_a_hint_to_save_as_utf8():
    error = refusal(json.dumps(NOTEBOOK).encode("utf-16"))

    assert error.code == "not_json"
    assert "UTF-8" in str(error)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ([], "its top level is a list"),
        ({"hello": "world"}, "no 'nbformat'"),
        ({"nbformat": 4, "nbformat_minor": 5, "metadata": {}}, "no 'cells'"),
        ({"nbformat": 3, "nbformat_minor": 0, "metadata": {}}, "no 'worksheets'"),
    ],
)
def test_json_that_is_not_a_notebook_is_refused_as_not_notebook(value, says):
    error = refusal(json.dumps(value).encode())

    assert error.code == "not_notebook"
    assert says in str(error)


@pytest.mark.parametrize(("version", "says"), [(5, "nbformat 5"), ("4", "'4'"), (0, "0")])
def test_a_version_nbformat_cannot_read_is_refused_as_unsupported(version, says):
    error = refusal(json.dumps({**NOTEBOOK, "nbformat": version}).encode())

    assert error.code == "unsupported_version"
    assert says in str(error)


def test_a_schema_invalid_notebook_is_refused_as_invalid():
    cell = {"cell_type": "markdown", "metadata": {}}
    error = refusal(json.dumps({**NOTEBOOK, "cells": [cell]}).encode())

    assert error.code == "invalid"
    assert error.problems == ("cell 1 (markdown), field 'source' is missing",)


def test_json_nested_too_deeply_is_refused_as_not_json():
    error = refusal(b"[" * 100_000 + b"]" * 100_000, max_bytes=10 * LIMIT)

    assert error.code == "not_json"
    assert "nested too deeply" in str(error)
