"""The metrics page of a notebook and the page of one of its code cells (readers only)."""

from __future__ import annotations

import uuid as uuid_module

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from nbgallery.health import queries
from nbgallery.health.compute import window_days
from nbgallery.health.fingerprints import similar_cells
from nbgallery.health.models import CellHealth, NotebookHealth
from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.views.notebook import readable_notebook
from nbgallery.rendering.highlight import highlight_code

NO_SUCH_CELL = "This notebook's current version has no code cell at that position."


def notebook_metrics(request: HttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """Health figures and charts of executions over the window."""
    notebook = readable_notebook(request, uuid)
    health = NotebookHealth.objects.filter(notebook=notebook).first()
    cells = list(
        CellHealth.objects.filter(notebook=notebook, content_sha256=notebook.content_sha256)
    )
    charts = queries.metrics_charts(notebook)
    return render(
        request,
        "health/notebook_metrics.html",
        {
            "notebook": notebook,
            "health": health,
            "cells": cells,
            "charts": charts,
            "days": window_days(),
            "has_data": not all(chart.empty for chart in charts.values()),
        },
    )


def code_cell_detail(request: HttpRequest, uuid: uuid_module.UUID, index: int) -> HttpResponse:
    """One code cell: its source, health, runs, and identical and similar cells elsewhere."""
    notebook = readable_notebook(request, uuid)
    # Beyond what the column holds, PostgreSQL would refuse the query (a 500).
    cell = queries.current_code_cell(notebook, index) if index < 2**31 else None
    if cell is None:
        raise Http404(NO_SUCH_CELL)
    source = queries.cell_source(notebook, index)
    readable = Notebook.objects.readable_by(request.user)
    # highlight_code escapes everything it is given.
    highlighted = mark_safe(highlight_code(source, notebook.lang)) if source is not None else None  # noqa: S308
    runs = Execution.objects.filter(notebook=notebook, code_cell__md5=cell.md5)
    return render(
        request,
        "health/code_cell.html",
        {
            "notebook": notebook,
            "cell": cell,
            "highlighted": highlighted,
            "health": CellHealth.objects.filter(
                notebook=notebook, cell_index=index, content_sha256=notebook.content_sha256
            ).first(),
            "counts": queries.cell_counts(notebook, cell.md5),
            "by_day": queries.by_day_chart(runs, "Executions of this cell by day"),
            "identical": queries.identical_cells(notebook, index, cell.md5, readable),
            "similar": similar_cells(source or "", cell.md5, readable),
            "days": window_days(),
        },
    )
