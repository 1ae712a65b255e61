"""User and author reputation ("contribution scores", reference §5.8).

Over a one-year window, per user:

* user_rep_raw = views + 5·feedbacks + 5·comments + 10·runs + 20·executes
  + 50·functional_reviews
* author_rep_raw = users + health_bonus + 10·create_public + 5·edit_other
  + 10·langs + 10·technical_reviews

views, runs, executes count distinct notebooks with that click; users counts
distinct other people who used my public notebooks; health_bonus is
Σ 10·health over my healthy notebooks; edit_other counts other people's
notebooks I saved a new version of; the reviews are ones I approved.

Each raw score becomes a percentile among the users whose raw score is above
zero: the share of them (in %) whose score is at or below it; zero scores get
0. Counting happens in the database (one grouped query per input); the
formulas and percentiles are numpy over all users at once.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import numpy as np
from django.apps import apps
from django.db import transaction
from django.db.models import Count, F, QuerySet, Sum
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.reviews.models import Review, UserSummary
from nbgallery.usage.models import Click

WINDOW = datetime.timedelta(days=365)
USER_WEIGHTS = {
    "views": 1,
    "feedbacks": 5,
    "comments": 5,
    "runs": 10,
    "executes": 20,
    "functional_reviews": 50,
}
AUTHOR_WEIGHTS = {
    "users": 1,
    "health_bonus": 1,
    "create_public": 10,
    "edit_other": 5,
    "langs": 10,
    "technical_reviews": 10,
}
INPUTS = list(dict.fromkeys([*USER_WEIGHTS, *AUTHOR_WEIGHTS]))
BATCH = 1000


def grouped(queryset: QuerySet, key: str, value) -> dict[int, float]:
    rows = queryset.filter(**{f"{key}__isnull": False}).values(key).annotate(n=value)
    return {row[key]: float(row["n"] or 0) for row in rows.order_by()}


def action_counts(action: str, since: datetime.datetime) -> dict[int, float]:
    clicks = Click.objects.filter(action=action, created_at__gte=since)
    return grouped(clicks, "user", Count("notebook", distinct=True))


def optional_model(label: str, name: str):
    try:
        return apps.get_model(label, name)
    except LookupError:
        return None


def health_bonus(since: datetime.datetime) -> dict[int, float]:
    model = optional_model("health", "NotebookHealth")
    if model is None:
        return {}
    healthy = model.objects.filter(status="healthy", score__isnull=False)
    return {
        key: 10 * value
        for key, value in grouped(healthy, "notebook__creator", Sum("score")).items()
    }


def count_inputs(now: datetime.datetime) -> dict[str, dict[int, float]]:
    """Each input of the formulas, as {user id: count}; users without it are left out."""
    since = now - WINDOW
    feedback = optional_model("social", "Feedback")
    comment = optional_model("social", "Comment")
    approved = Review.objects.filter(status=Review.APPROVED, decided_at__gte=since)
    public_use = Click.objects.filter(
        created_at__gte=since, user__isnull=False, notebook__public=True
    ).exclude(user=F("notebook__creator"))
    mine = Notebook.objects.filter(created_at__gte=since)
    edits = Revision.objects.filter(created_at__gte=since, revtype=Revision.UPDATE).exclude(
        notebook__creator=F("user")
    )
    counters: dict[str, Callable[[], dict[int, float]]] = {
        "views": lambda: action_counts(Click.VIEWED, since),
        "runs": lambda: action_counts(Click.RAN, since),
        "executes": lambda: action_counts(Click.EXECUTED, since),
        "feedbacks": lambda: (
            grouped(feedback.objects.filter(created_at__gte=since), "user", Count("id"))
            if feedback
            else {}
        ),
        "comments": lambda: (
            grouped(comment.objects.filter(created_at__gte=since), "user", Count("id"))
            if comment
            else {}
        ),
        "functional_reviews": lambda: grouped(
            approved.filter(revtype=Review.FUNCTIONAL), "reviewer", Count("id")
        ),
        "technical_reviews": lambda: grouped(
            approved.filter(revtype=Review.TECHNICAL), "reviewer", Count("id")
        ),
        "users": lambda: grouped(public_use, "notebook__creator", Count("user", distinct=True)),
        "health_bonus": lambda: health_bonus(since),
        "create_public": lambda: grouped(mine.filter(public=True), "creator", Count("id")),
        "langs": lambda: grouped(mine.exclude(lang=""), "creator", Count("lang", distinct=True)),
        "edit_other": lambda: grouped(edits, "user", Count("notebook", distinct=True)),
    }
    return {name: counters[name]() for name in INPUTS}


def percentiles(raw: np.ndarray) -> np.ndarray:
    """% of the users with a positive score whose score is at or below each one; 0 for zeros."""
    positive = np.sort(raw[raw > 0])
    result = np.zeros_like(raw, dtype=float)
    if positive.size:
        at_or_below = np.searchsorted(positive, raw, side="right")
        result = np.where(raw > 0, 100.0 * at_or_below / positive.size, 0.0)
    return result


def compute_reputation(progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every user's summary; returns how many users have one.

    Idempotent: each run replaces all rows, and users with nothing to count
    lose theirs.
    """
    report = progress or (lambda done, total: None)
    now = timezone.now()
    inputs = count_inputs(now)
    user_ids = np.array(sorted(set(User.objects.values_list("pk", flat=True))), dtype=np.int64)
    position = {int(user_id): index for index, user_id in enumerate(user_ids)}
    matrix = np.zeros((len(INPUTS), user_ids.size))
    for row, name in enumerate(INPUTS):
        for user_id, value in inputs[name].items():
            column = position.get(user_id)
            if column is not None:  # a user deleted since the counts were taken
                matrix[row, column] = value
    weights_user = np.array([USER_WEIGHTS.get(name, 0) for name in INPUTS], dtype=float)
    weights_author = np.array([AUTHOR_WEIGHTS.get(name, 0) for name in INPUTS], dtype=float)
    user_raw = weights_user @ matrix if user_ids.size else np.zeros(0)
    author_raw = weights_author @ matrix if user_ids.size else np.zeros(0)
    user_pct = percentiles(user_raw)
    author_pct = percentiles(author_raw)
    active = np.flatnonzero((user_raw > 0) | (author_raw > 0))
    total = int(active.size)
    report(0, total)
    with transaction.atomic():
        # Replaced whole, in one transaction: readers see the old scores or the new.
        UserSummary.objects.all().delete()
        for start in range(0, total, BATCH):
            rows = [
                UserSummary(
                    user_id=int(user_ids[i]),
                    user_rep_raw=float(user_raw[i]),
                    user_rep_pct=float(user_pct[i]),
                    author_rep_raw=float(author_raw[i]),
                    author_rep_pct=float(author_pct[i]),
                    counts={name: float(matrix[row, i]) for row, name in enumerate(INPUTS)},
                    updated_at=now,
                )
                for i in active[start : start + BATCH]
            ]
            UserSummary.objects.bulk_create(rows)
            report(min(start + BATCH, total), total)
    return total


def trophy(pct: float | None) -> str:
    """gold ≥ 90, silver ≥ 75, bronze ≥ 50, white otherwise (reference §5.8)."""
    value = pct or 0.0
    if value >= 90:
        return "gold"
    if value >= 75:
        return "silver"
    if value >= 50:
        return "bronze"
    return "white"
