"""Very long lines and very long cells are compared whole but shown in part, with a note."""

from __future__ import annotations

from django.template.loader import render_to_string

from nbgallery.diffs import lines
from nbgallery.diffs.services import notebook_diff
from nbgallery.diffs.tests.helpers import nb


def test_a_long_line_is_cut_with_the_count_of_what_is_left_out():
    long_line = "data = '" + "x" * 200_000 + "'"
    edited = long_line[:150_000] + "CHANGED" + long_line[150_007:]

    diff = notebook_diff(nb(("code", long_line)), nb(("code", edited)))

    (row,) = diff.rows
    assert row.status == "changed"  # the difference past the cut is still found
    (line,) = row.lines
    assert line.kind == "replace"
    assert line.new.cut == len(edited) - lines.MAX_LINE_CHARS
    assert any("shown cut" in note for note in diff.notes)
    html = render_to_string("diffs/notebook_diff.html", {"diff": diff, "layout": "split"})
    assert len(html) < 20_000
    assert f"{len(edited) - lines.MAX_LINE_CHARS:,} more characters" in html


def test_a_huge_cell_shows_a_bounded_number_of_lines():
    source = "\n".join(f"row_{n} = {n}" for n in range(20_000))

    diff = notebook_diff(nb(), nb(("code", source)))

    (row,) = diff.rows
    assert row.status == "added"
    assert len(row.lines) == lines.MAX_LINES_PER_CELL + 1
    assert row.lines[-1].capped and row.lines[-1].skipped == 20_000 - lines.MAX_LINES_PER_CELL
    assert any("shown in part" in note for note in diff.notes)
