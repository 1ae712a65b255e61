"""Outputs, execution counts, ids and metadata never make a difference; sources
stored as lists of lines (as nbformat allows) compare like strings."""

from __future__ import annotations

from nbgallery.diffs.services import notebook_diff
from nbgallery.diffs.tests.helpers import nb


def test_notebooks_differing_only_outside_the_sources_are_the_same():
    old = nb(("markdown", "# Title"), ("code", "print(1)\nprint(2)"))
    new = nb(("markdown", "# Title"), ("code", "print(1)\nprint(2)"))
    new["metadata"] = {"kernelspec": {"name": "ir"}}
    new["cells"][1].update(
        id="abc",
        execution_count=7,
        metadata={"tags": ["x"]},
        outputs=[{"output_type": "stream", "name": "stdout", "text": "1\n2\n"}],
    )
    new["cells"][1]["source"] = ["print(1)\n", "print(2)"]

    diff = notebook_diff(old, new)

    assert not diff.different
    assert diff.unchanged == 2 and diff.old_cells == diff.new_cells == 2
    assert [block.folded for block in diff.blocks] == [True]
