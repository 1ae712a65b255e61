"""Every cell of the diff is added, removed, moved, changed or unchanged, with counts."""

from __future__ import annotations

from nbgallery.diffs.services import notebook_diff
from nbgallery.diffs.tests.helpers import nb, statuses

OLD = nb(
    ("markdown", "# Sales report"),
    ("code", "import pandas as pd\ndf = pd.read_csv('sales.csv')\ndf.head()"),
    ("code", "def total(df):\n    return df.amount.sum()"),
    ("code", "obsolete_step()"),
    ("markdown", "## Appendix\n\nNotes about the data."),
)
NEW = nb(
    ("markdown", "## Appendix\n\nNotes about the data."),
    ("markdown", "# Sales report"),
    ("code", "import pandas as pd\ndf = pd.read_csv('sales-2024.csv')\ndf.head()"),
    ("code", "def total(df):\n    return df.amount.sum()"),
    ("code", "plot(df)"),
)


def test_each_kind_of_change_is_found_where_it_happened():
    diff = notebook_diff(OLD, NEW)

    assert statuses(diff) == [
        ("moved", 5, 1),
        ("unchanged", 1, 2),
        ("changed", 2, 3),
        ("unchanged", 3, 4),
        ("removed", 4, None),
        ("added", None, 5),
    ]
    counts = (diff.added, diff.removed, diff.changed, diff.moved, diff.unchanged)
    assert counts == (1, 1, 1, 1, 2)
    assert diff.different


def test_a_cell_whose_type_changed_is_removed_and_added():
    diff = notebook_diff(nb(("code", "x = 1")), nb(("markdown", "x = 1")))

    assert statuses(diff) == [("removed", 1, None), ("added", None, 1)]


def test_from_nothing_every_cell_is_added():
    diff = notebook_diff(nb(), nb(("code", "a"), ("code", "b")))

    assert [row.status for row in diff.rows] == ["added", "added"]
    assert diff.added == 2 and not diff.notes
