"""Background tasks of the notebooks app."""

from __future__ import annotations

from django_tasks import task

from nbgallery.notebooks import render_cache, services
from nbgallery.notebooks.models import Notebook


@task()
def cleanup_stages() -> None:
    """Remove uploads abandoned between step 1 and step 2 (after a few hours)."""
    services.cleanup_stages()


@task()
def render_revision(notebook_id: int) -> None:
    """Render the notebook's current content into the render cache.

    Queued after a notebook is published or gets a new version, so that its
    first visitor does not wait for the rendering. Doing it twice is harmless:
    an entry already in the cache is left alone; a notebook deleted meanwhile
    is skipped.
    """
    notebook = Notebook.objects.filter(pk=notebook_id).first()
    if notebook is not None:
        render_cache.warm(notebook.content_sha256, trusted=notebook.trusted)
