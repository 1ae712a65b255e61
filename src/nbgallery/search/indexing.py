"""Keeping the search index in step with the notebooks.

The notebook services call ``index_on_commit`` / ``remove_on_commit`` inside
their transactions; the index is written once the change is committed, so a
rolled-back change never shows in search. Every function takes ids and may
run again harmlessly.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from django.db import transaction
from django.db.models import Q

from nbgallery.notebooks.models import Notebook
from nbgallery.search.backends import get_backend
from nbgallery.search.documents import build_document
from nbgallery.search.models import SearchDocument, SearchPackage

logger = logging.getLogger(__name__)


def notebooks_to_index():
    return Notebook.objects.select_related(
        "owner_user", "owner_group", "creator", "updater"
    ).prefetch_related("tags", "shares")


def index_notebook(notebook_id: int) -> None:
    """Write the notebook's search document (or remove it if the notebook is gone)."""
    notebook = notebooks_to_index().filter(pk=notebook_id).first()
    if notebook is None:
        remove_notebook(notebook_id)
        return
    document = build_document(notebook)
    with transaction.atomic():
        SearchDocument.objects.update_or_create(
            notebook_id=notebook_id, defaults=document.text_fields()
        )
        SearchPackage.objects.filter(notebook_id=notebook_id).delete()
        SearchPackage.objects.bulk_create(
            SearchPackage(notebook_id=notebook_id, name=name[:200]) for name in document.packages
        )


def index_notebooks_in_bulk(notebook_ids: Sequence[int]) -> None:
    """Write the search documents of notebooks that have none yet, in one insert per table.

    The same documents as ``index_notebook``, for a first build over many
    notebooks (a bulk import, the benchmark): a few queries per thousand
    notebooks rather than several per notebook.
    """
    documents, packages = [], []
    for notebook in notebooks_to_index().filter(pk__in=notebook_ids):
        document = build_document(notebook)
        documents.append(SearchDocument(notebook_id=notebook.pk, **document.text_fields()))
        packages += [
            SearchPackage(notebook_id=notebook.pk, name=name[:200]) for name in document.packages
        ]
    with transaction.atomic():
        SearchDocument.objects.bulk_create(documents)
        SearchPackage.objects.bulk_create(packages)


def remove_notebook(notebook_id: int) -> None:
    """Forget the notebook in search (deleting a notebook also does this by cascade)."""
    with transaction.atomic():
        SearchPackage.objects.filter(notebook_id=notebook_id).delete()
        SearchDocument.objects.filter(notebook_id=notebook_id).delete()


def index_quietly(notebook_id: int, *, remove: bool = False) -> None:
    try:
        (remove_notebook if remove else index_notebook)(notebook_id)
    except Exception:
        # The change itself is committed; a failed index write must not turn
        # it into an error page. `nbgallery reindex` repairs the index.
        logger.exception("Could not index notebook %s for search", notebook_id)


def index_on_commit(notebook_id: int) -> None:
    """Index the notebook once the current transaction commits."""
    transaction.on_commit(lambda: index_quietly(notebook_id))


def remove_on_commit(notebook_id: int) -> None:
    """Forget the notebook in search once the current transaction commits."""
    transaction.on_commit(lambda: index_quietly(notebook_id, remove=True))


def index_people_on_commit(*, user_id: int | None = None, group_id: int | None = None) -> None:
    """Re-index the notebooks whose owner, creator or updater was renamed."""
    if user_id is not None:
        who = Q(owner_user_id=user_id) | Q(creator_id=user_id) | Q(updater_id=user_id)
    else:
        who = Q(owner_group_id=group_id)
    ids = list(Notebook.objects.filter(who).values_list("pk", flat=True))
    for notebook_id in ids:
        index_on_commit(notebook_id)


def reindex_all(batch_size: int = 200) -> Iterator[int]:
    """Rebuild the whole index; yields after each notebook (for a progress bar)."""
    ids = list(Notebook.objects.order_by("pk").values_list("pk", flat=True))
    SearchDocument.objects.exclude(notebook_id__in=Notebook.objects.values("pk")).delete()
    for start in range(0, len(ids), batch_size):
        batch = ids[start : start + batch_size]
        with transaction.atomic():
            for notebook_id in batch:
                index_notebook(notebook_id)
                yield notebook_id
    get_backend().rebuild()


def count_to_index() -> int:
    return Notebook.objects.count()
