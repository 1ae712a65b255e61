"""Listing pages: the home page tabs, tags, languages, and a group's landing notebook.

Which notebooks appear is decided in ``notebooks.listings``; these views only
pick the listing, the page number and the template.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from nbgallery.accounts import services as accounts
from nbgallery.accounts.models import Group
from nbgallery.accounts.views.groups import render_group
from nbgallery.notebooks import listings, services
from nbgallery.notebooks.models import Notebook, NotebookQuerySet
from nbgallery.notebooks.views import landing
from nbgallery.typing import AuthenticatedHttpRequest

# tab -> (label, listing, what to say when it is empty)
HOME_TABS: dict[str, tuple[str, Callable[[Any], NotebookQuerySet], str]] = {
    "recent": ("Recent", listings.recent, "Nobody has shared a notebook here yet."),
    "mine": ("Mine", listings.mine, "You have no notebooks yet."),
    "shared": (
        "Shared with me",
        listings.shared_with,
        "Nobody has shared a notebook with you yet.",
    ),
}


def home(request: HttpRequest) -> HttpResponse:
    """Welcome, and tabs ``?tab=recent|mine|shared``; anonymous visitors see Recent only.

    ``/?staged=<sid>`` is where Jupyter Lab sends a first upload (protocol §4).
    """
    if "staged" in request.GET:
        return landing.to_step_two(request)
    tab = request.GET.get("tab", "recent")
    if tab not in HOME_TABS or not request.user.is_authenticated:
        tab = "recent"
    label, listing, empty = HOME_TABS[tab]
    tabs = [
        {"key": key, "label": tab_label, "active": key == tab}
        for key, (tab_label, _, _) in HOME_TABS.items()
        if key == "recent" or request.user.is_authenticated
    ]
    context = {
        "tabs": tabs,
        "tab": tab,
        "tab_label": label,
        "page": listings.paginate(listing(request.user), request.GET.get("page")),
        "empty_message": empty,
    }
    return render(request, "home.html", context)


def tag_list(request: HttpRequest) -> HttpResponse:
    """Every tag on a notebook the viewer may read, with how many such notebooks."""
    return render(request, "notebooks/tag_list.html", {"tags": listings.tag_counts(request.user)})


def tag_detail(request: HttpRequest, tag: str) -> HttpResponse:
    page = listings.paginate(listings.with_tag(request.user, tag), request.GET.get("page"))
    return render(request, "notebooks/tag_detail.html", {"tag": tag, "page": page})


def language_list(request: HttpRequest) -> HttpResponse:
    """Every language of a notebook the viewer may read, with counts (and per major version)."""
    languages = listings.language_counts(request.user)
    return render(request, "notebooks/language_list.html", {"languages": languages})


def language_detail(request: HttpRequest, lang: str) -> HttpResponse:
    page = listings.paginate(listings.in_language(request.user, lang), request.GET.get("page"))
    return render(request, "notebooks/language_detail.html", {"lang": lang, "page": page})


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
