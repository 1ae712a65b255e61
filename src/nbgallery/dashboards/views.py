"""The admin dashboards: charts of what the nightly jobs computed (reference §2.7).

Each page is for admins only and reads through one function of ``queries``,
whose result is cached for a few minutes (see ``figures_of``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.dashboards.queries.health import health_dashboard
from nbgallery.dashboards.queries.packages import packages_dashboard
from nbgallery.dashboards.queries.recommender import REASON_NAMES, recommender_dashboard
from nbgallery.dashboards.queries.reputation import reputation_dashboard
from nbgallery.dashboards.queries.similarity import similarity_dashboard
from nbgallery.dashboards.queries.trendiness import trendiness_dashboard
from nbgallery.decorators import admin_required
from nbgallery.health.models import NotebookHealth
from nbgallery.notebooks.models import Notebook
from nbgallery.recommendations.models import Recommendation, SimilarNotebook
from nbgallery.reviews.models import UserSummary
from nbgallery.search.models import SearchPackage
from nbgallery.usage.models import NotebookSummary
from nbgallery.views import error_page

# (url name, title, what it shows, model whose rows mean its job has run)
DASHBOARDS = [
    (
        "dashboard_health",
        "Health",
        "Executions from Jupyter, health scores, the least healthy notebooks.",
        NotebookHealth,
    ),
    (
        "dashboard_trendiness",
        "Trendiness",
        "How trending is spread, and the most trending notebooks.",
        NotebookSummary,
    ),
    (
        "dashboard_recommender",
        "Recommender",
        "Recommendations by reason and score, the most suggested notebooks, tags and groups.",
        Recommendation,
    ),
    (
        "dashboard_similarity",
        "Similarity",
        "Histograms of notebook and user similarity, the closest pairs.",
        SimilarNotebook,
    ),
    ("dashboard_reputation", "Reputation", "The top users and authors by reputation.", UserSummary),
    (
        "dashboard_packages",
        "Packages",
        "The packages notebooks import, per language.",
        SearchPackage,
    ),
]


def figures_of(key: str, compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A dashboard's figures, recounted at most every few minutes.

    They come from nightly and hourly jobs, so minutes-old figures lose
    nothing, while recounting a large gallery's tables on every load costs
    the database up to a second or two a page.
    """
    seconds = int(getattr(settings, "NBGALLERY_DASHBOARD_CACHE_SECONDS", 300))
    found = cache.get(f"dashboards:{key}") if seconds > 0 else None
    if found is None:
        found = {**compute(), "computed_at": timezone.now()}
        if seconds > 0:
            cache.set(f"dashboards:{key}", found, seconds)
    return found


@admin_required
def index(request: HttpRequest) -> HttpResponse:
    notebooks = Notebook.objects.order_by().aggregate(
        all=Count("pk"), public=Count("pk", filter=Q(public=True))
    )
    headline = [
        ("Notebooks", notebooks["all"]),
        ("Public", notebooks["public"]),
        ("Private", notebooks["all"] - notebooks["public"]),
        ("People", User.objects.count()),
    ]
    dashboards = [
        {"url": name, "title": title, "about": about, "ready": model._default_manager.exists()}
        for name, title, about, model in DASHBOARDS
    ]
    return render(
        request, "dashboards/index.html", {"headline": headline, "dashboards": dashboards}
    )


@admin_required
def health(request: HttpRequest) -> HttpResponse:
    return render(request, "dashboards/health.html", figures_of("health", health_dashboard))


@admin_required
def trendiness(request: HttpRequest) -> HttpResponse:
    return render(
        request, "dashboards/trendiness.html", figures_of("trendiness", trendiness_dashboard)
    )


@admin_required
def recommender(request: HttpRequest) -> HttpResponse:
    reason = request.GET.get("reason") or None
    if reason is not None and reason not in REASON_NAMES:
        known = ", ".join(REASON_NAMES)
        return error_page(
            request, 400, f"There is no recommendation reason {reason!r}. Reasons: {known}."
        )
    return render(
        request,
        "dashboards/recommender.html",
        figures_of(f"recommender:{reason}", lambda: recommender_dashboard(reason)),
    )


@admin_required
def similarity(request: HttpRequest) -> HttpResponse:
    return render(
        request, "dashboards/similarity.html", figures_of("similarity", similarity_dashboard)
    )


@admin_required
def reputation(request: HttpRequest) -> HttpResponse:
    return render(
        request, "dashboards/reputation.html", figures_of("reputation", reputation_dashboard)
    )


@admin_required
def packages(request: HttpRequest) -> HttpResponse:
    return render(request, "dashboards/packages.html", figures_of("packages", packages_dashboard))
