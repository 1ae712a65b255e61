"""Inside a changed cell, lines are equal, deleted, inserted or replaced, with the
changed characters of a replaced line marked and far-away unchanged lines folded."""

from __future__ import annotations

from nbgallery.diffs.services import notebook_diff
from nbgallery.diffs.tests.helpers import nb


def text(side) -> str:
    return "".join(segment.text for segment in side.segments)


def marked(side) -> list[str]:
    return [segment.text for segment in side.segments if segment.changed]


def test_lines_are_replaced_inserted_and_deleted_with_numbers():
    old = nb(("code", "a = 1\nb = 2\nc = 3\nd = 4"))
    new = nb(("code", "a = 1\nb = 20\nd = 4\ne = 5"))

    (row,) = notebook_diff(old, new).rows
    assert row.status == "changed"
    kinds = [
        (line.kind, line.old and line.old.number, line.new and line.new.number)
        for line in row.lines
    ]
    assert kinds == [
        ("equal", 1, 1),
        ("replace", 2, 2),
        ("delete", 3, None),
        ("equal", 4, 3),
        ("insert", None, 4),
    ]
    replaced = row.lines[1]
    assert (text(replaced.old), text(replaced.new)) == ("b = 2", "b = 20")
    assert marked(replaced.old) == [] and marked(replaced.new) == ["0"]


def test_unchanged_lines_far_from_a_change_are_folded_with_a_count():
    before = [f"line_{n} = {n}" for n in range(1, 31)]
    after = list(before)
    after[14] = "line_15 = 'changed'"

    (row,) = notebook_diff(nb(("code", "\n".join(before))), nb(("code", "\n".join(after)))).rows

    assert row.lines[0].kind == "skip" and row.lines[0].skipped == 11
    assert row.lines[-1].kind == "skip" and row.lines[-1].skipped == 12
    shown = [line for line in row.lines if line.kind != "skip"]
    assert len(shown) == 7  # three lines of context either side of the change


def test_only_a_final_newline_changed_is_said_so():
    (row,) = notebook_diff(nb(("code", "x = 1\n")), nb(("code", "x = 1"))).rows

    assert row.status == "changed" and row.empty
    assert "final newline" in row.note


def test_inline_rows_list_a_run_of_removed_lines_before_the_added_ones():
    old = nb(("code", "first = 1\nsecond = 2\nkept = 3"))
    new = nb(("code", "first = 10\nsecond = 20\nkept = 3"))

    (row,) = notebook_diff(old, new).rows

    rows = [(line.kind, text(line.old or line.new)) for line in row.inline_lines]
    assert rows == [
        ("delete", "first = 1"),
        ("delete", "second = 2"),
        ("insert", "first = 10"),
        ("insert", "second = 20"),
        ("equal", "kept = 3"),
    ]
