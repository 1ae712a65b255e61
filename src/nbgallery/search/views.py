"""The search page (HTML and JSON) and the query-language help page.

The searching itself, including what the viewer may read, is
``services.search_notebooks``; these views only read the request (query, sort,
page, the switches that include deprecated and unapproved notebooks), turn
facet values into links that narrow the query, and render.
Nothing a user typed is trusted: any query, sort or page gives a page, never
an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode

from nbgallery.lib.search_query import FILTER_FIELDS, TEXT_FIELDS
from nbgallery.notebooks.listings import Shown
from nbgallery.notebooks.models import Notebook
from nbgallery.search.facets import FacetValue
from nbgallery.search.services import SORTS, Hit, SearchResults, search_notebooks
from nbgallery.views import wants_json

PER_PAGE = 20
MAX_PER_PAGE = 100
# Far past any real last page, yet an offset every database can take: a
# bigger number only costs a query before it is brought back to the last page.
MAX_PAGE = 100_000
FACET_TITLES = {"tags": "Tags", "languages": "Languages", "owners": "Owners", "groups": "Groups"}
# GET parameter -> search_notebooks keyword, as the original names them
# (``show_deprecated=true``); the page's checkboxes send 1.
SWITCHES = {"show_deprecated": "include_deprecated", "show_unapproved": "include_unapproved"}

# One query token: a field filter with a quoted or bare value, a quoted phrase
# (an unclosed quote runs to the next space), or a bare word. Only used to
# show and remove the filters a facet added; the service parses the query.
TOKEN = re.compile(r'-?[^\s:"]+:(?:"[^"]*"|\S*)|"[^"]*"|\S+')


def search(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    """``/search/?q=…&sort=…&page=…&count=…&show_deprecated=1&show_unapproved=1``;
    JSON at ``/search.json`` or with ``Accept: application/json``.

    An unknown sort falls back to the default (relevance with a query,
    trending without); a page that is not a number is the first, one beyond
    the end is the last.
    """
    text = request.GET.get("q", "")
    # A missing or unknown sort is "" and the service picks the default.
    sort = request.GET.get("sort", "")
    sort = sort if sort in SORTS else ""
    per_page = bounded_int(request.GET.get("count"), default=PER_PAGE, low=1, high=MAX_PER_PAGE)
    page = bounded_int(request.GET.get("page"), default=1, low=1, high=MAX_PAGE)
    shown = switches(request)
    included = {SWITCHES[param]: on for param, on in shown.items()}
    results = search_notebooks(
        request.user, text, sort=sort, page=page, per_page=per_page, **included
    )
    last = last_page(results.total, per_page)
    if page > last:
        results = search_notebooks(
            request.user, text, sort=sort, page=last, per_page=per_page, **included
        )
    if as_json or wants_json(request):
        response: HttpResponse = JsonResponse(as_document(request, results, shown))
    else:
        response = render(request, "search/search.html", page_context(results, sort, shown))
    patch_vary_headers(response, ["Accept"])
    return response


def search_json(request: HttpRequest) -> HttpResponse:
    return search(request, as_json=True)


def search_help(request: HttpRequest) -> HttpResponse:
    """What the query language understands, from the parser's own tables."""
    return render(request, "search/help.html", {"sorts": SORTS})


def switches(request: HttpRequest) -> dict[str, bool]:
    """Which of ``show_deprecated`` and ``show_unapproved`` are on (anything odd is off)."""
    shown = Shown.from_query(request.GET)
    return {"show_deprecated": shown.deprecated, "show_unapproved": shown.unapproved}


def bounded_int(value: str | None, *, default: int, low: int, high: int | None = None) -> int:
    try:
        number = int(value or "")
    except ValueError:
        return default
    number = max(low, number)
    return number if high is None else min(high, number)


def last_page(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


# ---------------------------------------------------------------- the page


@dataclass
class FacetLink:
    """A facet value as the page shows it: a link that adds (or, once applied, removes) it."""

    label: str
    count: int
    url: str
    applied: bool


@dataclass
class Chip:
    """A filter already in the query, with a link to search without it."""

    text: str
    url: str


def page_context(
    results: SearchResults, requested_sort: str, shown: dict[str, bool]
) -> dict[str, Any]:
    """``requested_sort``: the sort the visitor chose ("" for the default) and
    ``shown``: the switches that are on; the links on the page keep both."""
    kept = kept_params(requested_sort, shown)
    tokens = tokenize(results.text)
    applied = {normalized(token) for _, _, token in tokens}
    facets = []
    for key, title in FACET_TITLES.items():
        values = results.facets.get(key) or []
        links = [facet_link(results, value, applied, tokens, kept) for value in values]
        if links:
            facets.append({"key": key, "title": title, "links": links})
    has_query = bool(results.text.strip())
    return {
        "results": results,
        "query": results.text,
        "has_query": has_query,
        "sort_options": sort_options(results.sort, has_query),
        "show_deprecated": shown["show_deprecated"],
        "show_unapproved": shown["show_unapproved"],
        "facets": facets,
        # Searched as plain words: the field terms it seems to hold did nothing.
        "chips": [] if results.query.plain else chips(results.text, tokens, kept),
        "page": pages(results),
    }


def kept_params(sort: str, shown: dict[str, bool]) -> dict[str, str]:
    """The parameters besides ``q`` that every link on the page carries."""
    kept = {"sort": sort} if sort else {}
    kept.update({param: "1" for param, on in shown.items() if on})
    return kept


def sort_options(current: str, has_query: bool) -> list[dict[str, Any]]:
    """The dropdown. Relevance needs a query; without one the default (trending)
    is sent as "", so that typing a query and pressing Search sorts by relevance."""
    options = []
    for key, label in SORTS.items():
        if key == "relevance" and not has_query:
            continue
        value = "" if key == "trending" and not has_query else key
        options.append({"value": value, "label": label, "selected": key == current})
    return options


def facet_link(
    results: SearchResults,
    value: FacetValue,
    applied: set[str],
    tokens: list[tuple[int, int, str]],
    kept: dict[str, str],
) -> FacetLink:
    is_applied = normalized(value.term) in applied
    if is_applied:
        text = without(results.text, tokens, normalized(value.term))
    else:
        text = f"{results.text.strip()} {value.term}".strip()
    return FacetLink(value.label, value.count, search_url(text, kept), is_applied)


def chips(text: str, tokens: list[tuple[int, int, str]], kept: dict[str, str]) -> list[Chip]:
    """The field terms and filters the query holds, each with a link that drops it."""
    found = []
    for _, _, token in tokens:
        field = token.lstrip("-").split(":", 1)[0].lower() if ":" in token else ""
        if field in TEXT_FIELDS or field in FILTER_FIELDS:
            found.append(Chip(token, search_url(without(text, tokens, normalized(token)), kept)))
    return found


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in TOKEN.finditer(text)]


def normalized(token: str) -> str:
    # 'tag:Pandas' and 'TAG:pandas' are the same filter to the parser.
    return token.lower()


def without(text: str, tokens: list[tuple[int, int, str]], token: str) -> str:
    """The query with every occurrence of ``token`` cut out, the rest as typed."""
    kept, position = [], 0
    for start, end, found in tokens:
        if normalized(found) == token:
            kept.append(text[position:start])
            position = end
    kept.append(text[position:])
    return " ".join("".join(kept).split())


def search_url(text: str, kept: dict[str, str]) -> str:
    params = {"q": text} if text else {}
    params.update(kept)
    return "?" + urlencode(params)


def pages(results: SearchResults) -> Page:
    """A Page for the shared pagination include (its links keep q, sort and the switches)."""
    # A range costs nothing whatever its length: only the numbers are used.
    return Paginator(range(results.total), results.per_page).get_page(results.page)


# ---------------------------------------------------------------- JSON


def as_document(
    request: HttpRequest, results: SearchResults, shown: dict[str, bool]
) -> dict[str, Any]:
    return {
        "query": results.text,
        **shown,
        "total": results.total,
        # True when more than "total" match: totals are exact up to 1,000.
        "total_is_more": results.total_is_more,
        "page": results.page,
        "per_page": results.per_page,
        "pages": last_page(results.total, results.per_page),
        "sort": results.sort,
        "notice": results.notice,
        "results": [hit_document(request, hit) for hit in results.hits],
        "facets": {
            key: [
                {"label": value.label, "term": value.term, "count": value.count}
                for value in results.facets.get(key) or []
            ]
            for key in FACET_TITLES
        },
        # Facets counted over the newest this many matches (0: over all of them).
        "facets_of": results.facets_of,
    }


def hit_document(request: HttpRequest, hit: Hit) -> dict[str, Any]:
    notebook: Notebook = hit.notebook
    return {
        "uuid": str(notebook.uuid),
        "title": notebook.title,
        "url": request.build_absolute_uri(notebook.get_absolute_url()),
        "owner": owner_identifier(notebook),
        "owner_name": notebook.owner_name,
        "lang": notebook.lang,
        "tags": [tag.name for tag in notebook.tags.all()],
        "updated_at": notebook.updated_at.isoformat(),
        "deprecated": notebook.deprecated,
        "verified": notebook.verified,
        "unapproved": notebook.unapproved,
        "snippet_html": str(hit.snippet),
        "score": hit.score,
    }


def owner_identifier(notebook: Notebook) -> str:
    # A user by user name (as in the Jupyter metadata), a group by its name.
    if notebook.owner_user is not None:
        return notebook.owner_user.username
    return notebook.owner_group.name if notebook.owner_group is not None else ""
