"""Small hand-made notebooks for the diff tests (plain dicts, as nbformat 4 reads them)."""

from __future__ import annotations

from typing import Any


def nb(*cells: tuple[str, str]) -> dict[str, Any]:
    """A notebook of (cell_type, source) pairs."""
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [{"cell_type": kind, "metadata": {}, "source": source} for kind, source in cells],
    }


def statuses(diff) -> list[tuple[str, int | None, int | None]]:
    return [(row.status, row.old_number, row.new_number) for row in diff.rows]
