"""The G7 diff compares the cells' sources, Rails-style, and keeps both sides level."""

from nbgallery.lib.source_diff import diff_notebooks, diff_texts, text_for_diff


def notebook(*cells: tuple[str, str | list[str]]) -> dict:
    return {
        "cells": [{"cell_type": kind, "source": source, "metadata": {}} for kind, source in cells]
    }


def test_each_cell_is_its_type_then_its_source_indented_and_cells_are_separated_by_a_blank_line():
    text = text_for_diff(notebook(("markdown", "# Title\nWords"), ("code", ["x = 1\n", "y = 2"])))

    assert text == "markdown:\n  # Title\n  Words\n\ncode:\n  x = 1\n  y = 2"


def test_outputs_and_metadata_make_no_difference():
    before = notebook(("code", "x = 1"))
    after = notebook(("code", "x = 1"))
    after["cells"][0].update(outputs=[{"output_type": "stream", "text": "1"}], execution_count=3)
    after["metadata"] = {"gallery": {"commit": "other"}}

    result = diff_notebooks(before, after)

    assert result["different"] is False
    assert result["inline"] == '<div class="diff"></div>'


def test_a_replaced_line_is_deleted_then_inserted_inline():
    result = diff_texts("a\nb\nc", "a\nB\nc")

    lines = result["inline"].splitlines()[2:-2]
    assert [line.strip() for line in lines] == [
        '<li class="unchanged"><span>a</span></li>',
        '<li class="del"><del>b</del></li>',
        '<li class="ins"><ins>B</ins></li>',
        '<li class="unchanged"><span>c</span></li>',
    ]


def test_the_split_sides_are_padded_so_that_unchanged_lines_face_each_other():
    left, right = diff_texts("a\nold\nz", "a\nnew 1\nnew 2\nnew 3\nz")["split"]

    left_lines, right_lines = left.splitlines(), right.splitlines()
    assert len(left_lines) == len(right_lines)
    assert left_lines.index('    <li class="unchanged"><span>z</span></li>') == right_lines.index(
        '    <li class="unchanged"><span>z</span></li>'
    )
    assert left.count('<li class="del">') == 1 and "<ins>" not in left
    assert right.count('<li class="ins">') == 3 and "<del>" not in right


def test_blank_lines_keep_their_height():
    result = diff_texts("a", "a\n\nb")

    assert '<li class="ins"><ins> </ins></li>' in result["inline"]
