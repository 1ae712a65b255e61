"""Line-level changes inside one cell, ready for the templates to show.

difflib on the cell's source lines gives equal, deleted, inserted and replaced
runs; a replaced line paired with its counterpart gets its changed characters
marked too (for lines short enough that this stays cheap). Every bound here
is about keeping a huge or hostile notebook quick to diff and readable:

* a line longer than ``MAX_LINE_CHARS`` is shown cut, with the number of
  characters left out (the whole line is still compared);
* a cell shows at most ``MAX_LINES_PER_CELL`` lines; the rest are counted;
* unchanged lines further than ``CONTEXT`` lines from a change are folded
  into one "N unchanged lines" row.

``Side.html`` escapes every piece of notebook text it puts in the page.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_LINE_CHARS = 1_000
MAX_LINES_PER_CELL = 400
CONTEXT = 3
# Character-level marks only for lines this short, and only this many per diff.
INTRALINE_MAX_CHARS = 400
INTRALINE_BUDGET = 500

EQUAL, DELETE, INSERT, REPLACE, SKIP = "equal", "delete", "insert", "replace", "skip"


@dataclass(frozen=True)
class Segment:
    """A piece of a line; ``changed`` marks the characters that differ."""

    text: str
    changed: bool = False


@dataclass
class Side:
    """One side (old or new) of a line: its number in the cell and its text."""

    number: int
    segments: list[Segment]
    cut: int = 0  # characters not shown

    @property
    def html(self) -> SafeString:
        """The text, every segment escaped, changed ones in ``<mark>``, and any cut noted.

        Built here rather than by a template include per line: a big diff has
        thousands of lines, and an include costs more than the line itself.
        """
        parts = [
            f"<mark>{escape(part.text)}</mark>" if part.changed else escape(part.text)
            for part in self.segments
        ]
        if self.cut:
            plural = "" if self.cut == 1 else "s"
            parts.append(f'<span class="nbdiff-cut"> … {self.cut:,} more character{plural}</span>')
        return mark_safe("".join(parts))  # noqa: S308 (every piece of text escaped above)


@dataclass
class Line:
    """A row of a cell's diff: ``kind`` is equal, delete, insert, replace or skip."""

    kind: str
    old: Side | None = None
    new: Side | None = None
    skipped: int = 0  # for "skip": how many lines are folded away
    capped: bool = False  # a "skip" of lines left out for length, not unchanged ones


@dataclass
class Budget:
    """What is left of the per-diff allowance for character-level marks."""

    intraline: int = INTRALINE_BUDGET
    cut_lines: int = 0
    capped_cells: int = 0


def side(number: int, text: str, budget: Budget, segments: list[Segment] | None = None) -> Side:
    if len(text) <= MAX_LINE_CHARS:
        return Side(number, segments or [Segment(text)])
    budget.cut_lines += 1
    # Marks computed on a line this long would not be shown anyway (see intraline).
    return Side(number, [Segment(text[:MAX_LINE_CHARS])], cut=len(text) - MAX_LINE_CHARS)


def intraline(old: str, new: str, budget: Budget) -> tuple[list[Segment], list[Segment]] | None:
    """The changed characters of two versions of a line, or None when not worth it."""
    if budget.intraline <= 0 or max(len(old), len(new)) > INTRALINE_MAX_CHARS:
        return None
    budget.intraline -= 1
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    if matcher.ratio() < 0.3:  # a rewritten line: marking every character helps nobody
        return None
    old_parts: list[Segment] = []
    new_parts: list[Segment] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if a1 > a0:
            old_parts.append(Segment(old[a0:a1], tag != "equal"))
        if b1 > b0:
            new_parts.append(Segment(new[b0:b1], tag != "equal"))
    return old_parts, new_parts


def all_lines(kind: str, text: str, budget: Budget) -> list[Line]:
    """Every line of an added (insert) or removed (delete) cell."""
    lines = text.splitlines()
    rows = []
    for number, line in enumerate(lines[:MAX_LINES_PER_CELL], start=1):
        shown = side(number, line, budget)
        rows.append(
            Line(kind, old=shown if kind == DELETE else None, new=shown if kind == INSERT else None)
        )
    if len(lines) > MAX_LINES_PER_CELL:
        budget.capped_cells += 1
        rows.append(Line(SKIP, skipped=len(lines) - MAX_LINES_PER_CELL, capped=True))
    return rows


def changed_lines(old_text: str, new_text: str, budget: Budget) -> list[Line]:
    """The line-level diff of a changed cell, unchanged stretches folded."""
    old, new = old_text.splitlines(), new_text.splitlines()
    matcher = difflib.SequenceMatcher(None, old, new)
    rows: list[Line] = []
    reached = 0  # old lines shown or folded so far
    left_out = 0  # rows not made once the cell's allowance is used up
    for group in matcher.get_grouped_opcodes(CONTEXT):
        if len(rows) >= MAX_LINES_PER_CELL:
            left_out += sum(max(a1 - a0, b1 - b0) for _, a0, a1, b0, b1 in group)
            continue
        if group[0][1] > reached:
            rows.append(Line(SKIP, skipped=group[0][1] - reached))
        for tag, a0, a1, b0, b1 in group:
            rows.extend(opcode_lines(tag, old, new, a0, a1, b0, b1, budget))
        reached = group[-1][2]
    if left_out or len(rows) > MAX_LINES_PER_CELL:
        budget.capped_cells += 1
        left_out += max(0, len(rows) - MAX_LINES_PER_CELL)
        return [*rows[:MAX_LINES_PER_CELL], Line(SKIP, skipped=left_out, capped=True)]
    if rows and len(old) > reached:
        rows.append(Line(SKIP, skipped=len(old) - reached))
    return rows


def opcode_lines(
    tag: str, old: list[str], new: list[str], a0: int, a1: int, b0: int, b1: int, budget: Budget
) -> list[Line]:
    rows = []
    if tag == "equal":
        for k in range(a1 - a0):
            rows.append(
                Line(
                    EQUAL,
                    old=side(a0 + k + 1, old[a0 + k], budget),
                    new=side(b0 + k + 1, new[b0 + k], budget),
                )
            )
        return rows
    if tag == "delete":
        return [Line(DELETE, old=side(a + 1, old[a], budget)) for a in range(a0, a1)]
    if tag == "insert":
        return [Line(INSERT, new=side(b + 1, new[b], budget)) for b in range(b0, b1)]
    # replace: pair the n-th removed line with the n-th added one, the rest stand alone.
    for k in range(max(a1 - a0, b1 - b0)):
        a, b = a0 + k, b0 + k
        if a < a1 and b < b1:
            marks = intraline(old[a], new[b], budget)
            old_side = side(a + 1, old[a], budget, marks[0] if marks else None)
            new_side = side(b + 1, new[b], budget, marks[1] if marks else None)
            rows.append(Line(REPLACE, old=old_side, new=new_side))
        elif a < a1:
            rows.append(Line(DELETE, old=side(a + 1, old[a], budget)))
        else:
            rows.append(Line(INSERT, new=side(b + 1, new[b], budget)))
    return rows
