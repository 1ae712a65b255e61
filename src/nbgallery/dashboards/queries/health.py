"""The health dashboard: executions reported by Jupyter and what the health job made of them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Count, Max, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from nbgallery.dashboards.figures import Figure, bars
from nbgallery.dashboards.histograms import histogram
from nbgallery.dashboards.queries import TOP
from nbgallery.health.compute import window_days
from nbgallery.health.models import HEALTHY, UNHEALTHY, UNKNOWN, NotebookHealth
from nbgallery.health.queries import FAILED, OK, days_back
from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.models import Notebook

# Success by cell position: the first cells, where most sessions stop.
CELL_POSITIONS = 20


def health_dashboard() -> dict[str, Any]:
    days = window_days()
    since = timezone.now() - timedelta(days=days)
    recent = Execution.objects.filter(created_at__gte=since).order_by()
    totals = Execution.objects.order_by().aggregate(
        all=Count("pk"), failed=Count("pk", filter=Q(success=False))
    )
    window = recent.aggregate(
        runs=Count("pk"),
        failed=Count("pk", filter=Q(success=False)),
        notebooks=Count("notebook", distinct=True),
        cells=Count("code_cell", distinct=True),
        users=Count("user", distinct=True),
    )
    statuses = dict(NotebookHealth.objects.order_by().values_list("status").annotate(n=Count("pk")))
    headline = [
        ("Cell executions, all time", totals["all"]),
        ("Failed, all time", totals["failed"]),
        (f"Cell executions, last {days} days", window["runs"]),
        (f"Failed, last {days} days", window["failed"]),
        (f"Notebooks run, last {days} days", window["notebooks"]),
        (f"Code cells run, last {days} days", window["cells"]),
        (f"People who ran cells, last {days} days", window["users"]),
        ("Healthy notebooks", statuses.get(HEALTHY, 0)),
        ("Unhealthy notebooks", statuses.get(UNHEALTHY, 0)),
        ("Undetermined notebooks", statuses.get(UNKNOWN, 0)),
    ]
    scored = NotebookHealth.objects.filter(score__isnull=False)
    return {
        "days": days,
        "headline": headline,
        "has_executions": totals["all"] > 0,
        "has_health": bool(statuses),
        "by_day": executions_by_day(recent, days),
        "by_position": success_by_position(recent),
        "scores": histogram(
            "health-scores",
            "Health scores of notebooks",
            scored,
            "score",
            name="notebooks",
        ),
        "least_healthy": list(
            scored.select_related("notebook").order_by("score", "notebook_id")[:TOP]
        ),
        "recently_failed": recently_failed(recent),
    }


def recently_failed(recent) -> list[dict[str, Any]]:
    """Notebooks by their last failed run: grouped by id alone, then the top ones' titles."""
    top = list(
        recent.filter(success=False)
        .values("notebook_id")
        .annotate(failures=Count("pk"), last=Max("created_at"))
        .order_by("-last", "-notebook_id")[:TOP]
    )
    notebooks = Notebook.objects.in_bulk([row["notebook_id"] for row in top])
    return [
        {**row, "notebook": notebooks[row["notebook_id"]]}
        for row in top
        if row["notebook_id"] in notebooks
    ]


def executions_by_day(recent, days: int) -> Figure:
    counted = {
        row["day"]: row
        for row in recent.annotate(day=TruncDate("created_at"))
        .values("day")
        .annotate(
            ok=Count("pk", filter=Q(success=True)), failed=Count("pk", filter=Q(success=False))
        )
    }
    dates = days_back(days)
    empty = {"ok": 0, "failed": 0}
    return bars(
        "executions-by-day",
        "Cell executions by day",
        "Day",
        [d.isoformat() for d in dates],
        [
            ("passed", [float(counted.get(d, empty)["ok"]) for d in dates]),
            ("failed", [float(counted.get(d, empty)["failed"]) for d in dates]),
        ],
        every=7,
        colours=[OK, FAILED],
    )


def success_by_position(recent) -> Figure:
    rows = list(
        recent.filter(code_cell__cell_index__lt=CELL_POSITIONS)
        .values("code_cell__cell_index")
        .annotate(
            ok=Count("pk", filter=Q(success=True)), failed=Count("pk", filter=Q(success=False))
        )
        .order_by("code_cell__cell_index")
    )
    return bars(
        "success-by-position",
        f"Executions by cell position (first {CELL_POSITIONS} cells)",
        "Cell",
        [str(row["code_cell__cell_index"]) for row in rows],
        [
            ("passed", [float(row["ok"]) for row in rows]),
            ("failed", [float(row["failed"]) for row in rows]),
        ],
        colours=[OK, FAILED],
    )
