"""The sorts of search results and listings, and their tie-breakers.

Popularity is the number of stars, then views; ties end with the most
recently updated, then the highest id, so that the order is total and
pages never repeat or skip a notebook. The date and title sorts go
straight to the highest id, so that an index answers them.

Until trendiness exists (issue 7), "trending" is most stars, then most
recent activity (the latest click). "health" is the nightly health score
(health app), notebooks without one last, then as "updated".
"""

from __future__ import annotations

from django.db import connection
from django.db.models import F, QuerySet
from django.db.models.functions import Lower

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


def sorted_ids(notebooks: QuerySet[Notebook], sort: str, limit: int) -> list[int]:
    """The ids of the first ``limit`` of ``notebooks`` in the order of ``sort``
    (any sort but relevance).

    The sorts by a date or the title break ties by id alone, so that an
    index gives their first page without counting anything. The sorts by
    popularity count stars and clicks once per notebook in two grouped
    subqueries, not once per row; per-notebook summaries kept by a job
    (issue 7) are the next step when clicks number in the millions.
    """
    if sort == "created":
        ordered = notebooks.order_by("-created_at", "-pk")
    elif sort == "title":
        ordered = notebooks.order_by(Lower("title"), "-pk")
    elif sort == "health":
        ordered = notebooks.order_by(F("health__score").desc(nulls_last=True), "-updated_at", "-pk")
    elif sort not in ("trending", "stars", *CLICK_SORTS):  # "updated"
        ordered = notebooks.order_by("-updated_at", "-pk")
    else:
        return popular_ids(notebooks, sort, limit)
    return list(ordered.values_list("pk", flat=True)[:limit])


def popular_ids(notebooks: QuerySet[Notebook], sort: str, limit: int) -> list[int]:
    ids_sql, ids_params = notebooks.order_by().values("pk").query.sql_with_params()
    stars, views, updated = (
        "COALESCE(s.stars, 0) DESC",
        "COALESCE(c.views, 0) DESC",
        "n.updated_at DESC, n.id DESC",
    )
    order = {
        "stars": f"{stars}, {views}, {updated}",
        "trending": f"{stars}, c.latest DESC NULLS LAST, {views}, {updated}",
    }.get(sort, f"COALESCE(c.counted, 0) DESC, {stars}, {views}, {updated}")
    sql = (
        f"SELECT n.id FROM {Notebook._meta.db_table} n "  # noqa: S608 (our names; values in params)
        f"LEFT JOIN (SELECT notebook_id, COUNT(*) AS stars FROM {Star._meta.db_table} "
        "GROUP BY notebook_id) s ON s.notebook_id = n.id "
        "LEFT JOIN (SELECT notebook_id, "
        "SUM(CASE WHEN action = %s THEN 1 ELSE 0 END) AS views, "
        "SUM(CASE WHEN action = %s THEN 1 ELSE 0 END) AS counted, "
        f"MAX(created_at) AS latest FROM {Click._meta.db_table} "
        "GROUP BY notebook_id) c ON c.notebook_id = n.id "
        f"WHERE n.id IN ({ids_sql}) ORDER BY {order} LIMIT %s"
    )
    counted = CLICK_SORTS.get(sort, Click.VIEWED)
    with connection.cursor() as cursor:
        cursor.execute(sql, [Click.VIEWED, counted, *ids_params, limit])
        return [row[0] for row in cursor.fetchall()]
