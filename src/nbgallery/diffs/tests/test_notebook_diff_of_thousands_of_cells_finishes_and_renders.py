"""A notebook of thousands of cells diffs and renders (bounded work, readable result)."""

from __future__ import annotations

import random

from django.template.loader import render_to_string

from nbgallery.diffs import services
from nbgallery.diffs.tests.helpers import nb

CELLS = 3_000


def big_pair() -> tuple[dict, dict]:
    rng = random.Random(6)
    old = [("code", f"value_{n} = {rng.randint(0, 10**6)}\nprint(value_{n})") for n in range(CELLS)]
    new = list(old)
    for n in rng.sample(range(CELLS), 150):
        new[n] = ("code", new[n][1] + "\n# checked")
    for _ in range(40):
        a, b = rng.randrange(CELLS), rng.randrange(CELLS)
        new[a], new[b] = new[b], new[a]
    del new[100:110]
    new.insert(5, ("markdown", "A new introduction"))
    return nb(*old), nb(*new)


def test_thousands_of_cells_give_a_complete_diff_and_a_page():
    old, new = big_pair()

    diff = services.notebook_diff(old, new)

    assert (diff.old_cells, diff.new_cells) == (CELLS, CELLS - 9)
    assert diff.added >= 1 and diff.removed >= 10 and diff.changed >= 140 and diff.moved >= 1
    assert diff.added + diff.changed + diff.moved + diff.unchanged == diff.new_cells
    assert diff.removed + diff.changed + diff.moved + diff.unchanged == diff.old_cells
    html = render_to_string("diffs/notebook_diff.html", {"diff": diff, "layout": "split"})
    assert "A new introduction" in html
    assert "unchanged cells" in html  # the long unchanged runs are folded


def test_entirely_different_big_notebooks_are_matched_by_position_and_say_so():
    rng = random.Random(7)
    old = nb(*[("code", f"a_{rng.random()}") for _ in range(1_500)])
    new = nb(*[("markdown", f"b_{rng.random()}") for _ in range(1_500)])

    diff = services.notebook_diff(old, new)

    assert diff.removed == diff.added == 1_500
    assert any("compared by position" in note for note in diff.notes)
    assert any("differing cells are shown" in note for note in diff.notes)
    shown = [block for block in diff.blocks if not block.folded]
    assert len(shown) == services.MAX_CELLS_SHOWN
    html = render_to_string("diffs/notebook_diff.html", {"diff": diff, "layout": "inline"})
    assert "2,500 more differ" in html
