"""When the allowance of costly comparisons runs out mid-diff, earlier answers do not
change (nbdime checks its matches again) and the diff still completes."""

from __future__ import annotations

import random

from nbgallery.diffs import align
from nbgallery.diffs.services import notebook_diff
from nbgallery.diffs.tests.helpers import nb


def test_cells_matched_before_the_allowance_ran_out_stay_matched(monkeypatch):
    # Twenty character ratios, then only character counts, which call these
    # pairs (a fifth of each source rewritten) unlike: the first pairs must
    # keep the answer they got.
    monkeypatch.setattr(align, "RATIO_BUDGET", 20 * 300 * 300)
    rng = random.Random(3)
    old_sources = ["".join(rng.choice("abcdef") for _ in range(300)) for _ in range(30)]
    new_sources = [
        "".join(rng.choice("XYZ") if rng.random() < 0.2 else ch for ch in source)
        for source in old_sources
    ]

    diff = notebook_diff(
        nb(*[("code", s) for s in old_sources]), nb(*[("code", s) for s in new_sources])
    )

    assert diff.rows[0].status == "changed"
    assert diff.removed + diff.changed == 30 and diff.added + diff.changed == 30
