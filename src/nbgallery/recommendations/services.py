"""What the pages show from the stored recommendations, for one viewer.

Everything goes through ``notebooks.listings`` (``readable`` and ``in_use``):
a recommendation, a similar notebook or a suggested tag never reveals a
notebook the viewer may not read, nor one deprecated or unapproved. Each
function costs a fixed number of queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, OuterRef, Q, Subquery

from nbgallery.accounts.models import Group, Membership
from nbgallery.notebooks import listings
from nbgallery.notebooks.models import Notebook, NotebookTag
from nbgallery.recommendations.models import AlsoViewed, Recommendation, SimilarNotebook

REASON_LABELS = dict(Recommendation.REASONS)
SHOWN_ON_NOTEBOOK_PAGE = 10
SUGGESTED = 15


@dataclass
class Recommended:
    notebook: Notebook
    score: float
    reasons: list[str] = field(default_factory=list)


def reasons_for(viewer: Any, notebooks: list[Notebook]) -> list[Recommended]:
    """The notebooks (one page of ``listings.recommended``) with their reasons, in one query."""
    reasons: dict[int, list[str]] = defaultdict(list)
    rows = (
        Recommendation.objects.filter(user=viewer, notebook__in=[n.pk for n in notebooks])
        .order_by("-score", "reason")
        .values_list("notebook_id", "reason")
    )
    for notebook_id, reason in rows:
        reasons[notebook_id].append(REASON_LABELS.get(reason, reason))
    return [
        Recommended(n, getattr(n, "recommendation_score", 0.0) or 0.0, reasons[n.pk])
        for n in notebooks
    ]


def suggested_tags(viewer: Any) -> list[tuple[str, int]]:
    """The tags most frequent on the viewer's recommended notebooks, with how many."""
    recommended = listings.recommended(viewer).values("pk")
    rows = (
        NotebookTag.objects.filter(notebook__in=recommended)
        .values_list("tag__name")
        .annotate(count=Count("notebook"))
        .order_by("-count", "tag__name")[:SUGGESTED]
    )
    return [(name, count) for name, count in rows]


def suggested_groups(viewer: Any) -> list[Group]:
    """Groups owning the viewer's recommended notebooks, and the viewer's own
    groups that own notebooks, each with ``notebook_count`` (readable, in use)."""
    recommended = listings.recommended(viewer).values("owner_group")
    own = Membership.objects.filter(user=viewer).values("group")
    with_notebooks = listings.in_use(Notebook.objects.readable_by(viewer)).values("owner_group")
    groups = Group.objects.filter(
        Q(pk__in=recommended) | (Q(pk__in=own) & Q(pk__in=with_notebooks))
    )
    counted: Any = listings.with_notebook_counts(viewer, groups)  # the stubs miss annotations
    return list(counted.order_by("-notebook_count", "name")[:SUGGESTED])


@dataclass
class Neighbours:
    similar: list[Notebook]
    also_viewed: list[Notebook]


def neighbours(viewer: Any, notebook: Notebook) -> Neighbours:
    """The notebook's "more like this" and "users also viewed" neighbours that
    the viewer may read and that are in use, best first, in one query."""

    def score(table: type[SimilarNotebook] | type[AlsoViewed]) -> Subquery:
        return Subquery(
            table.objects.filter(notebook=notebook, other=OuterRef("pk")).values("score")[:1]
        )

    def near(table: type[SimilarNotebook] | type[AlsoViewed]) -> Q:
        return Q(pk__in=table.objects.filter(notebook=notebook).values("other_id"))

    found: list[Notebook] = list(
        listings.in_use(Notebook.objects.readable_by(viewer))
        .filter(near(SimilarNotebook) | near(AlsoViewed))
        .exclude(pk=notebook.pk)
        .annotate(similar_score=score(SimilarNotebook), also_score=score(AlsoViewed))
        .only("pk", "uuid", "title")
    )

    def best(attribute: str) -> list[Notebook]:
        scored = [n for n in found if getattr(n, attribute) is not None]
        scored.sort(key=lambda n: (-getattr(n, attribute), n.pk))
        return scored[:SHOWN_ON_NOTEBOOK_PAGE]

    return Neighbours(best("similar_score"), best("also_score"))
