"""The nightly neighbour tables: similar notebooks, users also viewed, similar users.

Each job computes its whole table in memory (numpy / scipy.sparse), then
replaces the stored one in a single transaction: running it twice, or again
after it stopped halfway, leaves the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from django.conf import settings
from django.db import models, transaction

from nbgallery.accounts.models import User
from nbgallery.jobs.bulk import insert_rows
from nbgallery.jobs.registry import Progress
from nbgallery.notebooks.models import Notebook
from nbgallery.recommendations import activity, matrices
from nbgallery.recommendations.models import AlsoViewed, SimilarNotebook, SimilarUser
from nbgallery.search.models import SearchDocument

BATCH = 5000
# A notebook asks for "more like this" with its strongest words, as Solr MLT does.
QUERY_TERMS = 25


def neighbours_kept() -> int:
    return int(getattr(settings, "NBGALLERY_RECOMMENDATION_NEIGHBOURS", 25))


def replace_table(
    model: type[models.Model],
    owner_model: type[models.Model],
    index: activity.Index,
    found: matrices.Neighbours,
    fields: tuple[str, str] = ("notebook_id", "other_id"),
) -> int:
    """Swap the table's rows for ``found`` (positions in ``index``) in one transaction.

    Ids deleted while the job ran are dropped, so that no row points nowhere.
    """
    rows, columns, scores = found
    with transaction.atomic():
        alive = np.fromiter(
            owner_model._default_manager.values_list("pk", flat=True).iterator(chunk_size=BATCH),
            dtype=np.int64,
        )
        ids_a, ids_b = index.ids[rows], index.ids[columns]
        keep = np.isin(ids_a, alive) & np.isin(ids_b, alive)
        model._default_manager.all().delete()
        values = np.round(scores[keep].astype(np.float64), 6)
        insert_rows(
            model,
            (fields[0], fields[1], "score"),
            zip(ids_a[keep].tolist(), ids_b[keep].tolist(), values.tolist(), strict=True),
        )
    return int(keep.sum())


def notebook_texts(ids: list[int]) -> Iterator[str]:
    """Title (twice, it says the most), description and code of every notebook,
    by id; each id is appended to ``ids`` as its text is read.

    The search document has the code; a notebook not indexed yet falls back
    to its title and description.
    """
    documents = dict(
        SearchDocument.objects.values_list("notebook_id", "body").iterator(chunk_size=2000)
    )
    details = Notebook.objects.order_by("pk").values_list("pk", "title", "description")
    for pk, title, description in details.iterator(chunk_size=2000):
        ids.append(pk)
        yield f"{title}\n{title}\n{description}\n{documents.pop(pk, '')}"


def compute_similar_notebooks(progress: Progress) -> None:
    """More like this: TF-IDF cosine over title, description and code, top k per notebook."""
    ids: list[int] = []
    vectors = matrices.tfidf(notebook_texts(ids))
    index = activity.Index(np.array(ids, dtype=np.int64))
    found = matrices.top_neighbours(
        vectors, neighbours_kept(), query_terms=QUERY_TERMS, progress=scaled(progress, 0, 90)
    )
    replace_table(SimilarNotebook, Notebook, index, found)
    progress(100, 100)


def compute_also_viewed(progress: Progress) -> None:
    """Users also viewed: Jaccard over the sets of users of each notebook
    (distinct users with any click or run in the activity window), top k."""
    users, notebooks = activity.active_users(), activity.all_notebooks()
    _feature, presence = activity.usage(users, notebooks)
    viewers = (presence.T > 0).astype(np.float32).tocsr()
    counts = np.asarray(viewers.sum(axis=1), dtype=np.float32).ravel()
    found = matrices.top_neighbours(
        viewers,
        neighbours_kept(),
        score=matrices.jaccard(counts),
        progress=scaled(progress, 0, 90),
    )
    replace_table(AlsoViewed, Notebook, notebooks, found)
    progress(100, 100)


def compute_similar_users(progress: Progress) -> None:
    """Cosine similarity of the users' activity vectors (1.0 executed, 0.5 clicked), top k."""
    users, notebooks = activity.active_users(), activity.all_notebooks()
    _feature, presence = activity.usage(users, notebooks)
    found = matrices.top_neighbours(
        matrices.normalise_rows(presence), neighbours_kept(), progress=scaled(progress, 0, 90)
    )
    replace_table(SimilarUser, User, users, found, fields=("user_id", "other_id"))
    progress(100, 100)


def scaled(progress: Progress, low: int, high: int) -> Callable[[int, int], None]:
    """Report a phase's done/total as a share of low..high percent."""

    def report(done: int, total: int) -> None:
        progress(low + (high - low) * done // max(total, 1), 100)

    return report
