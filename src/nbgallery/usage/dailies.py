"""Daily use per notebook and trendiness (reference §5.4), computed by a nightly job.

``daily_score = ln(1 + users) / ln(1 + max users of any notebook that day)``,
where a notebook's users of a day are those who clicked on it or ran it.
Trendiness is the best daily score of the last 30 days, less 5 % per month
of age (at most 25 %), floored at 0.01 once there is any daily row; a
notebook published or given a new version in the last day is at 1.0.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from nbgallery.jobs.bulk import insert_rows, upsert_rows
from nbgallery.jobs.registry import Progress
from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.notebooks.models import Notebook
from nbgallery.usage.models import Click, NotebookDaily, NotebookSummary
from nbgallery.usage.summaries import COUNTS, FRESH

KEEP_DAYS = 90  # dailies are aged off after this (§5.4)
TRENDING_DAYS = 30
# Rails' 1.month, which the original divides a notebook's age by.
MONTH_SECONDS = 2_629_746


def day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def adapt(moment: datetime) -> Any:
    # Raw SQL gets what the ORM would send: SQLite compares datetimes as text.
    return connection.ops.adapt_datetimefield_value(moment)


def day_index_sql(column: str, days: list[date], moments: bool) -> tuple[str, list[Any]]:
    """SQL giving the position in ``days`` (consecutive) of a row's ``column``.

    Clicks carry a moment, cut at each local midnight; execution histories a date.
    """
    if len(days) == 1:
        return "0", []
    if moments:
        bounds = [adapt(day_start(day + timedelta(days=1))) for day in days[:-1]]
        whens = " ".join(f"WHEN {column} < %s THEN {n}" for n in range(len(bounds)))
        return f"CASE {whens} ELSE {len(days) - 1} END", bounds
    whens = " ".join(f"WHEN %s THEN {n}" for n in range(len(days)))
    return f"CASE {column} {whens} END", list(days)


def users_per_notebook_day(days: list[date]) -> dict[tuple[int, int], tuple[int, int]]:
    """(day position, notebook id) -> (people who clicked or ran it, people who ran it),
    over the consecutive ``days``, in one pass over each table."""
    clicks = Click._meta.db_table
    histories = ExecutionHistory._meta.db_table
    click_day, click_params = day_index_sql("created_at", days, moments=True)
    run_day, run_params = day_index_sql("day", days, moments=False)
    window = [adapt(day_start(days[0])), adapt(day_start(days[-1] + timedelta(days=1)))]
    with connection.cursor() as cursor:
        # UNION removes a user counted by both tables; anonymous clicks have no user.
        cursor.execute(
            f"SELECT d, notebook_id, COUNT(*) FROM ("  # noqa: S608 (table names are ours)
            f"SELECT {click_day} AS d, notebook_id, user_id FROM {clicks} "
            f"WHERE created_at >= %s AND created_at < %s AND user_id IS NOT NULL "
            f"UNION SELECT {run_day} AS d, notebook_id, user_id FROM {histories} "
            f"WHERE day >= %s AND day <= %s"
            f") used GROUP BY d, notebook_id",
            [*click_params, *window, *run_params, days[0], days[-1]],
        )
        users = {(d, pk): count for d, pk, count in cursor.fetchall()}
        cursor.execute(
            f"SELECT {run_day}, notebook_id, COUNT(DISTINCT user_id) FROM {histories} "  # noqa: S608
            f"WHERE day >= %s AND day <= %s GROUP BY day, notebook_id",
            [*run_params, days[0], days[-1]],
        )
        executors = {(d, pk): count for d, pk, count in cursor.fetchall()}
    return {key: (count, executors.get(key, 0)) for key, count in users.items()}


def compute_days(days: list[date]) -> int:
    """Replace the dailies of the consecutive ``days``; all or nothing, so a rerun
    gives the same rows. Each day is scored against that day's busiest notebook."""
    used = users_per_notebook_day(days)
    busiest = [0] * len(days)
    for (position, _pk), (users, _executors) in used.items():
        busiest[position] = max(busiest[position], users)
    rows = [
        (pk, days[position], users, executors, math.log1p(users) / math.log1p(busiest[position]))
        for (position, pk), (users, executors) in used.items()
    ]
    with transaction.atomic():
        NotebookDaily.objects.filter(day__gte=days[0], day__lte=days[-1]).delete()
        # A notebook deleted since the counting would break the foreign key.
        alive = set(Notebook.objects.values_list("pk", flat=True).iterator(chunk_size=5000))
        insert_rows(
            NotebookDaily,
            ("notebook_id", "day", "unique_users", "unique_executors", "daily_score"),
            (row for row in rows if row[0] in alive),
        )
    return len(rows)


def days_to_compute(today: date) -> list[date]:
    """Yesterday, and any earlier day of the trending window missed since the last run."""
    yesterday = today - timedelta(days=1)
    first = today - timedelta(days=TRENDING_DAYS)
    latest = NotebookDaily.objects.aggregate(latest=Max("day"))["latest"]
    if latest is not None:
        first = max(first, min(latest + timedelta(days=1), yesterday))
    return [first + timedelta(days=n) for n in range((yesterday - first).days + 1)]


def age_off_dailies(today: date) -> int:
    """Forget daily rows older than the 90 days the original keeps."""
    deleted, _ = NotebookDaily.objects.filter(day__lt=today - timedelta(days=KEEP_DAYS)).delete()
    return deleted


def compute_notebook_dailies(progress: Progress, now: datetime | None = None) -> None:
    """The nightly job: age off old dailies, compute missing days, then trendiness."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    age_off_dailies(today)
    progress(0, 2)
    compute_days(days_to_compute(today))
    progress(1, 2)
    compute_trendiness(now)
    progress(2, 2)


def trendiness_values(
    best: np.ndarray, has_daily: np.ndarray, age_seconds: np.ndarray, fresh: np.ndarray
) -> np.ndarray:
    """The formula of §5.4 over arrays, one entry per notebook."""
    penalty = np.minimum(0.05 * age_seconds / MONTH_SECONDS, 0.25)
    trend = np.where(has_daily, np.maximum(best * (1 - penalty), 0.01), 0.0)
    return np.where(fresh, 1.0, trend)


def compute_trendiness(now: datetime) -> int:
    """Store every notebook's trendiness; only changed rows are written. Returns how many."""
    since = timezone.localdate(now) - timedelta(days=TRENDING_DAYS)
    notebooks = list(
        Notebook.objects.order_by("pk").values_list("pk", "created_at", "content_updated_at")
    )
    if not notebooks:
        return 0
    ids = np.array([row[0] for row in notebooks], dtype=np.int64)
    age = np.array([(now - row[1]).total_seconds() for row in notebooks], dtype=np.float64)
    fresh = np.array([now - row[2] < FRESH for row in notebooks], dtype=bool)
    best = np.zeros(len(ids))
    has_daily = np.zeros(len(ids), dtype=bool)
    scores = (
        NotebookDaily.objects.filter(day__gte=since)
        .order_by()
        .values_list("notebook_id")
        .annotate(best=Max("daily_score"))
    )
    for pk, score in scores.iterator(chunk_size=5000):
        position = np.searchsorted(ids, pk)
        if position < len(ids) and ids[position] == pk:
            best[position] = score
            has_daily[position] = True
    trend = trendiness_values(best, has_daily, np.maximum(age, 0), fresh)
    stored = dict(NotebookSummary.objects.values_list("notebook_id", "trendiness"))
    changed = [
        (pk, *[0] * len(COUNTS), None, value, now)
        for pk, value in zip(ids.tolist(), trend.tolist(), strict=True)
        if stored.get(pk) is None or abs(stored[pk] - value) > 1e-9
    ]
    with transaction.atomic():
        # Only notebooks still there: one deleted meanwhile would break the foreign key.
        alive = set(Notebook.objects.values_list("pk", flat=True).iterator(chunk_size=5000))
        upsert_rows(
            NotebookSummary,
            ("notebook_id", *COUNTS, "last_activity_at", "trendiness", "computed_at"),
            ("notebook_id",),
            ("trendiness", "computed_at"),
            (row for row in changed if row[0] in alive),
        )
    return len(changed)
