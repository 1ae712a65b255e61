"""Template tags of the changes app, for the notebook page's slots."""

from __future__ import annotations

from typing import Any

from django import template

from nbgallery.changes.models import ChangeRequest

register = template.Library()


@register.inclusion_tag("changes/partials/pending_section.html")
def pending_change_requests(notebook: Any) -> dict[str, Any]:
    """The notebook's pending requests, in one query (the slot shows it to editors only)."""
    requests = ChangeRequest.objects.pending().filter(notebook=notebook).select_related("requester")
    return {"requests": list(requests)}
