"""Searching notebooks: ``search_notebooks``, the one entry point for pages and feeds.

A query is parsed by ``nbgallery.lib.search_query``; the backend for the
database turns its terms into SQL over the index; everything else
(permissions, filters, sorting, facets) is the ORM over
``Notebook.objects.readable_by(viewer)``, so search can never show what the
notebook pages would refuse. Deprecated and unapproved notebooks are left out
unless asked for, as the original does (reference §5.1 "Default filters").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.safestring import SafeString

from nbgallery.lib.search_query import DateFilter, Query, parse_query
from nbgallery.notebooks.models import Notebook, Star
from nbgallery.search.backends import get_backend
from nbgallery.search.facets import FacetValue
from nbgallery.search.facets import facet_counts as facet_counts
from nbgallery.search.models import SearchDocument, SearchPackage
from nbgallery.search.ordering import SORTS as SORTS
from nbgallery.search.ordering import choose_sort, sorted_notebooks
from nbgallery.search.snippets import excerpt

MAX_PER_PAGE = 100
MAX_PAGE = 100_000  # keeps OFFSET within what every database accepts
# A verified notebook's text score is multiplied by this. A factor, not an
# addition, because the two backends score on different scales (bm25 sums in
# the tens, ts_rank below 1): a verified notebook then beats an equal or
# slightly weaker match, but not a much better one, such as a match in the
# title (weight 50) against one in the description (10) or the cells (1).
# The original's Solr boost (+100) put nearly every verified match first.
VERIFIED_BOOST = 1.5


@dataclass
class Hit:
    notebook: Notebook  # owner_user/owner_group/updater selected, tags prefetched
    score: float
    snippet: SafeString  # escaped text with <mark>…</mark> around matches ("" if none)


@dataclass
class SearchResults:
    text: str  # the query as typed
    hits: list[Hit]  # this page only
    total: int  # readable matches in all
    page: int
    per_page: int
    sort: str  # the sort actually used (relevance by default with a query)
    facets: dict[str, list[FacetValue]]  # "tags", "languages", "owners", "groups"
    notice: str = ""
    query: Query = field(default_factory=Query, repr=False)


def search_notebooks(
    viewer,
    text: str,
    *,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    include_deprecated: bool = False,
    include_unapproved: bool = False,
) -> SearchResults:
    """The readable notebooks matching ``text`` (the query language), one page of them.

    Never raises on the text: an unreadable query is searched as plain words
    and ``notice`` says so. Totals and facets count only what ``viewer`` may
    read, and leave out deprecated and unapproved notebooks unless
    ``include_deprecated`` / ``include_unapproved`` (``active:`` in the query
    overrides ``include_deprecated``: ``active:false`` finds only deprecated ones).
    """
    text = text or ""
    query = parse_query(text)
    notebooks = in_scope(
        Notebook.objects.readable_by(viewer),
        query,
        include_deprecated=include_deprecated,
        include_unapproved=include_unapproved,
    )
    matches = matching_notebooks(notebooks, query)
    sort = choose_sort(sort, query.has_text)
    page = min(max(1, int(page)), MAX_PAGE)
    per_page = min(max(1, int(per_page)), MAX_PER_PAGE)
    offset = (page - 1) * per_page
    if sort == "relevance":
        ranked = relevance_page(matches, query, offset, per_page)
    else:
        ordered = sorted_notebooks(matches, sort).values_list("pk", flat=True)
        ids = ordered[offset : offset + per_page]
        ranked = [(notebook_id, 0.0) for notebook_id in ids]
    return SearchResults(
        text=text,
        hits=hits_for(ranked, query),
        total=matches.count(),
        page=page,
        per_page=per_page,
        sort=sort,
        facets=facet_counts(matches),
        notice=query.notice,
        query=query,
    )


def matching_notebooks(notebooks: QuerySet[Notebook], query: Query) -> QuerySet[Notebook]:
    """``notebooks`` narrowed to what ``query`` matches (no order, no score)."""
    backend = get_backend()
    if query.clauses:
        either = Q()
        for clause in query.clauses:
            both = Q()
            for term in clause:
                sql, params = backend.term_sql(term)
                condition = Q(pk__in=RawSQL(sql, params))  # noqa: S611 (text in params)
                both &= ~condition if term.negated else condition
            either |= both
        notebooks = notebooks.filter(either)
    for package in query.packages:
        uses = Exists(SearchPackage.objects.filter(notebook=OuterRef("pk"), name=package.name))
        notebooks = notebooks.filter(~uses if package.negated else uses)
    for day in query.dates:
        notebooks = notebooks.filter(date_condition(day))
    if query.active is not None:
        notebooks = notebooks.filter(deprecated=not query.active)
    return notebooks


def in_scope(
    notebooks: QuerySet[Notebook],
    query: Query,
    *,
    include_deprecated: bool,
    include_unapproved: bool,
) -> QuerySet[Notebook]:
    """``notebooks`` without the deprecated and unapproved ones, unless included.

    An ``active:`` filter in the query decides deprecation by itself (it is
    applied in ``matching_notebooks``), so ``active:false`` needs no switch.
    """
    if not include_deprecated and query.active is None:
        notebooks = notebooks.filter(deprecated=False)
    if not include_unapproved:
        notebooks = notebooks.filter(unapproved=False)
    return notebooks


def date_condition(date_filter: DateFilter) -> Q:
    """Days in the site's time zone: ``>D`` is after day D, ``<=D`` up to its end."""
    column = "created_at" if date_filter.field == "created" else "updated_at"
    zone = timezone.get_current_timezone()
    start = datetime.combine(date_filter.day, time.min, tzinfo=zone)
    end = start + timedelta(days=1)
    return {
        ">": Q(**{f"{column}__gte": end}),
        ">=": Q(**{f"{column}__gte": start}),
        "<": Q(**{f"{column}__lt": start}),
        "<=": Q(**{f"{column}__lt": end}),
        "=": Q(**{f"{column}__gte": start, f"{column}__lt": end}),
    }[date_filter.op]


def relevance_page(
    matches: QuerySet[Notebook], query: Query, offset: int, limit: int
) -> list[tuple[int, float]]:
    """(id, score) of one page, best first; ties by verified, stars, recency, then id.

    The score is the backend's text score, times ``VERIFIED_BOOST`` for a
    verified notebook.
    """
    notebook_table, star_table = Notebook._meta.db_table, Star._meta.db_table
    terms = query.positive_terms
    matches_sql, matches_params = matches.order_by().values("pk").query.sql_with_params()
    if terms:
        score_sql, score_params = get_backend().score_sql(terms)
        scored = f"LEFT JOIN ({score_sql}) s ON s.notebook_id = n.id"
        score = f"COALESCE(s.score, 0.0) * CASE WHEN n.verified THEN {VERIFIED_BOOST} ELSE 1.0 END"
    else:  # only exclusions: nothing to score
        scored, score_params, score = "", [], "0.0"
    # Names are ours; user text is only ever in the parameters.
    sql = (
        f"SELECT n.id, {score} AS score FROM {notebook_table} n {scored} "  # noqa: S608
        f"WHERE n.id IN ({matches_sql}) "
        "ORDER BY score DESC, n.verified DESC, "
        f"(SELECT COUNT(*) FROM {star_table} st WHERE st.notebook_id = n.id) DESC, "
        "n.updated_at DESC, n.id DESC LIMIT %s OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*score_params, *matches_params, limit, offset])
        return [(row[0], float(row[1])) for row in cursor.fetchall()]


def hits_for(ranked: list[tuple[int, float]], query: Query) -> list[Hit]:
    ids = [notebook_id for notebook_id, _score in ranked]
    notebooks = (
        Notebook.objects.filter(pk__in=ids)
        .select_related("owner_user", "owner_group", "creator", "updater")
        .prefetch_related("tags")
    )
    by_id = {notebook.pk: notebook for notebook in notebooks}
    texts = {
        doc.notebook_id: [doc.description, doc.body]
        for doc in SearchDocument.objects.filter(notebook_id__in=ids).only(
            "notebook_id", "description", "body"
        )
    }
    words = query.words
    return [
        Hit(by_id[notebook_id], score, excerpt(texts.get(notebook_id, []), words))
        for notebook_id, score in ranked
        if notebook_id in by_id
    ]
