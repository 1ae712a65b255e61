"""The 30-day usage sparkline of listing rows, one query per page.

``{% usage_sparkline notebook %}``: on its first call in a request it loads
the last 30 days of dailies of every notebook of the page
(``page.object_list`` or ``results.hits``) in one query, and answers the
other rows from that.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import template
from django.utils import timezone

from nbgallery.notebooks.models import Notebook
from nbgallery.templatetags.listing_rows import page_notebook_ids
from nbgallery.usage.models import NotebookDaily

register = template.Library()

DAYS = 30
WIDTH, HEIGHT = 90, 20


def load_series(ids: set[int]) -> dict[int, list[int]]:
    """notebook id -> people who used it on each of the last 30 days (oldest first)."""
    today = timezone.localdate()
    first = today - timedelta(days=DAYS)
    series = {pk: [0] * DAYS for pk in ids}
    rows = NotebookDaily.objects.filter(notebook__in=ids, day__gte=first, day__lt=today)
    for pk, day, users in rows.values_list("notebook_id", "day", "unique_users"):
        series[pk][(day - first).days] = users
    return series


def sparkline(values: list[int]) -> dict[str, Any]:
    """Points of an SVG polyline scaled to the busiest day."""
    top = max(values) or 1
    step = WIDTH / (len(values) - 1)
    points = " ".join(
        f"{index * step:.1f},{HEIGHT - 1 - (HEIGHT - 2) * value / top:.1f}"
        for index, value in enumerate(values)
    )
    return {
        "points": points,
        "width": WIDTH,
        "height": HEIGHT,
        "total": sum(values),
        "busiest": max(values),
        "active_days": sum(1 for value in values if value),
    }


@register.inclusion_tag("usage/sparkline.html", takes_context=True)
def usage_sparkline(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    """The sparkline of one listing row; nothing when the notebook was unused for 30 days."""
    holder = context.get("request") or context.render_context
    known: dict[int, list[int]] = getattr(holder, "_usage_series", None) or {}
    if notebook.pk not in known:
        known.update(load_series(page_notebook_ids(context) | {notebook.pk}))
        setattr(holder, "_usage_series", known)  # noqa: B010
    values = known[notebook.pk]
    if not any(values):
        return {"line": None}
    return {"line": sparkline(values), "days": DAYS}
