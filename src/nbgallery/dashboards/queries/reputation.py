"""The reputation dashboard (reference §5.8): the top users and authors, and how scores spread."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Max, Q

from nbgallery.dashboards.histograms import DECADE_EDGES, histogram
from nbgallery.reviews.models import UserSummary

# The original's admin page lists 50 of each.
TOP_USERS = 50


def reputation_dashboard() -> dict[str, Any]:
    summaries = UserSummary.objects.order_by()
    totals = summaries.aggregate(
        rows=Count("pk"),
        users=Count("pk", filter=Q(user_rep_raw__gt=0)),
        authors=Count("pk", filter=Q(author_rep_raw__gt=0)),
        last=Max("updated_at"),
    )
    people = summaries.select_related("user")
    return {
        "headline": [
            ("People with a reputation row", totals["rows"]),
            ("With a user reputation above 0", totals["users"]),
            ("With an author reputation above 0", totals["authors"]),
            ("Last computed", totals["last"] or "never"),
        ],
        "has_data": totals["rows"] > 0,
        "user_histogram": histogram(
            "user-reputation",
            "User reputation (raw scores)",
            summaries,
            "user_rep_raw",
            heading="Raw score",
            name="people",
            edges=DECADE_EDGES,
        ),
        "author_histogram": histogram(
            "author-reputation",
            "Author reputation (raw scores)",
            summaries,
            "author_rep_raw",
            heading="Raw score",
            name="people",
            edges=DECADE_EDGES,
        ),
        "top_users": list(
            people.filter(user_rep_raw__gt=0).order_by("-user_rep_raw", "user_id")[:TOP_USERS]
        ),
        "top_authors": list(
            people.filter(author_rep_raw__gt=0).order_by("-author_rep_raw", "user_id")[:TOP_USERS]
        ),
    }
