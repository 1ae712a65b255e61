"""The recommender summary (reference §5.3): by reason, scores, the most suggested."""

from __future__ import annotations

from typing import Any

from django.db.models import Avg, Count, Sum

from nbgallery.dashboards.figures import Figure, bars
from nbgallery.dashboards.histograms import UNIT_EDGES, buckets, grouped_bucket_counts
from nbgallery.dashboards.queries import TOP
from nbgallery.notebooks.models import Notebook
from nbgallery.recommendations.models import Recommendation

REASON_NAMES = dict(Recommendation.REASONS)
# Chart labels: the full names are too long to sit side by side under the bars.
SHORT_NAMES = {
    Recommendation.SIMILAR_USERS: "similar users",
    Recommendation.SIMILAR_NOTEBOOKS: "similar notebooks",
    Recommendation.ALSO_VIEWED: "also viewed",
    Recommendation.GROUPS: "groups",
    Recommendation.NEW_USERS: "new users",
}


def recommender_dashboard(reason: str | None = None) -> dict[str, Any]:
    """Everything, or with ``reason`` (a key of REASON_NAMES) the top lists of that reason only."""
    rows = Recommendation.objects.order_by()
    # values().distinct().count() lets the database hash rather than sort.
    totals = {
        "rows": rows.count(),
        "users": rows.values("user").distinct().count(),
        "notebooks": rows.values("notebook").distinct().count(),
    }
    by_reason = {
        row["reason"]: row
        for row in rows.values("reason").annotate(
            rows=Count("pk"), users=Count("user", distinct=True), average=Avg("score")
        )
    }
    reasons: list[dict[str, Any]] = [
        {"key": key, "name": name, **by_reason[key]}
        for key, name in REASON_NAMES.items()
        if key in by_reason
    ]
    chosen = rows.filter(reason=reason) if reason else rows
    return {
        "headline": [
            ("Recommendations", totals["rows"]),
            ("People with recommendations", totals["users"]),
            ("Notebooks recommended", totals["notebooks"]),
        ],
        "has_data": totals["rows"] > 0,
        "reasons": reasons,
        "reason": reason,
        "reason_name": REASON_NAMES.get(reason or ""),
        "choices": list(REASON_NAMES.items()),
        "by_reason": bars(
            "by-reason",
            "Recommendations by reason",
            "Reason",
            [SHORT_NAMES.get(row["key"], row["key"]) for row in reasons],
            [("recommendations", [float(row["rows"]) for row in reasons])],
        ),
        "scores": score_histogram(rows),
        "top_notebooks": top_notebooks(chosen),
        "top_tags": list(
            chosen.filter(notebook__tags__isnull=False)
            .values("notebook__tags__name")
            .annotate(n=Count("pk"))
            .order_by("-n", "notebook__tags__name")[:TOP]
        ),
        "top_groups": list(
            chosen.filter(notebook__owner_group__isnull=False)
            .values("notebook__owner_group__gid", "notebook__owner_group__name")
            .annotate(n=Count("pk"))
            .order_by("-n", "notebook__owner_group__name")[:TOP]
        ),
    }


def top_notebooks(chosen) -> list[dict[str, Any]]:
    """The most suggested notebooks: grouped by id alone, then the top ones' titles."""
    top = list(
        chosen.values("notebook_id")
        .annotate(suggestions=Count("pk"), score=Sum("score"))
        .order_by("-suggestions", "-score", "notebook_id")[:TOP]
    )
    notebooks = Notebook.objects.in_bulk([row["notebook_id"] for row in top])
    return [
        {**row, "notebook": notebooks[row["notebook_id"]]}
        for row in top
        if row["notebook_id"] in notebooks
    ]


def score_histogram(rows) -> Figure:
    """Scores stacked by reason: each reason scales its scores its own way."""
    counts = grouped_bucket_counts(rows, "reason", "score", UNIT_EDGES)
    labels = [label for label, _condition in buckets("score", UNIT_EDGES)]
    series = [
        (SHORT_NAMES.get(key, key), [float(n) for n in counts[key]])
        for key in REASON_NAMES
        if key in counts
    ]
    return bars("scores", "Recommendation scores by reason", "Score", labels, series)
