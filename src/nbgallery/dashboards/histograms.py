"""Histograms counted by the database: one aggregate query, whatever the row count.

A histogram has buckets ``[edge_i, edge_i+1)``, labelled "low–high"; the
last one also holds its upper edge, so a score of exactly 1.0 is counted. ``None`` as the last edge
means "and above" (for unbounded figures such as raw reputation).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Aggregate, Count, Q, QuerySet

from nbgallery.dashboards.figures import Figure, bars
from nbgallery.health.charts import fmt

Edges = list[float | None]
UNIT_EDGES: Edges = [round(n / 10, 1) for n in range(11)]
# Raw reputation spans orders of magnitude: buckets by powers of ten.
DECADE_EDGES: Edges = [0, 1, 10, 100, 1000, 10000, None]


def buckets(field: str, edges: Edges) -> list[tuple[str, Q]]:
    """``(label, condition)`` per bucket."""
    found = []
    last = len(edges) - 2
    for i in range(len(edges) - 1):
        low, high = edges[i] or 0, edges[i + 1]
        if high is None:
            found.append((f"{fmt(low)}+", Q(**{f"{field}__gte": low})))
            continue
        upper = "lte" if i == last else "lt"
        condition = Q(**{f"{field}__gte": low, f"{field}__{upper}": high})
        found.append((f"{fmt(low)}–{fmt(high)}", condition))
    return found


def bucket_counts(
    queryset: QuerySet, field: str, edges: Edges, **extra: Aggregate
) -> tuple[list[int], dict[str, Any]]:
    """How many rows of ``queryset`` fall in each bucket of ``field``, and the
    ``extra`` aggregates, counted in the same pass over the table."""
    parts = buckets(field, edges)
    counts = queryset.order_by().aggregate(
        **{f"b{i}": Count("pk", filter=condition) for i, (_label, condition) in enumerate(parts)},
        **extra,
    )
    return [counts[f"b{i}"] or 0 for i in range(len(parts))], {k: counts[k] for k in extra}


def grouped_bucket_counts(
    queryset: QuerySet, group: str, field: str, edges: Edges
) -> dict[str, list[int]]:
    """Per value of ``group`` (e.g. a recommendation reason), the bucket counts."""
    parts = buckets(field, edges)
    rows = (
        queryset.order_by()
        .values(group)
        .annotate(
            **{
                f"b{i}": Count("pk", filter=condition)
                for i, (_label, condition) in enumerate(parts)
            }
        )
    )
    return {row[group]: [row[f"b{i}"] or 0 for i in range(len(parts))] for row in rows}


def histogram(
    id: str,
    title: str,
    queryset: QuerySet,
    field: str,
    *,
    heading: str = "Score",
    name: str = "rows",
    edges: Edges = UNIT_EDGES,
) -> Figure:
    """A one-series bar chart of how ``field`` is distributed over ``queryset``."""
    return histogram_and_totals(
        id, title, queryset, field, heading=heading, name=name, edges=edges
    )[0]


def histogram_and_totals(
    id: str,
    title: str,
    queryset: QuerySet,
    field: str,
    *,
    heading: str = "Score",
    name: str = "rows",
    edges: Edges = UNIT_EDGES,
    **extra: Aggregate,
) -> tuple[Figure, dict[str, Any]]:
    """The histogram, and the ``extra`` aggregates from the same query."""
    counts, totals = bucket_counts(queryset, field, edges, **extra)
    labels = [label for label, _condition in buckets(field, edges)]
    return bars(id, title, heading, labels, [(name, [float(n) for n in counts])]), totals
