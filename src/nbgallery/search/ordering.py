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
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower

from nbgallery.notebooks.models import Notebook
from nbgallery.search.backends.base import SQL
from nbgallery.usage.models import NotebookSummary

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


def sorted_ids(matching: SQL, sort: str, limit: int, *, walk: bool = False) -> list[int]:
    """The first ``limit`` of the notebooks whose ids ``matching`` selects, in
    the order of ``sort`` (any sort but relevance).

    ``matching`` is the backend's match, which already holds what the viewer
    may read: filtering the notebook table again would make the database
    read every readable notebook before it could sort.

    ``walk`` asks the database to walk the sort's index and keep the rows
    that match, rather than look every match up by id and sort them all: far
    faster when most notebooks match. An id written as ``id + 0`` is one no
    index answers, which is how SQLite's planner is told.
    """
    ids = RawSQL(*matching)  # noqa: S611 (the backend's SQL; user text in params)
    if sort in SUMMARY_SORTS:
        return summary_sorted_ids(ids, SUMMARY_SORTS[sort], limit, walk)
    notebooks = matching_notebooks(ids, walk)
    if sort == "created":
        ordered = notebooks.order_by("-created_at", "-pk")
    elif sort == "title":
        ordered = notebooks.order_by(Lower("title"), "-pk")
    elif sort == "health":
        ordered = notebooks.order_by(F("health__score").desc(nulls_last=True), "-pk")
    else:  # "updated"
        ordered = notebooks.order_by("-updated_at", "-pk")
    return list(ordered.values_list("pk", flat=True)[:limit])


def matching_notebooks(ids: RawSQL, walk: bool) -> QuerySet[Notebook]:
    return matching(Notebook.objects.all(), "pk", ids, walk)


def matching(rows: QuerySet, id_field: str, ids: RawSQL, walk: bool) -> QuerySet:
    """``rows`` whose ``id_field`` is one of ``ids``; as ``id + 0`` to walk."""
    if walk:
        return rows.alias(walked=F(id_field) + 0).filter(walked__in=ids)
    return rows.filter(**{f"{id_field}__in": ids})


def summary_sorted_ids(ids: RawSQL, column: str, limit: int, walk: bool) -> list[int]:
    """Walk the summary's index on ``column`` (an inner join the database can
    start from, where ``NULLS LAST`` over an outer join would sort every
    match), then the notebooks never used, the newest first."""
    summaries = matching(NotebookSummary.objects.all(), "notebook_id", ids, walk)
    used = summaries.order_by(f"-{column}", "-notebook_id")
    found = list(used.values_list("notebook_id", flat=True)[:limit])
    if len(found) < limit:
        never_used = matching_notebooks(ids, walk).filter(summary__isnull=True).order_by("-pk")
        found += never_used.values_list("pk", flat=True)[: limit - len(found)]
    return found
