"""For listing-row slots that load their data once per page, not once per row."""

from __future__ import annotations

from django import template

from nbgallery.notebooks.models import Notebook


def page_notebook_ids(context: template.Context) -> set[int]:
    """The ids of every notebook on the page being rendered: a listing's
    ``page.object_list`` or the search page's ``results.hits``."""
    ids: set[int] = set()
    page = context.get("page")
    for item in getattr(page, "object_list", None) or []:
        if isinstance(item, Notebook):
            ids.add(item.pk)
    results = context.get("results")
    for hit in getattr(results, "hits", None) or []:
        notebook = getattr(hit, "notebook", None)
        if isinstance(notebook, Notebook):
            ids.add(notebook.pk)
    return ids
