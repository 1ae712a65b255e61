"""Per-notebook usage counts (reference §5.5), recomputed from the click log by a job.

Everything is counted in the database with GROUP BY, gathered into numpy
arrays indexed by notebook, and only rows whose figures changed are written,
so that an hourly run over a quiet gallery writes almost nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import numpy as np
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone

from nbgallery.jobs.bulk import upsert_rows
from nbgallery.jobs.registry import Progress
from nbgallery.jupyter.models import Execution, ExecutionHistory
from nbgallery.notebooks.models import Notebook, Star
from nbgallery.usage.models import Click, NotebookSummary

BATCH = 2000
UPSERT_BATCH = 20_000
# Counted columns, in the order of the numpy matrix.
COUNTS = [
    "views",
    "unique_views",
    "downloads",
    "unique_downloads",
    "runs",
    "unique_runs",
    "stars",
    "executions",
    "unique_executors",
]
ACTION_COLUMNS = {
    Click.VIEWED: ("views", "unique_views"),
    Click.DOWNLOADED: ("downloads", "unique_downloads"),
    Click.RAN: ("runs", "unique_runs"),
}
# A notebook published or given a new version this recently starts at the top (§5.4).
FRESH = timedelta(days=1)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def batches(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def compute_notebook_summaries(progress: Progress, now: datetime | None = None) -> int:
    """Recount every notebook's views, downloads, runs, stars and executions.

    Clicks of deleted users still count (their user is gone, the click stays);
    rows of deleted notebooks went with them. Returns how many rows changed.
    """
    now = now or timezone.now()
    ids = np.fromiter(Notebook.objects.order_by("pk").values_list("pk", flat=True), dtype=np.int64)
    if not len(ids):
        progress(0, 0)
        return 0
    column = {name: number for number, name in enumerate(COUNTS)}
    counts = np.zeros((len(ids), len(COUNTS)), dtype=np.int64)
    # Latest activity, in microseconds since 1970 (0: none), exact unlike float timestamps.
    last = np.zeros(len(ids), dtype=np.int64)

    def put(rows: list[tuple], names: tuple[str, ...], with_last: bool) -> None:
        if not rows:
            return
        found = np.array([row[0] for row in rows], dtype=np.int64)
        where = np.searchsorted(ids, found)
        keep = (where < len(ids)) & (ids[np.minimum(where, len(ids) - 1)] == found)
        for offset, name in enumerate(names, start=1):
            values = np.array([row[offset] for row in rows], dtype=np.int64)
            np.add.at(counts[:, column[name]], where[keep], values[keep])
        if with_last:
            stamps = np.array([(row[-1] - EPOCH) // MICROSECOND for row in rows], dtype=np.int64)
            np.maximum.at(last, where[keep], stamps[keep])

    clicks = (
        Click.objects.order_by()
        .values_list("notebook_id", "action")
        .annotate(total=Count("pk"), unique=Count("user", distinct=True), last=Max("created_at"))
    )
    by_action: dict[str, list[tuple]] = {}
    for notebook_id, action, total, unique, latest in clicks.iterator(chunk_size=BATCH):
        by_action.setdefault(action, []).append((notebook_id, total, unique, latest))
    for action, rows in by_action.items():
        put(rows, ACTION_COLUMNS.get(action, ()), with_last=True)
    stars = Star.objects.order_by().values_list("notebook_id").annotate(n=Count("pk"))
    put(list(stars), ("stars",), with_last=False)
    executions = (
        Execution.objects.order_by()
        .values_list("notebook_id")
        .annotate(n=Count("pk"), last=Max("created_at"))
    )
    put(list(executions), ("executions",), with_last=True)
    executors = (
        ExecutionHistory.objects.order_by()
        .values_list("notebook_id")
        .annotate(n=Count("user", distinct=True))
    )
    put(list(executors), ("unique_executors",), with_last=False)
    return write_changed(ids, counts, last, progress, now)


def write_changed(
    ids: np.ndarray, counts: np.ndarray, last: np.ndarray, progress: Progress, now: datetime
) -> int:
    """Upsert the rows whose counts differ from what is stored."""
    stored = {
        row[0]: row[1:]
        for row in NotebookSummary.objects.values_list("notebook_id", *COUNTS, "last_activity_at")
    }
    created = dict(
        Notebook.objects.filter(content_updated_at__gte=now - FRESH).values_list(
            "pk", "content_updated_at"
        )
    )
    changed: list[tuple] = []
    for position, notebook_id in enumerate(ids.tolist()):
        figures = counts[position].tolist()
        stamp = int(last[position])
        latest = EPOCH + stamp * MICROSECOND if stamp else None
        old = stored.get(notebook_id)
        if old is not None and list(old[:-1]) == figures and old[-1] == latest:
            continue
        # The trendiness is only used when the row is new: a new notebook starts trending (§5.4).
        trendiness = 1.0 if notebook_id in created else 0.0
        changed.append((notebook_id, *figures, latest, trendiness, now))
    total = len(changed)
    done = 0
    progress(0, total)
    fields = ("notebook_id", *COUNTS, "last_activity_at", "trendiness", "computed_at")
    for batch in batches(changed, UPSERT_BATCH):
        with transaction.atomic():
            # Only notebooks still there: one deleted meanwhile would break the foreign key.
            alive = set(
                Notebook.objects.filter(pk__in=[row[0] for row in batch]).values_list(
                    "pk", flat=True
                )
            )
            upsert_rows(
                NotebookSummary,
                fields,
                ("notebook_id",),
                (*COUNTS, "last_activity_at", "computed_at"),
                (row for row in batch if row[0] in alive),
            )
        done += len(batch)
        progress(done, total)
    # A new version puts the notebook back on top within the hour, as the
    # original's reset on update does; the nightly trendiness agrees for a day.
    NotebookSummary.objects.filter(notebook_id__in=list(created)).exclude(trendiness=1.0).update(
        trendiness=1.0
    )
    return total
