"""Listing pages: the home page tabs, tags, languages, and a group's landing notebook.

Which notebooks appear is decided in ``notebooks.listings``; these views only
pick the listing, the page number and the shape: a page, JSON (``.json`` or
``Accept: application/json``) or RSS (``.rss``), all from the same queryset.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_POST

from nbgallery.accounts import services as accounts
from nbgallery.accounts.models import Group
from nbgallery.accounts.views.groups import render_group
from nbgallery.notebooks import listings, services
from nbgallery.notebooks.models import Notebook, NotebookQuerySet
from nbgallery.notebooks.views import formats, landing
from nbgallery.typing import AuthenticatedHttpRequest


@dataclass
class HomeTab:
    label: str
    listing: Callable[..., NotebookQuerySet]
    empty: str  # what to say when the tab has no notebooks
    anonymous: bool = False  # shown to visitors who are not signed in
    switchable: bool = False  # takes the switches that show flagged notebooks


HOME_TABS: dict[str, HomeTab] = {
    "recommended": HomeTab("Recommended", listings.recommended, "Not enough data yet."),
    "all": HomeTab("All", listings.trending, "Nobody has shared a notebook here yet.", True, True),
    "recent": HomeTab(
        "Recent", listings.recent, "Nobody has shared a notebook here yet.", True, True
    ),
    "mine": HomeTab("Mine", listings.mine, "You have no notebooks yet."),
    "starred": HomeTab("Starred", listings.starred, "You have not starred a notebook yet."),
    "shared": HomeTab(
        "Shared with me", listings.shared_with, "Nobody has shared a notebook with you yet."
    ),
}
DEFAULT_TAB = "recent"


def home(request: HttpRequest) -> HttpResponse:
    """Welcome, a search box, and tabs ``?tab=recommended|all|recent|mine|starred|shared``.

    Anonymous visitors see All and Recent only. ``/?staged=<sid>`` is where
    Jupyter Lab sends a first upload (protocol §4). JSON by Accept header here,
    or by suffix at ``/notebooks.json?tab=...`` (and RSS at ``/notebooks.rss``).
    """
    if "staged" in request.GET:
        return landing.to_step_two(request)
    return home_listing(request)


def home_listing(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    """The home page's tabs in every format (``/notebooks.json``, ``/notebooks.rss``)."""
    signed_in = request.user.is_authenticated
    tab = request.GET.get("tab", DEFAULT_TAB)
    if tab not in HOME_TABS or not (signed_in or HOME_TABS[tab].anonymous):
        tab = DEFAULT_TAB
    current = HOME_TABS[tab]
    shown = listings.Shown.from_query(request.GET)
    if current.switchable:
        notebooks = current.listing(request.user, shown)
    else:
        notebooks = current.listing(request.user)
    link = f"{reverse('home')}?tab={tab}"
    title = f"{current.label} notebooks"
    other = formats.notebook_formats(request, fmt, notebooks, title=title, link=link)
    if other is not None:
        return other
    tabs = [
        {"key": key, "label": item.label, "active": key == tab}
        for key, item in HOME_TABS.items()
        if signed_in or item.anonymous
    ]
    context = {
        "tabs": tabs,
        "tab": tab,
        "tab_label": current.label,
        "page": listings.paginate(notebooks, request.GET.get("page")),
        "empty_message": current.empty,
        "search_page_url": search_url(),
        "shown": shown if current.switchable else None,
        "feed_url": f"{reverse('home_listing', args=['rss'])}?tab={tab}",
    }
    return render(request, "home.html", context)


def search_url() -> str:
    """The search page; its fixed path until the search app routes it."""
    try:
        return reverse("search")
    except NoReverseMatch:
        return "/search/"


def opensearch(request: HttpRequest) -> HttpResponse:
    """The OpenSearch description, so a browser can add the gallery as a search engine."""
    context = {
        "search_url": request.build_absolute_uri(search_url()),
        "self_url": request.build_absolute_uri(reverse("opensearch")),
        "icon_url": request.build_absolute_uri(static("nbgallery/favicon.svg")),
    }
    return render(
        request,
        "opensearch.xml",
        context,
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


def notebook_listing(
    request: HttpRequest,
    fmt: str | None,
    notebooks: NotebookQuerySet,
    *,
    title: str,
    link: str,
    template: str,
    context: dict[str, Any],
) -> HttpResponse:
    """A notebook listing as a page (``template`` with ``page`` and ``feed_url``), JSON or RSS."""
    other = formats.notebook_formats(request, fmt, notebooks, title=title, link=link)
    if other is not None:
        return other
    page = listings.paginate(notebooks, request.GET.get("page"))
    context = {
        **context,
        "page": page,
        "feed_url": formats.feed_url(link),
        "shown": listings.Shown.from_query(request.GET),
    }
    return render(request, template, context)


def count_listing(
    request: HttpRequest,
    fmt: str | None,
    rows: list[tuple[str, int, str]],
    *,
    title: str,
    link: str,
    template: str,
    context: dict[str, Any],
) -> HttpResponse:
    """A count page (name, count, url rows) as a page, JSON or RSS."""
    other = formats.count_formats(request, fmt, rows, title=title, link=link)
    if other is not None:
        return other
    return render(request, template, {**context, "feed_url": formats.feed_url(link)})


def tag_list(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    """Every tag on a notebook the viewer may read, with how many such notebooks."""
    tags = listings.tag_counts(request.user)
    rows = [(name, count, reverse("tag_detail", args=[name])) for name, count in tags]
    return count_listing(
        request,
        fmt,
        rows,
        title="Tags",
        link=reverse("tag_list"),
        template="notebooks/tag_list.html",
        context={"tags": tags},
    )


def tag_detail(request: HttpRequest, tag: str, fmt: str | None = None) -> HttpResponse:
    return notebook_listing(
        request,
        fmt,
        listings.with_tag(request.user, tag, listings.Shown.from_query(request.GET)),
        title=f"Notebooks tagged {tag}",
        link=reverse("tag_detail", args=[tag]),
        template="notebooks/tag_detail.html",
        context={"tag": tag},
    )


def language_list(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    """Every language of a notebook the viewer may read, with counts (and per major version)."""
    languages = listings.language_counts(request.user)
    rows = []
    for language in languages:
        rows.append((language.name, language.count, language_url(language.name)))
        rows += [(key, count, language_url(key)) for key, count in language.versions.items()]
    return count_listing(
        request,
        fmt,
        rows,
        title="Languages",
        link=reverse("language_list"),
        template="notebooks/language_list.html",
        context={"languages": languages},
    )


def language_url(lang: str) -> str:
    try:
        return reverse("language_detail", args=[lang])
    except NoReverseMatch:  # a language name with a slash: no page of its own
        return reverse("language_list")


def language_detail(request: HttpRequest, lang: str, fmt: str | None = None) -> HttpResponse:
    return notebook_listing(
        request,
        fmt,
        listings.in_language(request.user, lang, listings.Shown.from_query(request.GET)),
        title=f"Notebooks in {lang}",
        link=language_url(lang),
        template="notebooks/language_detail.html",
        context={"lang": lang},
    )


@login_required
@require_POST
def group_landing(request: AuthenticatedHttpRequest, gid: uuid.UUID) -> HttpResponse:
    """Pick the group's landing notebook (field ``notebook``: a uuid, or empty to clear).

    Group owners only (403 for others). A notebook that is not the group's, or
    that does not exist, is refused with a message on the group page (400).
    """
    group = accounts.find_group(gid)
    if not group.can_manage(request.user):
        raise PermissionDenied("Only the group's owners may pick its landing notebook.")
    value = request.POST.get("notebook", "").strip()
    notebook = None
    if value:
        try:
            notebook_uuid = uuid.UUID(value)
        except ValueError:
            return refuse(request, group, "That is not a notebook id; pick one from the list.")
        # Unreadable notebooks look the same as missing ones: nothing leaks.
        notebook = Notebook.objects.readable_by(request.user).filter(uuid=notebook_uuid).first()
        if notebook is None:
            return refuse(request, group, "There is no such notebook; pick one from the list.")
    try:
        services.set_group_landing(request.user, group, notebook)
    except ValidationError as error:
        return refuse(request, group, " ".join(error.messages))
    if notebook is None:
        messages.success(request, "The group no longer has a landing notebook.")
    else:
        messages.success(request, f"{notebook.title} is now the group's landing notebook.")
    return redirect(group)


def refuse(request: HttpRequest, group: Group, message: str) -> HttpResponse:
    messages.error(request, message)
    return render_group(request, group, status=400)
