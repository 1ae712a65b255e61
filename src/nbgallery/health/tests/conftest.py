"""The notebook fixtures, and helpers to record executions for the health tests."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.models import CodeCell, Notebook
from nbgallery.notebooks.tests.conftest import (  # noqa: F401
    code_cell,
    isolated_storage,
    markdown_cell,
    new_version,
    publish,
    team,
)

TWO_CODE_CELLS = [
    markdown_cell("# Two steps"),
    code_cell("a = 1"),
    code_cell("b = a + 1"),
]


def current_cells(notebook: Notebook) -> list[CodeCell]:
    """The current version's code cells, in order (one per cell index)."""
    found: dict[int, CodeCell] = {}
    for cell in CodeCell.objects.filter(
        revision__notebook=notebook, revision__content_sha256=notebook.content_sha256
    ).order_by("cell_index", "-revision__created_at"):
        found.setdefault(cell.cell_index, cell)
    return list(found.values())


def run(user, notebook, cell, *, success=True, runtime=0.5, days_ago=0.0) -> Execution:
    """Record one execution of ``cell`` by ``user``, ``days_ago`` days back."""
    execution = Execution.objects.create(
        user=user,
        notebook=notebook,
        code_cell=cell,
        success=success,
        runtime_sent=str(runtime),
        runtime_seconds=runtime,
    )
    if days_ago:
        when = timezone.now() - timedelta(days=days_ago)
        Execution.objects.filter(pk=execution.pk).update(created_at=when)
    return execution


@pytest.fixture
def two_step(publish, alice):  # noqa: F811
    """alice's public notebook with a markdown cell and two code cells (indices 1 and 2)."""
    return publish(alice, title="Two steps", cells=TWO_CODE_CELLS)
