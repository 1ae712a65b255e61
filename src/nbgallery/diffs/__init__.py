"""Cell-aware notebook diffs (nbdime), rendered by us."""
