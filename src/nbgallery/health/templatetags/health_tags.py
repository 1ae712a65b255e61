"""Health badges for listings and the notebook page, each a fixed number of queries.

``{% health_badge notebook %}`` (listing rows): on its first call in a
request it loads the health of every notebook of the page
(``page.object_list`` or ``results.hits``) in one query, and answers the
other rows from that.
``{% notebook_health notebook %}`` (notebook page actions) and
``{% cell_health notebook %}`` (its sections): one query between them.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from nbgallery.health.models import HEALTHY, STATUSES, UNHEALTHY, NotebookHealth
from nbgallery.notebooks.models import Notebook
from nbgallery.templatetags.listing_rows import page_notebook_ids

register = template.Library()

CSS = {HEALTHY: "text-bg-success", UNHEALTHY: "text-bg-danger"}
LABELS = {HEALTHY: "Healthy", UNHEALTHY: "Unhealthy"}


@register.simple_tag(takes_context=True)
def health_badge(context: template.Context, notebook: Notebook) -> SafeString | str:
    """A healthy/unhealthy badge for a listing row; nothing when undetermined."""
    holder = context.get("request") or context.render_context
    known: dict[int, tuple[str, str]] = getattr(holder, "_health_badges", None) or {}
    if notebook.pk not in known:
        wanted = page_notebook_ids(context) | {notebook.pk}
        known.update(dict.fromkeys(wanted, ("", "")))
        for pk, status, description in NotebookHealth.objects.filter(
            notebook__in=wanted
        ).values_list("notebook_id", "status", "description"):
            known[pk] = (status, description)
        setattr(holder, "_health_badges", known)  # noqa: B010
    status, description = known[notebook.pk]
    return badge(status, description)


def badge(status: str, description: str) -> SafeString | str:
    if status not in CSS:
        return ""
    return format_html(
        '<span class="badge {} notebook-health notebook-{}" title="{}">{}</span>',
        CSS[status],
        status,
        description,
        LABELS[status],
    )


def page_health(context: template.Context, notebook: Notebook) -> NotebookHealth | None:
    """The notebook's health row, read once per request for both parts of the page."""
    holder = context.get("request") or context.render_context
    cache: dict[int, NotebookHealth | None] = getattr(holder, "_notebook_health", None) or {}
    if notebook.pk not in cache:
        if Notebook.health.is_cached(notebook):  # type: ignore[attr-defined]
            # Loaded with the notebook (select_related("health")): no query at all.
            try:
                cache[notebook.pk] = notebook.health  # type: ignore[attr-defined]
            except ObjectDoesNotExist:
                cache[notebook.pk] = None
        else:
            cache[notebook.pk] = NotebookHealth.objects.filter(notebook=notebook).first()
        setattr(holder, "_notebook_health", cache)  # noqa: B010
    return cache[notebook.pk]


@register.inclusion_tag("health/partials/notebook_badge.html", takes_context=True)
def notebook_health(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    return {"notebook": notebook, "health": page_health(context, notebook), "css": CSS}


@register.inclusion_tag("health/partials/cell_health.html", takes_context=True)
def cell_health(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    """Each code cell's badge, from the notebook's health row (no query of its own)."""
    health = page_health(context, notebook)
    fresh = health is not None and health.content_sha256 == notebook.content_sha256
    names = dict(STATUSES)
    badges = [
        {
            "index": index,
            "status": status,
            "label": names.get(status, status),
            "description": description,
            "url": reverse("code_cell_detail", args=[notebook.uuid, index]),
        }
        for index, status, description in (health.cell_badges if fresh else [])  # type: ignore[union-attr]
    ]
    return {"notebook": notebook, "badges": badges}
