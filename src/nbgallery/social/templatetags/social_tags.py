"""The social app's parts of the notebook page, each a fixed number of queries.

``{% star_button notebook %}``: one query, the count and the viewer's star.
``{% social_sections notebook %}``: two queries, the links and the comments
(with authors, like counts and the viewer's likes), however many there are.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from nbgallery.notebooks.models import Notebook
from nbgallery.rendering.render import render_markdown
from nbgallery.social import services

register = template.Library()


def passed_on(context: template.Context) -> dict[str, Any]:
    # An inclusion tag starts from an empty context: forms need the CSRF token.
    return {
        "request": context.get("request"),
        "user": context.get("user"),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("social/partials/star_button.html", takes_context=True)
def star_button(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    user = context.get("user")
    return {**passed_on(context), "notebook": notebook, **services.star_state(user, notebook)}


@register.inclusion_tag("social/partials/sections.html", takes_context=True)
def social_sections(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    # Imported here: the views import this app's services, which is fine, but
    # template tag modules are loaded early and should stay light.
    from nbgallery.social.views.comments import comments_context
    from nbgallery.social.views.resources import resources_context

    request = context["request"]
    can_edit = bool(context.get("can_edit"))
    return {
        **comments_context(request, notebook, can_edit=can_edit),
        **resources_context(notebook, can_edit=can_edit),
        **passed_on(context),
    }


@register.filter
def comment_html(body: str) -> SafeString:
    """A comment's markdown as sanitized HTML (script, handlers and javascript: links removed)."""
    return render_markdown(body)
