"""The ``notebook_health`` job: notebook and cell health from the window's executions.

The database does the counting: a handful of grouped queries per batch of
notebooks (executions, users and failures per notebook and per cell, the
deepest successful cell per session of user and day), so that the work in
Python grows with notebooks and sessions, not with executions. Only runs of
the current content count: a new version starts again from nothing, and the
smoothing in ``formula.judge`` bridges the gap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Max, Min, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from nbgallery.health import formula
from nbgallery.health.models import HEALTHY, UNHEALTHY, UNKNOWN, CellHealth, NotebookHealth
from nbgallery.jobs.bulk import insert_rows
from nbgallery.jobs.registry import Progress
from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.models import CodeCell, Notebook

BATCH = 500
# The columns written, in the order of the tuples built below.
NOTEBOOK_FIELDS = (
    "notebook_id",
    "status",
    "score",
    "raw_score",
    "description",
    "code_cells",
    "executions",
    "users",
    "usage_scale",
    "pass_rate",
    "depth",
    "first_failure_depth",
    "good_cells",
    "bad_cells",
    "last_good_cell",
    "first_bad_cell",
    "previous_score",
    "previous_status",
    "content_sha256",
    "cell_badges",
    "computed_at",
)
CELL_FIELDS = (
    "notebook_id",
    "cell_index",
    "md5",
    "content_sha256",
    "executions",
    "failures",
    "users",
    "pass_rate",
    "status",
    "description",
)


def window_days() -> int:
    return int(getattr(settings, "NBGALLERY_HEALTH_WINDOW_DAYS", 30))


def compute_health(progress: Progress = lambda done, total: None) -> None:
    """Recompute the health of every notebook, a batch of notebooks per transaction.

    Idempotent: each batch replaces its rows, and the only state carried from
    one run to the next (the last determined score) is the same after a
    second run. Safe to stop anywhere; notebooks deleted meanwhile take their
    rows with them.
    """
    ids = list(Notebook.objects.order_by("pk").values_list("pk", flat=True))
    now = timezone.now()
    counts = window_counts(now - timedelta(days=window_days()))
    for start in range(0, len(ids), BATCH):
        compute_batch(ids[start : start + BATCH], now, counts)
        progress(min(start + BATCH, len(ids)), len(ids))
    if not ids:
        progress(0, 0)


def current_executions(since: datetime) -> Any:
    return Execution.objects.filter(
        created_at__gte=since,
        code_cell__revision__content_sha256=F("notebook__content_sha256"),
    ).order_by()


@dataclass
class WindowCounts:
    """The window's runs of current content, counted for every notebook at once.

    A few grouped queries over the whole window cost far less than the same
    queries per batch of notebooks, each of which reads executions scattered
    over the whole table.
    """

    totals: dict[int, dict[str, Any]]  # by notebook, with the content counted ("sha256")
    per_cell: dict[tuple[int, int], dict[str, Any]]  # by (notebook, cell index)
    sessions: dict[int, list[int | None]]  # deepest good cell of each (user, day), by notebook


def window_counts(since: datetime) -> WindowCounts:
    runs = current_executions(since)
    totals = {
        row["notebook_id"]: row
        for row in runs.values("notebook_id", sha256=F("notebook__content_sha256"))
        .annotate(
            n=Count("pk"),
            users=Count("user_id", distinct=True),
            failures=Count("pk", filter=Q(success=False)),
            first_failure=Min("code_cell__cell_index", filter=Q(success=False)),
        )
        .iterator(chunk_size=5000)
    }
    per_cell = {
        (row["notebook_id"], row["code_cell__cell_index"]): row
        for row in runs.values("notebook_id", "code_cell__cell_index")
        .annotate(
            n=Count("pk"),
            users=Count("user_id", distinct=True),
            failures=Count("pk", filter=Q(success=False)),
        )
        .iterator(chunk_size=5000)
    }
    # Sessions: one per user and day; the deepest cell that ran without error.
    sessions: dict[int, list[int | None]] = defaultdict(list)
    for notebook_id, deepest in (
        runs.annotate(day=TruncDate("created_at"))
        .values("notebook_id", "user_id", "day")
        .annotate(deepest=Max("code_cell__cell_index", filter=Q(success=True)))
        .values_list("notebook_id", "deepest")
        .iterator(chunk_size=5000)
    ):
        sessions[notebook_id].append(deepest)
    return WindowCounts(totals, per_cell, sessions)


def current_cells(batch: list[int]) -> dict[int, list[tuple[int, str]]]:
    """(cell index, md5) of each notebook's current code cells, in order."""
    rows = (
        CodeCell.objects.filter(
            revision__notebook__in=batch,
            revision__content_sha256=F("revision__notebook__content_sha256"),
        )
        .order_by()
        .values_list("revision__notebook_id", "cell_index", "md5")
        .distinct()
    )
    cells: dict[int, dict[int, str]] = defaultdict(dict)
    for notebook_id, index, md5 in rows:
        cells[notebook_id].setdefault(index, md5)
    return {nb: sorted(found.items()) for nb, found in cells.items()}


def compute_batch(batch: list[int], now: datetime, counts: WindowCounts) -> None:
    days = window_days()
    notebooks = {
        row[0]: row[1:]
        for row in Notebook.objects.filter(pk__in=batch).values_list(
            "pk", "content_updated_at", "content_sha256"
        )
    }
    cells = current_cells(batch)
    totals, sessions = {}, {}
    per_cell: dict[tuple[int, int], dict[str, Any]] = {}
    for notebook_id, (_updated, sha256) in notebooks.items():
        stats = counts.totals.get(notebook_id)
        # Runs of content replaced since they were counted do not count.
        if stats is None or stats["sha256"] != sha256:
            continue
        totals[notebook_id] = stats
        sessions[notebook_id] = counts.sessions.get(notebook_id, [])
        for index, _md5 in cells.get(notebook_id, []):
            cell = counts.per_cell.get((notebook_id, index))
            if cell is not None:
                per_cell[notebook_id, index] = cell

    previous = {h.notebook_id: h for h in NotebookHealth.objects.filter(notebook__in=notebooks)}
    notebook_rows, cell_rows = [], []
    for notebook_id, (content_updated_at, sha256) in notebooks.items():
        ordered = cells.get(notebook_id, [])
        position = {index: pos for pos, (index, _md5) in enumerate(ordered)}
        count = len(ordered)
        stats = totals.get(notebook_id) if count else None
        statuses, badges = [], []
        for index, md5 in ordered:
            cell = per_cell.get((notebook_id, index), {"n": 0, "failures": 0, "users": 0})
            status, rate = formula.cell_status(cell["n"], cell["failures"], cell["users"])
            statuses.append(status)
            description = formula.cell_description(cell["n"], cell["users"], rate, days)
            badges.append([index, status, description])
            cell_rows.append(
                (
                    notebook_id,
                    index,
                    md5,
                    sha256,
                    cell["n"],
                    cell["failures"],
                    cell["users"],
                    rate,
                    status,
                    description,
                )
            )
        executions = stats["n"] if stats else 0
        users = stats["users"] if stats else 0
        pass_rate = depth = ffd = scale = raw = None
        if stats and executions:
            pass_rate = 1 - stats["failures"] / executions
            depths = [
                0.0 if deepest is None else (position.get(deepest, -1) + 1) / count
                for deepest in sessions.get(notebook_id, [])
            ]
            depth = sum(depths) / len(depths) if depths else 0.0
            failed = stats["first_failure"]
            ffd = position.get(failed, count) / count if failed is not None else 1.0
            scale = formula.health_scale(users, executions / count)
            raw = formula.notebook_score(count, executions, users, pass_rate, depth)
        before = previous.get(notebook_id)
        verdict = formula.judge(
            raw,
            users,
            previous_score=before.previous_score if before else None,
            previous_status=before.previous_status if before else UNKNOWN,
            content_updated_at=content_updated_at,
            now=now,
            days=days,
        )
        good = [pos for pos, status in enumerate(statuses) if status == HEALTHY]
        bad = [pos for pos, status in enumerate(statuses) if status == UNHEALTHY]
        notebook_rows.append(
            (
                notebook_id,
                verdict.status,
                verdict.score,
                raw,
                verdict.description,
                count,
                executions,
                users,
                scale,
                pass_rate,
                depth,
                ffd,
                len(good),
                len(bad),
                max(good) if good else None,
                min(bad) if bad else None,
                verdict.previous_score,
                verdict.previous_status,
                sha256,
                # Before anyone ran it, a row of "undetermined" badges says nothing.
                badges if executions else [],
                now,
            )
        )
    with transaction.atomic():
        # Notebooks deleted since the ids were read must not be written back.
        alive = set(Notebook.objects.filter(pk__in=batch).values_list("pk", flat=True))
        NotebookHealth.objects.filter(notebook__in=batch).delete()
        CellHealth.objects.filter(notebook__in=batch).delete()
        insert_rows(NotebookHealth, NOTEBOOK_FIELDS, (r for r in notebook_rows if r[0] in alive))
        insert_rows(CellHealth, CELL_FIELDS, (r for r in cell_rows if r[0] in alive))
