"""The similarity dashboard: how the three nightly neighbour tables are spread (reference §5.3)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count

from nbgallery.dashboards.histograms import histogram_and_totals
from nbgallery.recommendations.models import AlsoViewed, SimilarNotebook, SimilarUser

TOP_PAIRS = 10


def similarity_dashboard() -> dict[str, Any]:
    tables = [
        table("more-like-this", "More like this", "notebooks", SimilarNotebook, "notebook"),
        table("also-viewed", "Users also viewed", "notebooks", AlsoViewed, "notebook"),
        table("similar-users", "Similar users", "people", SimilarUser, "user"),
    ]
    return {"tables": tables, "has_data": any(t["rows"] for t in tables)}


def table(id: str, title: str, things: str, model, source: str) -> dict[str, Any]:
    """Counts, the score histogram and the closest pairs of one neighbour table."""
    rows = model.objects.order_by()
    figure, counts = histogram_and_totals(
        id, f"{title}: similarity scores", rows, "score", name="pairs", rows=Count("pk")
    )
    return {
        "id": id,
        "title": title,
        "things": things,
        "rows": counts["rows"],
        # Hashing the distinct ids is cheaper than COUNT(DISTINCT), which sorts.
        "sources": rows.values(source).distinct().count(),
        "histogram": figure,
        "pairs": closest_pairs(rows, source),
    }


def closest_pairs(rows, source: str) -> list[tuple[Any, Any, float]]:
    """The best scores, each pair once (a pair is often stored both ways round).

    The top rows are found without a join, then their ends fetched by id: a
    join first would make the database sort the whole joined table.
    """
    seen: set[frozenset[int]] = set()
    best = []
    for one, other, score in rows.order_by("-score", "pk").values_list(
        f"{source}_id", "other_id", "score"
    )[: TOP_PAIRS * 2]:
        if frozenset((one, other)) not in seen:
            seen.add(frozenset((one, other)))
            best.append((one, other, score))
    ends = rows.model._meta.get_field(source).related_model._default_manager.in_bulk(
        {pk for one, other, _score in best for pk in (one, other)}
    )
    return [
        (ends[one], ends[other], score)
        for one, other, score in best[:TOP_PAIRS]
        if one in ends and other in ends
    ]
