"""The sorts of search results and listings, and their tie-breakers.

Trending, views, stars, runs and downloads read the per-notebook summary
the usage jobs keep (``usage.NotebookSummary``, reference §5.5): one
indexed column each, so the first page is an index walk, not a count of
millions of clicks. A notebook without a summary has no recorded use and
comes last. "health" is the nightly health score (health app), notebooks
without one last.

Every sort ends with the highest id, so that the order is total and pages
never repeat or skip a notebook, and an index on (column, id) answers it.
"""

from __future__ import annotations

from django.db.models import F, QuerySet
from django.db.models.functions import Lower

from nbgallery.notebooks.models import Notebook

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

# The summary column each popularity sort reads. Views count people, not
# page loads: reloading a page should not lift it.
SUMMARY_SORTS = {
    "trending": "trendiness",
    "views": "unique_views",
    "stars": "stars",
    "runs": "runs",
    "downloads": "downloads",
}


def choose_sort(sort: str, has_text: bool) -> str:
    """The sort to use: relevance needs text to be relevant to."""
    if sort not in SORTS:
        sort = "relevance"
    if sort == "relevance" and not has_text:
        return "trending"
    return sort


def sorted_ids(notebooks: QuerySet[Notebook], sort: str, limit: int) -> list[int]:
    """The ids of the first ``limit`` of ``notebooks`` in the order of ``sort``
    (any sort but relevance)."""
    if sort == "created":
        ordered = notebooks.order_by("-created_at", "-pk")
    elif sort == "title":
        ordered = notebooks.order_by(Lower("title"), "-pk")
    elif sort == "health":
        ordered = notebooks.order_by(F("health__score").desc(nulls_last=True), "-pk")
    elif sort in SUMMARY_SORTS:
        ordered = notebooks.order_by(
            F(f"summary__{SUMMARY_SORTS[sort]}").desc(nulls_last=True), "-pk"
        )
    else:  # "updated"
        ordered = notebooks.order_by("-updated_at", "-pk")
    return list(ordered.values_list("pk", flat=True)[:limit])
