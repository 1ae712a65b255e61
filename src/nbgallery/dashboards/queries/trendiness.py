"""The trendiness dashboard (reference §5.4): how trending is spread, and the top notebooks."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Max, Q

from nbgallery.dashboards.histograms import histogram
from nbgallery.dashboards.queries import TOP
from nbgallery.usage.models import NotebookDaily, NotebookSummary


def trendiness_dashboard() -> dict[str, Any]:
    summaries = NotebookSummary.objects.order_by().aggregate(
        rows=Count("pk"), trending=Count("pk", filter=Q(trendiness__gt=0))
    )
    dailies = NotebookDaily.objects.order_by().aggregate(rows=Count("pk"), last=Max("day"))
    trending = NotebookSummary.objects.filter(trendiness__gt=0)
    return {
        "headline": [
            ("Notebooks with usage figures", summaries["rows"]),
            ("Trending notebooks (trendiness above 0)", summaries["trending"]),
            ("Daily usage rows (last 90 days)", dailies["rows"]),
            ("Last day computed", dailies["last"] or "never"),
        ],
        "has_data": summaries["trending"] > 0,
        "has_dailies": dailies["rows"] > 0,
        "histogram": histogram(
            "trendiness",
            "Trendiness of notebooks",
            trending,
            "trendiness",
            heading="Trendiness",
            name="notebooks",
        ),
        # The listings' own index (summary_trendiness_order) serves this.
        "top": list(trending.select_related("notebook").order_by("-trendiness", "-notebook")[:TOP]),
    }
