"""What the metrics and code cell pages show, each a fixed number of queries."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from django.db.models import Avg, Count, F, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from nbgallery.health.charts import Chart, bar_chart
from nbgallery.health.compute import window_days
from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.blobs import StorageUnavailable, read_blob
from nbgallery.notebooks.models import CodeCell, Notebook

OK, FAILED = "chart-ok", "chart-failed"


def days_back(days: int) -> list[date]:
    today = timezone.localdate()
    return [today - timedelta(days=n) for n in range(days - 1, -1, -1)]


def by_day_chart(runs: QuerySet[Execution], title: str) -> Chart:
    """Successful and failed runs per day of the window, days without runs included."""
    days = window_days()
    counted = {
        row["day"]: row
        for row in runs.filter(created_at__gte=timezone.now() - timedelta(days=days))
        .order_by()
        .annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(
            ok=Count("pk", filter=Q(success=True)), failed=Count("pk", filter=Q(success=False))
        )
    }
    dates = days_back(days)
    ok = [float(counted[d]["ok"]) if d in counted else 0.0 for d in dates]
    failed = [float(counted[d]["failed"]) if d in counted else 0.0 for d in dates]
    labels = [d.strftime("%m-%d") for d in dates]
    return bar_chart(title, labels, [("passed", OK, ok), ("failed", FAILED, failed)], every=5)


def current_runs(notebook: Notebook) -> QuerySet[Execution]:
    return Execution.objects.filter(
        notebook=notebook, code_cell__revision__content_sha256=notebook.content_sha256
    )


def metrics_charts(notebook: Notebook) -> dict[str, Chart]:
    """Executions by day, and by cell with the average runtime of each, over the window."""
    since = timezone.now() - timedelta(days=window_days())
    rows = list(
        current_runs(notebook)
        .filter(created_at__gte=since)
        .order_by()
        .values("code_cell__cell_index")
        .annotate(
            ok=Count("pk", filter=Q(success=True)),
            failed=Count("pk", filter=Q(success=False)),
            runtime=Avg("runtime_seconds"),
        )
        .order_by("code_cell__cell_index")
    )
    labels = [str(row["code_cell__cell_index"]) for row in rows]
    return {
        "by_day": by_day_chart(Execution.objects.filter(notebook=notebook), "Executions by day"),
        "by_cell": bar_chart(
            "Executions by cell",
            labels,
            [
                ("passed", OK, [float(r["ok"]) for r in rows]),
                ("failed", FAILED, [float(r["failed"]) for r in rows]),
            ],
        ),
        "runtime": bar_chart(
            "Average runtime by cell",
            labels,
            [("seconds on average", "chart-runtime", [float(r["runtime"] or 0) for r in rows])],
            unit=" s",
        ),
    }


def current_code_cell(notebook: Notebook, index: int) -> CodeCell | None:
    return (
        CodeCell.objects.filter(
            revision__notebook=notebook,
            revision__content_sha256=notebook.content_sha256,
            cell_index=index,
        )
        .order_by("-revision__created_at", "-revision__pk")
        .first()
    )


def cell_source(notebook: Notebook, index: int) -> str | None:
    """The cell's source from the current content; None if it cannot be read."""
    try:
        content = json.loads(read_blob(notebook.content_sha256))
        cell = content["cells"][index]
    except (StorageUnavailable, ValueError, KeyError, IndexError, TypeError):
        return None
    source = cell.get("source", "") if isinstance(cell, dict) else ""
    return "".join(source) if isinstance(source, list) else str(source)


def cell_counts(notebook: Notebook, md5: str) -> dict[str, Any]:
    """Runs of this cell's source in this notebook: all time and in the window, by outcome."""
    since = timezone.now() - timedelta(days=window_days())
    runs = Execution.objects.filter(notebook=notebook, code_cell__md5=md5).order_by()
    return runs.aggregate(
        ok=Count("pk", filter=Q(success=True)),
        failed=Count("pk", filter=Q(success=False)),
        recent_ok=Count("pk", filter=Q(success=True, created_at__gte=since)),
        recent_failed=Count("pk", filter=Q(success=False, created_at__gte=since)),
    )


def identical_cells(
    notebook: Notebook, index: int, md5: str, readable: QuerySet[Notebook], limit: int = 20
) -> list[dict[str, Any]]:
    """Cells with the same source in the current versions of notebooks the viewer may read."""
    found: Any = (
        CodeCell.objects.filter(
            md5=md5,
            revision__content_sha256=F("revision__notebook__content_sha256"),
            revision__notebook__in=readable.values("pk"),
        )
        .exclude(revision__notebook=notebook, cell_index=index)
        .values("revision__notebook__uuid", "revision__notebook__title", "cell_index")
        .distinct()
        .order_by("revision__notebook__title", "cell_index")[:limit]
    )
    return list(found)
