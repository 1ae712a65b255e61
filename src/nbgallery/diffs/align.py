"""Which cell of the old notebook became which cell of the new one.

The matching is nbdime's multilevel "snakes" algorithm (what ``diff_notebooks``
does to a notebook's ``/cells``): a strict pass pairs identical cells, then an
approximate pass pairs, between those, cells of the same type whose sources
are alike. Our predicates look at the source only: outputs are stripped on
upload, and metadata is not something a reader compares.

nbdime compares every old cell with every new one, which grows with the
product of the two cell counts (1,000 × 1,000 cells takes seconds). So the
identical cells at both ends are set aside first; a middle part still
larger than ``NBDIME_MAX_GRID`` comparisons is first cut by exact matches
(difflib, close to linear), and nbdime only pairs the cells between them,
up to ``NBDIME_TOTAL_GRID`` comparisons for the whole diff. A gap beyond
those bounds is paired by position (same type and alike), and the result
says it is approximate.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from nbdime.diffing.snakes import compute_snakes_multilevel

# Comparisons nbdime may make for one stretch of cells, and for the whole diff
# (each is microseconds, up to ~10 µs for alike cells of the same length).
NBDIME_MAX_GRID = 40_000
NBDIME_TOTAL_GRID = 160_000
# Sources longer than this are compared by line sets and character counts only
# (see Likeness), and at most this many difflib ratios are computed per diff.
CHAR_RATIO_MAX = 1_000
RATIO_BUDGET = 20_000_000  # pairs of characters (len(x) * len(y)), about half a second
SIMILARITY = 0.6
SHORT = 10
# Character counts say less than a real ratio, so they must agree more.
LONG_SIMILARITY = 0.9


@dataclass(eq=False)
class Cell:
    """One cell as the diff sees it: its type and its source (a string)."""

    cell_type: str
    source: str
    key: tuple[str, str] = field(init=False)
    lines: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.key = (self.cell_type, self.source)
        self.lines = frozenset(line.strip() for line in self.source.splitlines() if line.strip())

    @cached_property
    def chars(self) -> Counter[str]:
        return Counter(self.source)


def cells_of(notebook: Any) -> list[Cell]:
    """The cells of an nbformat 4 notebook (a dict or a NotebookNode), sources joined."""
    cells = []
    for cell in notebook.get("cells", None) or []:
        source = cell.get("source", "")
        if not isinstance(source, str):  # nbformat allows a list of lines too
            source = "".join(str(part) for part in source)
        cells.append(Cell(str(cell.get("cell_type", "")), source))
    return cells


def identical(x: Cell, y: Cell) -> bool:
    return x.key == y.key


class Likeness:
    """Decides whether two cells are alike, within an allowance of costly comparisons.

    Shared lines decide first. difflib's character ratio (nbdime's own test)
    costs the product of the two lengths, so it is kept for short sources and
    only until the diff has spent ``RATIO_BUDGET`` pairs of characters on it;
    beyond, the characters' counts (what its ``quick_ratio`` looks at, nearly
    free once counted) decide, with a stricter threshold since they say less.
    """

    def __init__(self) -> None:
        self.ratios_left = RATIO_BUDGET
        self.old_counts: Counter[tuple[str, str]] = Counter()
        self.new_counts: Counter[tuple[str, str]] = Counter()
        self.answers: dict[tuple[int, int], bool] = {}

    def __call__(self, x: Cell, y: Cell) -> bool:
        """Whether ``y`` (a new cell) may be an edit of ``x`` (an old one).

        Remembered per pair: nbdime asks again to check its result, and the
        answer must not change once the allowance is spent.
        """
        pair = (id(x), id(y))
        answer = self.answers.get(pair)
        if answer is None:
            answer = self.answers[pair] = self.decide(x, y)
        return answer

    def decide(self, x: Cell, y: Cell) -> bool:
        if x.cell_type != y.cell_type:
            return False
        if x.source == y.source:
            return True
        if not x.source or not y.source:
            return False
        # A cell still present as it was on the other side was kept or moved, not
        # edited (counting copies: of two equal cells, one may have been edited).
        if self.old_counts[x.key] <= self.new_counts[x.key]:
            return False
        if self.new_counts[y.key] <= self.old_counts[y.key]:
            return False
        shorter, longer = sorted((len(x.source), len(y.source)))
        if longer < SHORT:  # nbdime aligns tiny sources (a number, a word) regardless
            return True
        if 2 * shorter / (shorter + longer) < SIMILARITY:
            return False
        if x.lines and y.lines and (len(x.lines) > 1 or len(y.lines) > 1):
            common = len(x.lines & y.lines)
            if 2 * common / (len(x.lines) + len(y.lines)) >= SIMILARITY:
                return True
        if longer > CHAR_RATIO_MAX or self.ratios_left < shorter * longer:
            common_chars = sum((x.chars & y.chars).values())
            return 2 * common_chars / (shorter + longer) >= LONG_SIMILARITY
        self.ratios_left -= shorter * longer
        matcher = difflib.SequenceMatcher(None, x.source, y.source, autojunk=False)
        return matcher.quick_ratio() >= SIMILARITY and matcher.ratio() >= SIMILARITY


@dataclass
class Alignment:
    """Pairs ``(old index, new index)``: both set for a kept cell, one None otherwise.

    In diff order: removed cells before the added cells that took their place.
    """

    pairs: list[tuple[int | None, int | None]]
    approximate: bool = False
    alike: Likeness = field(default_factory=Likeness)
    grid_left: int = NBDIME_TOTAL_GRID

    def affords(self, rows: int, columns: int) -> bool:
        """Whether nbdime may match this stretch (and if so, charge it)."""
        cost = rows * columns
        if cost > NBDIME_MAX_GRID or cost > self.grid_left:
            return False
        self.grid_left -= cost
        return True


def align(old: list[Cell], new: list[Cell]) -> Alignment:
    """Match the cells of ``old`` with those of ``new`` (see the module docstring)."""
    result = Alignment(pairs=[])
    result.alike.old_counts.update(cell.key for cell in old)
    result.alike.new_counts.update(cell.key for cell in new)
    start = 0
    while start < len(old) and start < len(new) and identical(old[start], new[start]):
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and identical(old[end_old - 1], new[end_new - 1]):
        end_old -= 1
        end_new -= 1
    result.pairs.extend((i, i) for i in range(start))
    middle(old, new, start, end_old, start, end_new, result)
    tail = len(old) - end_old
    result.pairs.extend((end_old + k, end_new + k) for k in range(tail))
    return result


def middle(
    old: list[Cell], new: list[Cell], i0: int, i1: int, j0: int, j1: int, result: Alignment
) -> None:
    """Align ``old[i0:i1]`` with ``new[j0:j1]``, appending to ``result.pairs``."""
    if result.affords(i1 - i0, j1 - j0):
        snakes_between(old, new, i0, i1, j0, j1, result)
        return
    matcher = difflib.SequenceMatcher(
        None, [c.key for c in old[i0:i1]], [c.key for c in new[j0:j1]], autojunk=False
    )
    blocks = matcher.get_matching_blocks()
    if len(blocks) == 1:  # nothing in common at all: no anchors to cut the work by
        by_position(old, new, i0, i1, j0, j1, result)
        return
    i, j = i0, j0
    for a, b, size in blocks:
        gap_i, gap_j = i0 + a, j0 + b
        if gap_i > i or gap_j > j:
            if result.affords(gap_i - i, gap_j - j):
                snakes_between(old, new, i, gap_i, j, gap_j, result)
            else:
                by_position(old, new, i, gap_i, j, gap_j, result)
        result.pairs.extend((gap_i + k, gap_j + k) for k in range(size))
        i, j = gap_i + size, gap_j + size


def snakes_between(
    old: list[Cell], new: list[Cell], i0: int, i1: int, j0: int, j1: int, result: Alignment
) -> None:
    """nbdime's multilevel matching (identical first, then alike) on one stretch."""
    compares: list[Callable[[Cell, Cell], bool]] = [result.alike, identical]
    snakes = compute_snakes_multilevel(old, new, compares, rect=(i0, j0, i1, j1))
    i, j = i0, j0
    for si, sj, n in [*snakes, (i1, j1, 0)]:
        result.pairs.extend((k, None) for k in range(i, si))
        result.pairs.extend((None, k) for k in range(j, sj))
        result.pairs.extend((si + k, sj + k) for k in range(n))
        i, j = si + n, sj + n


def by_position(
    old: list[Cell], new: list[Cell], i0: int, i1: int, j0: int, j1: int, result: Alignment
) -> None:
    """The fallback for a stretch too large for nbdime: the n-th with the n-th, if alike."""
    result.approximate = True
    for offset in range(max(i1 - i0, j1 - j0)):
        i = i0 + offset if i0 + offset < i1 else None
        j = j0 + offset if j0 + offset < j1 else None
        if i is not None and j is not None and result.alike(old[i], new[j]):
            result.pairs.append((i, j))
        else:
            if i is not None:
                result.pairs.append((i, None))
            if j is not None:
                result.pairs.append((None, j))
