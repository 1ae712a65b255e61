"""Cell-aware diffs of two notebooks, and of two revisions of one notebook.

``notebook_diff(old, new)`` is what every page shows: the cells of the two
notebooks matched with nbdime's algorithm (``diffs.align``), each one added,
removed, moved, changed or unchanged, with the line-level changes inside the
changed ones (``diffs.lines``). Outputs, execution counts and metadata are
not compared: the gallery strips outputs on upload, and a reader compares
what the notebook says and does. Render it with
``{% include "diffs/notebook_diff.html" %}`` and ``diff`` and ``layout``
("split" or "inline") in the context. Notebook text reaches the page only
escaped: line text through ``lines.Side.html``, the rest by autoescaping.

Time is bounded for any input (see ``align`` and ``lines`` for how); when a
bound changed what is shown, ``NotebookDiff.notes`` says so on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nbgallery.diffs import align, lines
from nbgallery.diffs.lines import Line  # the field CellRow.lines hides the module there
from nbgallery.notebooks import services as notebook_services
from nbgallery.notebooks.models import Revision

ADDED, REMOVED, MOVED, CHANGED, UNCHANGED = "added", "removed", "moved", "changed", "unchanged"
# A stretch of unchanged cells is folded; its cells are shown inside the fold
# only when it is this short, else only counted. Unchanged and moved cells show
# their first few lines only.
UNCHANGED_SHOWN_CELLS = 10
UNCHANGED_SHOWN_LINES = 10
# Beyond this many added, removed, moved or changed cells, the rest are counted, not shown.
MAX_CELLS_SHOWN = 500


@dataclass
class CellRow:
    """One cell of the diff. Numbers are 1-based positions in each notebook."""

    status: str
    cell_type: str
    old_number: int | None = None
    new_number: int | None = None
    lines: list[Line] = field(default_factory=list)
    note: str = ""

    @property
    def empty(self) -> bool:
        return not self.lines

    @property
    def inline_lines(self) -> list[Line]:
        """The lines for the inline layout: in each run of changes, the removed lines
        first, then the added ones (as a unified diff reads), each on its own row."""
        result: list[Line] = []
        removed: list[Line] = []
        added: list[Line] = []
        for line in [*self.lines, None]:
            if line is not None and line.kind in (lines.DELETE, lines.INSERT, lines.REPLACE):
                if line.old is not None:
                    removed.append(Line(lines.DELETE, old=line.old))
                if line.new is not None:
                    added.append(Line(lines.INSERT, new=line.new))
                continue
            result.extend(removed + added)
            removed, added = [], []
            if line is not None:
                result.append(line)
        return result


@dataclass
class Block:
    """What the template shows in turn: one cell, or a folded run of unchanged cells."""

    rows: list[CellRow]
    folded: bool = False

    @property
    def row(self) -> CellRow:
        return self.rows[0]

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def last_number(self) -> int | None:
        return self.rows[-1].new_number

    @property
    def shown(self) -> bool:
        return len(self.rows) <= UNCHANGED_SHOWN_CELLS


@dataclass
class NotebookDiff:
    """The result: every cell in diff order, the counts, and notes about any bound."""

    rows: list[CellRow]
    added: int = 0
    removed: int = 0
    changed: int = 0
    moved: int = 0
    unchanged: int = 0
    old_cells: int = 0
    new_cells: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def different(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.moved)

    @property
    def hidden(self) -> int:
        """How many differing cells are past ``MAX_CELLS_SHOWN`` and so not shown."""
        return max(0, self.added + self.removed + self.changed + self.moved - MAX_CELLS_SHOWN)

    @property
    def blocks(self) -> list[Block]:
        """The rows to show, unchanged runs folded, up to ``MAX_CELLS_SHOWN`` differing cells."""
        blocks: list[Block] = []
        shown = 0
        for row in self.rows:
            if row.status != UNCHANGED:
                shown += 1
                if shown > MAX_CELLS_SHOWN:
                    break
            if row.status == UNCHANGED and blocks and blocks[-1].folded:
                blocks[-1].rows.append(row)
            else:
                blocks.append(Block([row], folded=row.status == UNCHANGED))
        return blocks


def notebook_diff(old: Any, new: Any) -> NotebookDiff:
    """The cell-aware diff from ``old`` to ``new`` (nbformat 4 notebooks as dicts)."""
    old_cells, new_cells = align.cells_of(old), align.cells_of(new)
    alignment = align.align(old_cells, new_cells)
    pairs = find_moves(alignment.pairs, old_cells, new_cells)
    budget = lines.Budget()
    result = NotebookDiff(rows=[], old_cells=len(old_cells), new_cells=len(new_cells))
    for i, j, moved in pairs:
        # Past what will be shown, only the status is worked out, not the lines.
        detailed = result.added + result.removed + result.changed + result.moved < MAX_CELLS_SHOWN
        row = cell_row(i, j, old_cells, new_cells, budget, moved=moved, detailed=detailed)
        result.rows.append(row)
        setattr(result, row.status, getattr(result, row.status) + 1)
    fill_unchanged(result, new_cells, budget)
    result.notes = notes(alignment, budget)
    if result.hidden:
        result.notes.append(
            f"Only the first {MAX_CELLS_SHOWN:,} differing cells are shown; "
            f"{result.hidden:,} more differ."
        )
    return result


def find_moves(
    pairs: list[tuple[int | None, int | None]], old: list[align.Cell], new: list[align.Cell]
) -> list[tuple[int | None, int | None, bool]]:
    """Pair a removed cell with an added cell of exactly the same content: a move.

    The move is shown where the cell now is; its old place shows nothing.
    Empty cells are never called moved (any empty cell would match).
    """
    removed: dict[tuple[str, str], list[int]] = {}
    for i, j in pairs:
        if j is None and i is not None and old[i].source.strip():
            removed.setdefault(old[i].key, []).append(i)
    moved_from: dict[int, int] = {}
    for i, j in pairs:
        if i is None and j is not None and removed.get(new[j].key):
            moved_from[j] = removed[new[j].key].pop(0)
    taken = set(moved_from.values())
    result: list[tuple[int | None, int | None, bool]] = []
    for i, j in pairs:
        if j is None and i in taken:
            continue
        if i is None and j is not None and j in moved_from:
            result.append((moved_from[j], j, True))
            continue
        result.append((i, j, False))
    return result


def cell_row(
    i: int | None,
    j: int | None,
    old: list[align.Cell],
    new: list[align.Cell],
    budget: lines.Budget,
    *,
    moved: bool = False,
    detailed: bool = True,
) -> CellRow:
    if i is None and j is not None:
        cell = new[j]
        rows = lines.all_lines(lines.INSERT, cell.source, budget) if detailed else []
        return CellRow(ADDED, cell.cell_type, None, j + 1, rows)
    if j is None and i is not None:
        cell = old[i]
        rows = lines.all_lines(lines.DELETE, cell.source, budget) if detailed else []
        return CellRow(REMOVED, cell.cell_type, i + 1, None, rows)
    assert i is not None and j is not None
    before, after = old[i], new[j]
    if before.source != after.source:
        if before.source.splitlines() == after.source.splitlines():
            note = "Only line endings or the final newline changed."
            return CellRow(CHANGED, after.cell_type, i + 1, j + 1, note=note)
        rows = lines.changed_lines(before.source, after.source, budget) if detailed else []
        return CellRow(CHANGED, after.cell_type, i + 1, j + 1, rows)
    # Identical content; its lines are filled in later, only if they will be shown.
    return CellRow(MOVED if moved else UNCHANGED, after.cell_type, i + 1, j + 1)


def fill_unchanged(result: NotebookDiff, new: list[align.Cell], budget: lines.Budget) -> None:
    """Give lines to the moved cells and to the unchanged cells a fold will show."""
    for block in result.blocks:
        if block.folded and not block.shown:
            continue
        for row in block.rows:
            if row.status in (MOVED, UNCHANGED) and row.new_number is not None:
                # A few lines say which cell it is; its content did not change.
                row.lines = equal_lines(new[row.new_number - 1].source, budget)


def equal_lines(source: str, budget: lines.Budget) -> list[lines.Line]:
    text = source.splitlines()
    shown = text[:UNCHANGED_SHOWN_LINES]
    rows = [
        lines.Line(
            lines.EQUAL,
            old=lines.side(k, line, budget),
            new=lines.side(k, line, budget),
        )
        for k, line in enumerate(shown, start=1)
    ]
    if len(text) > len(shown):
        rows.append(lines.Line(lines.SKIP, skipped=len(text) - len(shown), capped=True))
    return rows


def notes(alignment: align.Alignment, budget: lines.Budget) -> list[str]:
    """What the page should say about anything a bound left out or simplified."""
    said = []
    if alignment.approximate:
        said.append(
            "These notebooks are too large to match every cell with every other: "
            "some cells were compared by position, so a change may show as a removed "
            "and an added cell."
        )
    if budget.cut_lines:
        said.append(
            f"Lines longer than {lines.MAX_LINE_CHARS:,} characters are shown cut "
            "(they are compared in full). Download a version to see them whole."
        )
    if budget.capped_cells:
        said.append(
            f"Cells with more than {lines.MAX_LINES_PER_CELL:,} lines of changes are shown "
            "in part. Download a version to see them whole."
        )
    return said


def diff_revisions(rev_a: Revision, rev_b: Revision) -> NotebookDiff:
    """The diff from revision ``rev_a`` to revision ``rev_b`` (contents from storage).

    Raises ``blobs.StorageUnavailable`` when a content cannot be read.
    """
    old = notebook_services.read_content(rev_a.content_sha256)
    if rev_b.content_sha256 == rev_a.content_sha256:
        return notebook_diff(old, old)
    return notebook_diff(old, notebook_services.read_content(rev_b.content_sha256))
