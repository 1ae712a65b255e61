"""The deprecation banner, the frozen check for the Run button, and the site warning."""

from __future__ import annotations

from typing import Any

from django import template

from nbgallery.deprecations import services
from nbgallery.deprecations.models import Deprecation, SiteWarning
from nbgallery.notebooks.models import Notebook
from nbgallery.rendering.render import render_markdown

register = template.Library()


@register.inclusion_tag("deprecations/partials/banner.html", takes_context=True)
def deprecation_banner(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    """What the notebook page says about a deprecation; nothing (no query) if there is none.

    Alternatives are listed only when the viewer may read them.
    """
    if not notebook.deprecated:
        return {"deprecated": False}
    user = context["user"]
    deprecation = (
        Deprecation.objects.select_related("deprecated_by").filter(notebook=notebook).first()
    )
    alternatives: list[Notebook] = []
    if deprecation is not None:
        alternatives = list(
            Notebook.objects.readable_by(user)
            .filter(alternative_to=deprecation)
            .only("uuid", "title")
            .order_by("title")
        )
    return {
        "deprecated": True,
        "notebook": notebook,
        "deprecation": deprecation,
        "reason_html": render_markdown(deprecation.reason) if deprecation else "",
        "alternatives": alternatives,
        "can_edit": context.get("can_edit", False),
        "user": user,
    }


@register.simple_tag(takes_context=True)
def frozen_for_viewer(context: template.Context, notebook: Notebook) -> bool:
    """True when the viewer may not download or run the notebook (deprecated and frozen)."""
    if not isinstance(notebook, Notebook):
        return False
    can_edit = context.get("can_edit")
    return services.frozen_for(
        context["user"], notebook, can_edit=can_edit if isinstance(can_edit, bool) else None
    )


@register.inclusion_tag("deprecations/partials/site_warning_banner.html")
def site_warning() -> dict[str, Any]:
    """The newest unexpired warning an admin set, on every page."""
    warning = SiteWarning.objects.current_cached()
    return {
        "warning": warning,
        "message_html": render_markdown(warning.message) if warning else "",
    }
