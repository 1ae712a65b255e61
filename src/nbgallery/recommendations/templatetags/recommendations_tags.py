"""The recommendations app's part of the notebook page, a fixed number of queries.

``{% notebook_recommendations notebook %}``: "More like this" and "Users also
viewed", one query, only notebooks the viewer may read.
"""

from __future__ import annotations

from typing import Any

from django import template

from nbgallery.notebooks.models import Notebook

register = template.Library()


@register.inclusion_tag("recommendations/partials/notebook_neighbours.html", takes_context=True)
def notebook_recommendations(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    from nbgallery.recommendations import services  # keep tag modules light to load

    found = services.neighbours(context.get("user"), notebook)
    return {"notebook": notebook, "similar": found.similar, "also_viewed": found.also_viewed}
