"""The diff shown on a change request's page.

A pending request is compared with the notebook's current content (what
accepting would change); a closed one with the version it was proposed
against (what the requester changed). The cell-aware diff comes from the
diffs app; until that app offers ``notebook_diff``, a source-level diff
(``nbgallery.lib.source_diff``) stands in.
"""

from __future__ import annotations

from typing import Any

from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils.safestring import SafeString, mark_safe

from nbgallery.changes.models import ChangeRequest
from nbgallery.lib import source_diff
from nbgallery.notebooks import blobs, services

LAYOUTS = ("split", "inline", "compare")
UNREADABLE = (
    '<div class="alert alert-warning" role="status">The versions cannot be compared right now; '
    "please try again in a few minutes.</div>"
)


def base_sha(change_request: ChangeRequest) -> str:
    if change_request.is_pending:
        return change_request.notebook.content_sha256
    return change_request.base_content_sha256


def render_diff(change_request: ChangeRequest, layout: str) -> SafeString:
    """HTML for the split or inline diff of the request (escaped or sanitized throughout)."""
    try:
        before = services.read_content(base_sha(change_request))
        after = services.read_content(change_request.content_sha256)
    except blobs.StorageUnavailable:
        return mark_safe(UNREADABLE)  # noqa: S308 (our own constant)
    try:
        from nbgallery.diffs.services import notebook_diff

        template = get_template("diffs/notebook_diff.html")
    except (ImportError, TemplateDoesNotExist):
        return source_level(before, after, layout)
    context = {"diff": notebook_diff(before, after), "layout": layout}
    return mark_safe(template.render(context))  # noqa: S308 (the diffs app escapes)


def source_level(before: dict[str, Any], after: dict[str, Any], layout: str) -> SafeString:
    diff = source_diff.diff_notebooks(before, after)
    context = {"diff": diff, "layout": layout}
    return mark_safe(render_to_string("changes/source_diff.html", context))  # noqa: S308
