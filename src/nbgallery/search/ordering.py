"""The sorts of search results and listings, and their tie-breakers.

Popularity is the number of stars, then views; ties end with the most
recently updated, then the highest id, so that the order is total and
pages never repeat or skip a notebook.

Until trendiness exists (issue 7), "trending" is most stars, then most
recent activity (the latest click); until health exists, "health" sorts as
"updated".
"""

from __future__ import annotations

from django.db.models import Count, F, IntegerField, Max, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Lower

from nbgallery.notebooks.models import Notebook, Star
from nbgallery.usage.models import Click

SORTS = {
    "relevance": "Relevance",
    "trending": "Trending",
    "created": "Recently created",
    "updated": "Recently updated",
    "title": "Title",
    "views": "Most views",
    "stars": "Most stars",
    "runs": "Most runs",
    "downloads": "Most downloads",
    "health": "Health",
}

CLICK_SORTS = {"views": Click.VIEWED, "runs": Click.RAN, "downloads": Click.DOWNLOADED}


def choose_sort(sort: str, has_text: bool) -> str:
    """The sort to use: relevance needs text to be relevant to."""
    if sort not in SORTS:
        sort = "relevance"
    if sort == "relevance" and not has_text:
        return "trending"
    return sort


def count_of(model, **conditions) -> Coalesce:
    counted = (
        model.objects.filter(notebook=OuterRef("pk"), **conditions)
        .order_by()
        .values("notebook")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def latest_click():
    latest = (
        Click.objects.filter(notebook=OuterRef("pk"))
        .order_by()
        .values("notebook")
        .annotate(latest=Max("created_at"))
        .values("latest")
    )
    return Subquery(latest)


def sorted_notebooks(notebooks: QuerySet[Notebook], sort: str) -> QuerySet[Notebook]:
    """``notebooks`` in the order of ``sort`` (any sort but relevance)."""
    notebooks = notebooks.annotate(
        star_count=count_of(Star), view_count=count_of(Click, action=Click.VIEWED)
    )
    ties = ["-star_count", "-view_count", "-updated_at", "-pk"]
    if sort == "trending":
        notebooks = notebooks.annotate(last_click=latest_click())
        return notebooks.order_by("-star_count", F("last_click").desc(nulls_last=True), *ties[1:])
    if sort == "created":
        return notebooks.order_by("-created_at", *ties)
    if sort == "title":
        return notebooks.order_by(Lower("title"), *ties)
    if sort == "stars":
        return notebooks.order_by(*ties)
    if sort in CLICK_SORTS:
        notebooks = notebooks.annotate(click_count=count_of(Click, action=CLICK_SORTS[sort]))
        return notebooks.order_by("-click_count", *ties)
    # "updated", and "health" until health exists.
    return notebooks.order_by("-updated_at", "-star_count", "-view_count", "-pk")
