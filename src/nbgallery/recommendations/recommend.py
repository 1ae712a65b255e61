"""The nightly "Recommended for me" job (reference §5.3), for every active user at once.

It reads the neighbour tables (similar users, similar notebooks, users also
viewed), multiplies them with the users' activity a block of users at a
time, and keeps a few notebooks per user and reason. Then it replaces every
Recommendation row in one transaction.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import scipy.sparse as sp
from django.conf import settings
from django.db import models, transaction
from django.db.models import Count

from nbgallery.accounts.models import Membership, User
from nbgallery.jobs.bulk import insert_rows
from nbgallery.jobs.registry import Progress
from nbgallery.notebooks.models import Notebook
from nbgallery.recommendations import activity, matrices
from nbgallery.recommendations.models import (
    AlsoViewed,
    Recommendation,
    SimilarNotebook,
    SimilarUser,
)
from nbgallery.recommendations.similarity import BATCH, scaled

# How many notebooks each reason keeps per user (the original's caps).
CAPS = {
    Recommendation.SIMILAR_USERS: 10,
    Recommendation.SIMILAR_NOTEBOOKS: 5,
    Recommendation.ALSO_VIEWED: 5,
    Recommendation.GROUPS: 25,
    Recommendation.NEW_USERS: 10,
}
GROUP_SCORE = 0.25
# A user with this many notebooks or fewer in their activity also gets the new-user picks.
NEW_USER_NOTEBOOKS = 3


def new_user_tags() -> list[str]:
    return list(
        getattr(
            settings,
            "NBGALLERY_RECOMMENDATION_NEW_USER_TAGS",
            ["trusted", "buildingblocks", "examples"],
        )
    )


def stored(model: type[models.Model], first: str, index: activity.Index, other: activity.Index):
    """A neighbour table as a sparse matrix of scores."""
    pairs = activity.Pairs()
    a, b, scores = activity.columns(
        model._default_manager.values_list(first, "other_id", "score"), 3
    )
    pairs.extend(a, b, scores)
    return pairs.matrix(index, other)


def top_notebooks(feature: sp.csr_matrix) -> sp.csr_matrix:
    """Each user's min(⌊n/5⌋+1, 25) most used notebooks, as ones."""
    rows, columns = [], []
    for user in range(feature.shape[0]):
        start, stop = feature.indptr[user], feature.indptr[user + 1]
        if start == stop:
            continue
        m = min((stop - start) // 5 + 1, 25)
        order = np.lexsort((feature.indices[start:stop], -feature.data[start:stop]))[:m]
        columns.append(feature.indices[start:stop][order])
        rows.append(np.full(order.size, user))
    if not rows:
        return sp.csr_matrix(feature.shape)
    data = np.ones(sum(r.size for r in rows))
    return sp.csr_matrix(
        (data, (np.concatenate(rows), np.concatenate(columns))), shape=feature.shape
    )


def group_notebooks(users: activity.Index, notebooks: activity.Index) -> dict[int, list[int]]:
    """User position → positions of notebooks their groups own, the most recently updated first."""
    owned: dict[int, list[int]] = defaultdict(list)
    rows = (
        Notebook.objects.filter(owner_group__isnull=False)
        .order_by("-updated_at", "-pk")
        .values_list("owner_group_id", "pk")
    )
    for group_id, notebook_id in rows.iterator(chunk_size=BATCH):
        owned[group_id].append(notebook_id)
    found: dict[int, list[int]] = defaultdict(list)
    members = Membership.objects.order_by("group_id").values_list("user_id", "group_id")
    for user_id, group_id in members.iterator(chunk_size=BATCH):
        if group_id in owned:
            found[user_id].extend(owned[group_id])
    result: dict[int, list[int]] = {}
    for user_id, notebook_ids in found.items():
        (position,) = users.positions(np.array([user_id]))
        if position >= 0:
            positions = notebooks.positions(np.array(notebook_ids, dtype=np.int64))
            result[int(position)] = [int(p) for p in positions if p >= 0]
    return result


def starter_notebooks(notebooks: activity.Index) -> tuple[np.ndarray, np.ndarray]:
    """(tagged, popular) positions of public notebooks in use for new users:
    those tagged trusted, buildingblocks or examples, and the most starred as a fallback."""
    public = Notebook.objects.filter(public=True, deprecated=False, unapproved=False)
    tagged = public.filter(tags__name__in=new_user_tags()).values_list("pk", flat=True).distinct()
    popular = (
        public.annotate(star_count=Count("stars"))
        .order_by("-star_count", "-updated_at", "-pk")
        .values_list("pk", flat=True)[:50]
    )
    tagged_at = notebooks.positions(np.array(sorted(set(tagged)), dtype=np.int64))
    popular_at = notebooks.positions(np.array(list(popular), dtype=np.int64))
    return tagged_at[tagged_at >= 0], popular_at[popular_at >= 0]


def row(matrix: sp.csr_matrix, r: int) -> tuple[np.ndarray, np.ndarray]:
    start, stop = matrix.indptr[r], matrix.indptr[r + 1]
    return matrix.indices[start:stop], matrix.data[start:stop]


def compute_recommendations(progress: Progress) -> None:
    """Every active user's suggested notebooks, one row per notebook and reason."""
    users, notebooks = activity.active_users(), activity.all_notebooks()
    feature, _presence = activity.usage(users, notebooks)
    banned = activity.excluded(users, notebooks)
    usable = activity.in_use(notebooks)
    similar_users = stored(SimilarUser, "user_id", users, users)
    similar = stored(SimilarNotebook, "notebook_id", notebooks, notebooks)
    also = stored(AlsoViewed, "notebook_id", notebooks, notebooks)
    seeds = top_notebooks(feature)
    groups = group_notebooks(users, notebooks)
    tagged, popular = starter_notebooks(notebooks)
    progress(10, 100)

    found: list[tuple[int, int, float, str]] = []
    report = scaled(progress, 10, 90)
    for start, stop in matrices.blocks(len(users), len(notebooks)):
        by_users = (similar_users[start:stop] @ feature).tocsr()
        by_similar = (seeds[start:stop] @ similar).tocsr()
        by_also = (seeds[start:stop] @ also).tocsr()
        for offset in range(stop - start):
            user = start + offset
            used, _ = row(feature, user)
            no = np.zeros(len(notebooks), dtype=bool)
            no[~usable] = True
            no[row(banned, user)[0]] = True
            for reason, matrix, keep, drop_used in (
                (Recommendation.SIMILAR_USERS, by_users, 25, False),
                (Recommendation.SIMILAR_NOTEBOOKS, by_similar, 25, True),
                (Recommendation.ALSO_VIEWED, by_also, 25, True),
            ):
                columns, values = row(matrix, offset)
                ok = ~no[columns] & (values > 0)
                if drop_used:
                    ok &= ~np.isin(columns, used)
                if reason == Recommendation.SIMILAR_USERS:
                    values = np.log1p(values)
                columns, scores = matrices.scaled_top(columns[ok], values[ok], keep, CAPS[reason])
                found.extend(
                    (user, int(c), float(s), reason) for c, s in zip(columns, scores, strict=True)
                )
            no[used] = True
            mine = [p for p in groups.get(user, []) if not no[p]][: CAPS[Recommendation.GROUPS]]
            found.extend((user, p, GROUP_SCORE, Recommendation.GROUPS) for p in mine)
            if used.size <= NEW_USER_NOTEBOOKS:
                found.extend(
                    (user, p, 1.0, Recommendation.NEW_USERS)
                    for p in starters(users.ids[user], tagged, popular, no)
                )
        report(stop, len(users))
    replace_recommendations(users, notebooks, found)
    progress(100, 100)


def starters(user_id: int, tagged: np.ndarray, popular: np.ndarray, no: np.ndarray) -> list[int]:
    """Up to 10 picks for a new user: tagged ones in an order random per user
    (but the same every run, so the job stays idempotent), then popular ones."""
    shuffled = np.random.default_rng(int(user_id)).permutation(tagged)
    picks: list[int] = []
    for position in [*shuffled.tolist(), *popular.tolist()]:
        if not no[position] and position not in picks:
            picks.append(int(position))
        if len(picks) == CAPS[Recommendation.NEW_USERS]:
            break
    return picks


def replace_recommendations(
    users: activity.Index, notebooks: activity.Index, found: list[tuple[int, int, float, str]]
) -> None:
    """Swap every Recommendation row in one transaction, leaving out users and
    notebooks deleted while the job ran."""
    with transaction.atomic():
        live_users = set(User.objects.values_list("pk", flat=True).iterator(chunk_size=BATCH))
        live_notebooks = set(
            Notebook.objects.values_list("pk", flat=True).iterator(chunk_size=BATCH)
        )
        Recommendation.objects.all().delete()
        rows = (
            (
                int(users.ids[u]),
                int(notebooks.ids[n]),
                round(min(max(score, 0.0), 1.0), 6),
                reason,
            )
            for u, n, score, reason in found
            if users.ids[u] in live_users and notebooks.ids[n] in live_notebooks
        )
        insert_rows(Recommendation, ("user_id", "notebook_id", "score", "reason"), rows)
