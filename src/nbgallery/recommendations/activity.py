"""The gallery's data as sparse matrices: who used which notebook, and how much.

Rows and columns are positions in sorted id arrays (``Index``); rows of the
log that point at users or notebooks deleted meanwhile are dropped.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
import scipy.sparse as sp
from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.jupyter.models import ExecutionHistory
from nbgallery.notebooks.models import Notebook, Star
from nbgallery.recommendations import matrices
from nbgallery.usage.models import Click

CHUNK = 5000


def activity_days() -> int:
    return int(getattr(settings, "NBGALLERY_RECOMMENDATION_ACTIVITY_DAYS", 90))


def notebooks_per_user() -> int:
    return int(getattr(settings, "NBGALLERY_RECOMMENDATION_NOTEBOOKS_PER_USER", 200))


def recent_days() -> int:
    return int(getattr(settings, "NBGALLERY_RECOMMENDATION_RECENT_DAYS", 30))


@dataclass
class Index:
    """Sorted ids; ``positions`` maps ids to rows, -1 for ids not present."""

    ids: np.ndarray

    def __len__(self) -> int:
        return int(self.ids.size)

    def positions(self, ids: np.ndarray) -> np.ndarray:
        if self.ids.size == 0:
            return np.full(ids.shape, -1, dtype=np.int64)
        found = np.searchsorted(self.ids, ids)
        found = np.clip(found, 0, self.ids.size - 1)
        return np.where(self.ids[found] == ids, found, -1)


def active_users() -> Index:
    ids = User.objects.filter(is_active=True).order_by("pk").values_list("pk", flat=True)
    return Index(np.fromiter(ids.iterator(chunk_size=CHUNK), dtype=np.int64))


def all_notebooks() -> Index:
    ids = Notebook.objects.order_by("pk").values_list("pk", flat=True)
    return Index(np.fromiter(ids.iterator(chunk_size=CHUNK), dtype=np.int64))


class Pairs:
    """(row id, column id, value) triples in compact arrays (millions of them)."""

    def __init__(self) -> None:
        self.rows, self.columns, self.values = array("q"), array("q"), array("d")

    def add(self, row: int, column: int, value: float = 1.0) -> None:
        self.rows.append(row)
        self.columns.append(column)
        self.values.append(value)

    def extend(self, rows: np.ndarray, columns: np.ndarray, values: np.ndarray) -> None:
        """Add many triples at once; those with a NULL (NaN) id are left out."""
        known = ~(np.isnan(rows) | np.isnan(columns))
        rows, columns, values = rows[known], columns[known], values[known]
        self.rows.frombytes(rows.astype(np.int64).tobytes())
        self.columns.frombytes(columns.astype(np.int64).tobytes())
        self.values.frombytes(values.astype(np.float64).tobytes())

    def matrix(self, rows: Index, columns: Index) -> sp.csr_matrix:
        """A csr matrix over the indexes; duplicates are summed."""
        r = rows.positions(np.frombuffer(self.rows, dtype=np.int64))
        c = columns.positions(np.frombuffer(self.columns, dtype=np.int64))
        ok = (r >= 0) & (c >= 0)
        values = np.frombuffer(self.values, dtype=np.float64)[ok]
        return sp.csr_matrix(
            (values, (r[ok], c[ok])), shape=(len(rows), len(columns)), dtype=np.float64
        )


def columns(queryset: QuerySet, width: int) -> list[np.ndarray]:
    """The numeric columns of a values_list query as float64 arrays (NULL: NaN)."""
    sql, params = queryset.query.sql_with_params()
    return fetch(sql, list(params), width)


def fetch(sql: str, params: list, width: int) -> list[np.ndarray]:
    """The numeric columns of a query's rows as float64 arrays (NULL: NaN).

    The rows are fetched with a plain cursor: Django's per-value converters
    cost more than the query itself on millions of rows of numbers.
    """
    parts: list[np.ndarray] = []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while chunk := cursor.fetchmany(CHUNK * 20):
            parts.append(np.array(chunk, dtype=np.float64).reshape(-1, width))
    table = np.concatenate(parts) if parts else np.zeros((0, width))
    return [table[:, i] for i in range(width)]


def clicks_since(since: datetime) -> list[np.ndarray]:
    """(user id, notebook id, 1.0 if an execution else 0.0) of each signed-in click since then.

    One row per click, summed up in numpy: a GROUP BY over millions of clicks
    costs SQLite far more. On SQLite the unary + keeps the query off the
    created_at index, which it would otherwise walk row by row, slowly, when
    most of the log is recent; a plain scan reads the table in order.
    """
    table = connection.ops.quote_name(Click._meta.db_table)
    created = "+created_at" if connection.vendor == "sqlite" else "created_at"
    sql = (
        f"SELECT user_id, notebook_id, CASE WHEN action = %s THEN 1 ELSE 0 END "  # noqa: S608
        f"FROM {table} WHERE {created} >= %s AND user_id IS NOT NULL"
    )
    return fetch(sql, [Click.EXECUTED, connection.ops.adapt_datetimefield_value(since)], 3)


def usage(users: Index, notebooks: Index) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """(feature, presence) matrices, users × notebooks, over the activity window.

    feature: Σ 1.0 per execution and 0.5 per other click (reference §5.3);
    presence: 1.0 if the user executed the notebook, else 0.5 if they clicked it
    (the original's underscore bug, which made everything 0.5, is not copied).
    Execution histories count as executions, so instrumented runs count even
    when no click was logged. Each user keeps their NOTEBOOKS_PER_USER most
    used notebooks.
    """
    since = timezone.now() - timedelta(days=activity_days())
    user_ids, notebook_ids, executed = clicks_since(since)
    runs = ExecutionHistory.objects.filter(day__gte=since.date()).values_list(
        "user_id", "notebook_id"
    )
    run_users, run_notebooks = columns(runs, 2)
    features, executions = Pairs(), Pairs()
    # Duplicates are summed into the matrices: Σ 1.0 per execution, 0.5 per other click.
    features.extend(user_ids, notebook_ids, np.where(executed > 0, 1.0, 0.5))
    executions.extend(user_ids, notebook_ids, executed)
    del user_ids, notebook_ids, executed
    for pairs in (features, executions):
        pairs.extend(run_users, run_notebooks, np.ones(run_users.size))
    feature = features.matrix(users, notebooks)
    del features
    executed_matrix = executions.matrix(users, notebooks)
    # A user's most used notebooks only: heavy users would otherwise pair every
    # notebook with every other one and make the co-viewing products dense.
    feature = matrices.strongest_per_row(feature, notebooks_per_user())
    presence = feature.copy()
    presence.data[:] = 0.5
    executed_kept = executed_matrix.multiply(feature > 0)
    presence = presence.maximum((executed_kept > 0).astype(np.float64)).tocsr()
    presence.eliminate_zeros()
    return feature, presence


def excluded(users: Index, notebooks: Index) -> sp.csr_matrix:
    """Users × notebooks not worth suggesting ("defeats"): clicked recently,
    owned, created, last updated or starred by the user."""
    since = timezone.now() - timedelta(days=recent_days())
    pairs = Pairs()
    user_ids, notebook_ids, _executed = clicks_since(since)
    pairs.extend(user_ids, notebook_ids, np.ones(user_ids.size))
    stars = columns(Star.objects.values_list("user_id", "notebook_id"), 2)
    pairs.extend(stars[0], stars[1], np.ones(stars[0].size))
    people = Notebook.objects.values_list("pk", "owner_user_id", "creator_id", "updater_id")
    notebook_ids, *user_columns = columns(people, 4)
    for user_ids in user_columns:  # NULLs (NaN) match no user and are dropped
        pairs.extend(user_ids, notebook_ids, np.ones(user_ids.size))
    matrix = pairs.matrix(users, notebooks)
    matrix.data[:] = 1.0
    return matrix


def in_use(notebooks: Index) -> np.ndarray:
    """A mask over notebook positions: neither deprecated nor unapproved."""
    flagged = Notebook.objects.filter(Q(deprecated=True) | Q(unapproved=True)).values_list(
        "pk", flat=True
    )
    mask = np.ones(len(notebooks), dtype=bool)
    positions = notebooks.positions(np.fromiter(flagged.iterator(), dtype=np.int64))
    mask[positions[positions >= 0]] = False
    return mask
