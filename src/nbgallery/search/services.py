"""Searching notebooks: ``search_notebooks``, the one entry point for pages and feeds.

A query is parsed by ``nbgallery.lib.search_query``; the backend for the
database matches it, together with who may read what and the filters, in
the full-text index (see access.py). The page of notebooks is then loaded
through ``Notebook.objects.readable_by(viewer)``, so search can never show
what the notebook pages would refuse, even before the index catches up.
Deprecated and unapproved notebooks are left out unless asked for, as the
original does (reference §5.1 "Default filters").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db import connection
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString

from nbgallery.lib.search_query import DateFilter, Query, parse_query
from nbgallery.notebooks.listings import Shown, readable
from nbgallery.notebooks.models import Notebook
from nbgallery.search.access import DEPRECATED, UNAPPROVED, package_token, viewer_tokens
from nbgallery.search.backends import get_backend
from nbgallery.search.backends.base import SQL, Match
from nbgallery.search.facets import FacetValue, PoolRow, id_list, pool_rows
from nbgallery.search.facets import facet_counts as facet_counts
from nbgallery.search.ordering import SORTS as SORTS
from nbgallery.search.ordering import choose_sort, sorted_ids
from nbgallery.search.snippets import excerpt

MAX_PER_PAGE = 100
MAX_PAGE = 100_000  # keeps OFFSET within what every database accepts
# How many of the newest matches, and of the newest matches in the head
# fields, relevance ranks (see best_matches). Each candidate is scored, and
# its row read for the facets: at 100,000 notebooks, 250 rather than 500
# took a quarter off a PostgreSQL search (bench/bench_search.py).
POOL_SIZE = 250
# Totals are exact up to here, then "more than" this, as GitLab's "1,000+":
# counting every match of a common word costs more than the rest of the
# search (reading each row to check who may see it), and nobody pages through
# 50 pages of results.
COUNT_LIMIT = 1_000
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
    total: int  # readable matches in all, at most COUNT_LIMIT
    page: int
    per_page: int
    sort: str  # the sort actually used (relevance by default with a query)
    facets: dict[str, list[FacetValue]]  # "tags", "languages", "owners", "groups"
    facets_of: int = 0  # facets count only the newest this many matches (0: all of them)
    notice: str = ""
    query: Query = field(default_factory=Query, repr=False)
    total_is_more: bool = False  # more than ``total`` (COUNT_LIMIT) match


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
    sort = choose_sort(sort, query.has_text)
    page = min(max(1, int(page)), MAX_PAGE)
    per_page = min(max(1, int(per_page)), MAX_PER_PAGE)
    offset = (page - 1) * per_page
    scope = Shown(deprecated=include_deprecated, unapproved=include_unapproved)
    match = match_for(viewer, query, scope)
    visible = in_scope(readable(viewer), query, scope)
    with get_backend().planned():
        if sort == "relevance":
            result = best_matches(match, offset + per_page)
        else:
            result = every_match(match, sort, offset + per_page)
        hits = hits_for(visible, result.ranked[offset : offset + per_page], query)
        facets = facet_counts(result.pool)
    return SearchResults(
        text=text,
        hits=hits,
        total=min(result.total, COUNT_LIMIT),
        total_is_more=result.total > COUNT_LIMIT,
        page=page,
        per_page=per_page,
        sort=sort,
        facets=facets,
        facets_of=result.facets_of,
        notice=query.notice,
        query=query,
    )


def match_for(viewer, query: Query, scope: Shown) -> Match:
    """The backend's match: the text, what the viewer may read, and the filters."""
    required = [package_token(p.name) for p in query.packages if not p.negated]
    excluded = [package_token(p.name) for p in query.packages if p.negated]
    if query.active is False:
        required.append(DEPRECATED)
    elif query.active is True or not scope.deprecated:
        excluded.append(DEPRECATED)
    if not scope.unapproved:
        excluded.append(UNAPPROVED)
    return Match(
        query.clauses,
        tuple(viewer_tokens(viewer)),
        tuple(required),
        tuple(excluded),
        on_notebook=dates_sql(query.dates),
    )


@dataclass
class Found:
    ranked: list[tuple[int, float]]  # (id, score), best first, at least up to the page's end
    total: int  # up to COUNT_LIMIT + 1
    pool: list[PoolRow]  # the matches the facets count: the newest ones
    facets_of: int = 0  # when the pool holds only the newest matches: how many (else 0)


def found(ranked: list[tuple[int, float]], total: int, rows: list[PoolRow]) -> Found:
    return Found(ranked, total, rows, len(rows) if total > len(rows) else 0)


def best_matches(match: Match, needed: int) -> Found:
    """Relevance: rank a pool of candidates, not every match.

    A common word matches most of the gallery; scoring every match costs far
    more than a search should. The pool is the newest ``POOL_SIZE`` matches
    plus the newest ``POOL_SIZE`` whose title, people, description or tags
    match (so an old notebook with the words in its title is not missed).
    Ranking and the page come from it, the facets from its newest matches
    (as in every sort); the total is exact up to COUNT_LIMIT.
    """
    candidates = get_backend().candidates(match, max(POOL_SIZE, needed), COUNT_LIMIT + 1)
    rows = pool_rows(list(candidates.scores))
    newest = set(candidates.newest)
    facet_rows = [row for row in rows if row.notebook_id in newest]
    return found(ranked_by_relevance(rows, candidates.scores), candidates.total, facet_rows)


def ranked_by_relevance(rows: list[PoolRow], scores: dict[int, float]) -> list[tuple[int, float]]:
    """(id, score) best first: the text score (times ``VERIFIED_BOOST`` when
    verified), then verified, stars, the latest update and the id."""
    keyed = []
    for row in rows:
        score = scores[row.notebook_id] * (VERIFIED_BOOST if row.verified else 1.0)
        keyed.append(((score, row.verified, row.stars, row.updated_at, row.notebook_id), score))
    keyed.sort(key=lambda item: item[0], reverse=True)
    return [(key[-1], score) for key, score in keyed]


def every_match(match: Match, sort: str, needed: int) -> Found:
    """Any other sort: every match, ordered by the database, as far as the
    page needs. The facets count the newest ``POOL_SIZE`` matches, as with
    relevance, so that a new sort never changes them."""
    backend = get_backend()
    newest = backend.newest(match, COUNT_LIMIT + 1)  # the count and the facets in one read
    if len(newest) <= COUNT_LIMIT:
        # Every match is known: the sort looks them up by id, where a planner
        # might walk its index testing each notebook against the full text.
        matching, walk = known_ids(newest), False
    else:
        matching, walk = backend.ids_sql(match), backend.walks_sorts_when_many
    ids = sorted_ids(matching, sort, needed, walk=walk)
    facet_rows = pool_rows(newest[: max(POOL_SIZE, needed)])
    return found([(notebook_id, 0.0) for notebook_id in ids], len(newest), facet_rows)


def known_ids(ids: list[int]) -> SQL:
    """SQL selecting these notebook ids."""
    table = Notebook._meta.db_table
    return f"SELECT id FROM {table} WHERE id IN ({id_list(ids)})", []  # noqa: S608 (ints only)


def in_scope(notebooks: QuerySet[Notebook], query: Query, scope: Shown) -> QuerySet[Notebook]:
    """``notebooks`` without the deprecated and unapproved ones, unless included;
    ``active:`` in the query decides deprecation by itself."""
    if query.active is not None:
        notebooks = notebooks.filter(deprecated=not query.active)
    elif not scope.deprecated:
        notebooks = notebooks.filter(deprecated=False)
    if not scope.unapproved:
        notebooks = notebooks.filter(unapproved=False)
    return notebooks


def date_bounds(date_filter: DateFilter) -> list[tuple[str, str, datetime]]:
    """(column, ">=" or "<", moment): days in the site's time zone, ``>D`` is
    after day D, ``<=D`` up to its end."""
    column = "created_at" if date_filter.field == "created" else "updated_at"
    zone = timezone.get_current_timezone()
    start = datetime.combine(date_filter.day, time.min, tzinfo=zone)
    end = start + timedelta(days=1)
    return {
        ">": [(column, ">=", end)],
        ">=": [(column, ">=", start)],
        "<": [(column, "<", start)],
        "<=": [(column, "<", end)],
        "=": [(column, ">=", start), (column, "<", end)],
    }[date_filter.op]


def dates_sql(dates: tuple[DateFilter, ...]) -> SQL:
    """The date filters as a condition on the notebook row ``n``, for the backend."""
    bounds = [bound for date_filter in dates for bound in date_bounds(date_filter)]
    sql = " AND ".join(f"n.{column} {op} %s" for column, op, _ in bounds)
    adapt = connection.ops.adapt_datetimefield_value
    return sql, [adapt(moment) for _, _, moment in bounds]


def hits_for(
    visible: QuerySet[Notebook], ranked: list[tuple[int, float]], query: Query
) -> list[Hit]:
    """The page's notebooks, loaded through ``visible`` (what the viewer may
    read, in scope, as a listing row shows it), so an index not yet in step
    can never show more. The indexed cell text comes along for the snippets."""
    ids = [notebook_id for notebook_id, _score in ranked]
    notebooks = visible.filter(pk__in=ids).annotate(cell_text=F("search_document__body"))
    by_id = {notebook.pk: notebook for notebook in notebooks}
    words = query.words
    return [
        Hit(notebook, score, excerpt([notebook.description, notebook.cell_text or ""], words))
        for notebook_id, score in ranked
        if (notebook := by_id.get(notebook_id)) is not None
    ]
