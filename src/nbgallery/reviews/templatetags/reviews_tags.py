"""Review chips, banner and actions on the notebook page, and trophies beside names.

Other templates may use ``{% load reviews_tags %}{% trophy some_user %}``: a
small trophy coloured by the person's author percentile (gold ≥ 90, silver
≥ 75, bronze ≥ 50, white otherwise) linking to their reputation page. It
reads ``user.reputation``; select_related("…reputation") it in lists, or the
tag costs one query per person (it caches what it read on the request).
"""

from __future__ import annotations

from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist

from nbgallery.notebooks.models import Notebook
from nbgallery.reviews import config
from nbgallery.reviews.models import Review
from nbgallery.reviews.reputation import trophy as trophy_colour
from nbgallery.reviews.rules import is_admin, reviewable

register = template.Library()
SHOWN_REVIEWS = 12


def notebook_reviews(context: template.Context, notebook: Notebook) -> list[Review]:
    """The notebook's newest reviews, read once per page (the banner and actions share them)."""
    request = context.get("request")
    cache = getattr(request, "_nbgallery_reviews", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._nbgallery_reviews = cache  # type: ignore[attr-defined]
    if notebook.pk not in cache:
        cache[notebook.pk] = (
            list(
                Review.objects.filter(notebook=notebook)
                .select_related("reviewer")
                .order_by("-updated_at", "-pk")[:SHOWN_REVIEWS]
            )
            if config.reviews_enabled()
            else []
        )
    return cache[notebook.pk]


@register.inclusion_tag("reviews/partials/banner.html", takes_context=True)
def review_banner(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    """The unapproved banner, the verified note, and a chip per open or decided review."""
    reviews = notebook_reviews(context, notebook)
    latest: dict[str, Review] = {}
    for review in reviews:
        latest.setdefault(review.revtype, review)
    types = config.review_types()
    chips = [
        {"review": latest[name], "label": label} for name, label in types.items() if name in latest
    ]
    return {"notebook": notebook, "chips": chips, "types": types}


@register.inclusion_tag("reviews/partials/actions.html", takes_context=True)
def review_actions(context: template.Context, notebook: Notebook) -> dict[str, Any]:
    """The "Propose for review" form (admins, editors) and a link to the open reviews."""
    user = context.get("user")
    signed_in = bool(getattr(user, "is_authenticated", False))
    can_edit = context.get("can_edit") is True
    may_propose = (
        signed_in
        and reviewable(notebook)
        and (is_admin(user) or (config.editors_may_propose() and can_edit))
    )
    open_reviews = (
        [r for r in notebook_reviews(context, notebook) if r.is_open] if signed_in else []
    )
    return {
        "notebook": notebook,
        "may_propose": may_propose,
        "types": config.review_types(),
        "open_reviews": open_reviews,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("reviews/partials/trophy.html", takes_context=True)
def trophy(context: template.Context, person: Any) -> dict[str, Any]:
    """A trophy by the person's author percentile, linking to their reputation page."""
    if person is None or not getattr(person, "pk", None):
        return {"person": None}
    request = context.get("request")
    cache = getattr(request, "_nbgallery_trophies", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._nbgallery_trophies = cache  # type: ignore[attr-defined]
    if person.pk not in cache:
        try:
            cache[person.pk] = person.reputation.author_rep_pct
        except ObjectDoesNotExist:
            cache[person.pk] = 0.0
    pct = cache[person.pk]
    return {"person": person, "pct": pct, "colour": trophy_colour(pct)}


@register.filter
def review_type_label(revtype: str) -> str:
    return config.type_label(revtype)
