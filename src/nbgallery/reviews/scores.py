"""The per-notebook review score that feeds popularity sorts (reference §5.7).

approved on the latest version and recent → 1.0, approved but older → 0.8,
claimed → 0.6, queued automatically → 0.4, queued by hand → 0.2, none → 0.
The original looked for the old status name ``completed`` (§11.1), so its
approved notebooks never scored 1.0 or 0.8; this counts ``approved``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from nbgallery.notebooks.models import Revision
from nbgallery.reviews import config
from nbgallery.reviews.models import Review


def review_scores(notebook_ids: Iterable[int] | None = None) -> dict[int, float]:
    """{notebook id: score} for the given notebooks (all reviewed ones when None).

    Notebooks without reviews are left out (their score is 0). One query.
    """
    cutoff = timezone.now() - datetime.timedelta(days=config.recent_days())
    latest = (
        Revision.objects.filter(notebook=OuterRef("notebook"))
        .exclude(revtype=Revision.METADATA)
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    reviews = Review.objects.all()
    if notebook_ids is not None:
        reviews = reviews.filter(notebook_id__in=list(notebook_ids))
    rows = reviews.annotate(latest=Subquery(latest)).values_list(
        "notebook_id", "status", "automatic", "revision_id", "latest", "decided_at"
    )
    scores: dict[int, float] = {}
    for notebook_id, status, automatic, revision_id, latest_id, decided_at in rows.order_by():
        if status == Review.APPROVED:
            recent = revision_id == latest_id and decided_at and decided_at >= cutoff
            score = 1.0 if recent else 0.8
        elif status == Review.CLAIMED:
            score = 0.6
        elif status == Review.QUEUED:
            score = 0.4 if automatic else 0.2
        else:
            score = 0.0
        scores[notebook_id] = max(score, scores.get(notebook_id, 0.0))
    return scores
