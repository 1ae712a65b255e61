"""The page comparing two revisions of a notebook.

Both revisions follow the visibility rule of the revision pages (reference
§3.2, ``notebooks.revisions``): one the user may not see is a 404, exactly
like a commit id that does not exist, so the page says nothing about hidden
history. A missing choice or an unknown layout is a 400 that shows the
form again.
"""

from __future__ import annotations

import uuid as uuid_module
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from nbgallery.diffs.services import diff_revisions
from nbgallery.notebooks import blobs
from nbgallery.notebooks.models import Revision
from nbgallery.notebooks.views.notebook import (
    REVISION_NOT_FOUND,
    notebook_context,
    readable_notebook,
)

LAYOUTS = {"split": "Side by side", "inline": "Inline"}
CHOOSE_TWO = "Choose the two versions to compare: one in “From” and one in “To”."
BAD_LAYOUT = "The layout must be “split” (side by side) or “inline”."
UNREADABLE = "These versions cannot be read right now; please try again in a few minutes."


def compare_choices(revisions: list[Revision]) -> list[Revision]:
    """One entry per commit id, newest first (details-only revisions share one)."""
    seen: set[str] = set()
    choices = []
    for revision in revisions:
        if revision.commit_id not in seen:
            seen.add(revision.commit_id)
            choices.append(revision)
    return choices


def pick(revisions: list[Revision], commit_id: str) -> Revision:
    for revision in revisions:
        if revision.commit_id == commit_id:
            return revision
    raise Http404(REVISION_NOT_FOUND)


def revision_compare(request: HttpRequest, uuid: uuid_module.UUID) -> HttpResponse:
    """``?from=<commit>&to=<commit>&layout=split|inline``: the cell-aware diff of two versions."""
    notebook = readable_notebook(request, uuid)
    context: dict[str, Any] = notebook_context(request, notebook)
    revisions = context["revisions"]
    from_id = request.GET.get("from", "").strip()
    to_id = request.GET.get("to", "").strip()
    layout = request.GET.get("layout", "").strip() or "split"
    context.update(
        choices=compare_choices(revisions),
        from_id=from_id,
        to_id=to_id,
        layout=layout if layout in LAYOUTS else "split",
        layouts=LAYOUTS,
    )
    if layout not in LAYOUTS:
        return refused(request, context, BAD_LAYOUT, 400)
    if not from_id or not to_id:
        return refused(request, context, CHOOSE_TWO, 400)
    old, new = pick(revisions, from_id), pick(revisions, to_id)
    try:
        diff = diff_revisions(old, new)
    except blobs.StorageUnavailable:
        return refused(request, context, UNREADABLE, 503)
    context.update(old=old, new=new, diff=diff)
    return render(request, "diffs/revision_compare.html", context)


def refused(
    request: HttpRequest, context: dict[str, Any], message: str, status: int
) -> HttpResponse:
    context["error"] = message
    return render(request, "diffs/revision_compare.html", context, status=status)
