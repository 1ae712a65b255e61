"""The other shapes of a listing page: JSON for programs, RSS for feed readers.

Every listing answers ``.json`` and ``.rss`` on its path (the URL converter
``fmt``, registered in ``notebooks/urls.py``), and JSON also when the Accept
header prefers it. A listing view decides *which* notebooks to show; these
helpers only change the shape, so the HTML, the JSON and the feed of one listing can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.paginator import Page
from django.http import HttpRequest, HttpResponse, JsonResponse

from nbgallery.notebooks import feeds, listings
from nbgallery.notebooks.models import Notebook, NotebookQuerySet

HTML, JSON, RSS = "html", "json", "rss"
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FormatConverter:
    """``<fmt:fmt>`` in a route: the suffix after the dot, ``json`` or ``rss``."""

    regex = "json|rss"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


def requested_format(request: HttpRequest, suffix: str | None) -> str:
    """``json``/``rss`` from the path's suffix; else JSON if the Accept header prefers it.

    A browser's Accept (``text/html`` first) and ``*/*`` both get the page.
    """
    if suffix:
        return suffix
    preferred = request.get_preferred_type([*HTML_TYPES, "application/json"])
    return JSON if preferred == "application/json" else HTML


def notebook_json(request: HttpRequest, notebook: Notebook) -> dict[str, Any]:
    """One listing row, as the JSON listings give it (the tags must be prefetched)."""
    owner_type = "User" if notebook.owner_user_id else "Group"
    owner = notebook.owner_user.username if notebook.owner_user else notebook.owner_group.name  # type: ignore[union-attr]
    return {
        "uuid": str(notebook.uuid),
        "title": notebook.title,
        "description": notebook.description,
        "url": request.build_absolute_uri(notebook.get_absolute_url()),
        "owner": owner,
        "owner_type": owner_type,
        "lang": notebook.lang,
        "tags": [tag.name for tag in notebook.tags.all()],
        "created_at": notebook.created_at.isoformat(),
        "updated_at": notebook.updated_at.isoformat(),
    }


def notebook_page_json(request: HttpRequest, page: Page) -> JsonResponse:
    """A page of a notebook listing: ``{total, page, per_page, results}``."""
    return JsonResponse(
        {
            "total": page.paginator.count,
            "page": page.number,
            "per_page": page.paginator.per_page,
            "results": [notebook_json(request, notebook) for notebook in page],
        }
    )


def counts_json(request: HttpRequest, rows: Iterable[tuple[str, int, str]]) -> JsonResponse:
    """A count page (tags, languages, groups): ``{results: [{name, count, url}]}``."""
    return JsonResponse(
        {
            "results": [
                {"name": name, "count": count, "url": request.build_absolute_uri(url)}
                for name, count, url in rows
            ]
        }
    )


def notebook_formats(
    request: HttpRequest, fmt: str | None, notebooks: NotebookQuerySet, *, title: str, link: str
) -> HttpResponse | None:
    """The listing as JSON or RSS if that is what was asked for; None means "render the page".

    ``notebooks`` must already be what the requester may read; ``title`` and
    ``link`` (the page's path) name the feed.
    """
    kind = requested_format(request, fmt)
    if kind == RSS:
        listing = feeds.NotebookListing(title, link, notebooks)
        return feeds.NotebookFeed()(request, listing=listing)
    if kind == JSON:
        return notebook_page_json(request, listings.paginate(notebooks, request.GET.get("page")))
    return None


def count_formats(
    request: HttpRequest,
    fmt: str | None,
    rows: list[tuple[str, int, str]],
    *,
    title: str,
    link: str,
) -> HttpResponse | None:
    """A count page's (name, count, url) rows as JSON or RSS if asked for; else None."""
    kind = requested_format(request, fmt)
    if kind == HTML:
        return None
    return count_response(request, kind, rows, title=title, link=link)


def count_response(
    request: HttpRequest, kind: str, rows: list[tuple[str, int, str]], *, title: str, link: str
) -> HttpResponse:
    """The rows as RSS (``kind`` "rss") or JSON (anything else)."""
    if kind == RSS:
        return feeds.CountFeed()(request, listing=feeds.CountListing(title, link, rows))
    return counts_json(request, rows)


def feed_url(link: str) -> str:
    """The RSS suffix form of a listing page's path: ``/tags/pandas/`` -> ``/tags/pandas.rss``."""
    return link.rstrip("/") + ".rss"
