"""Review chips, banner and actions on the notebook page, and trophies beside names.

Other templates may use ``{% load reviews_tags %}{% trophy some_user %}``: a
small trophy coloured by the person's author percentile (gold ≥ 90, silver
≥ 75, bronze ≥ 50, white otherwise) linking to their reputation page. A
group, or nobody, gets no trophy.

Trophies cost one query per page, not one per person: the first trophy that
meets someone not yet known reads the percentiles of everyone the page shows
(the people of ``notebook``, of a listing's ``page`` or the search
``results``, the ``comments``' authors, ``memberships``' users and
``person``) at once, and keeps them on the request. A view that shows other
people can hand them over first with ``remember_trophies``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.http import HttpRequest

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook
from nbgallery.reviews import config
from nbgallery.reviews.models import Review, UserSummary
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
    if not isinstance(person, User) or not person.pk:
        return {"person": None}
    holder = context.get("request") or context.render_context
    known = trophy_cache(holder)
    if person.pk not in known:
        if User.reputation.is_cached(person):  # type: ignore[attr-defined]
            # Selected with the person (select_related("reputation")): no query.
            try:
                known[person.pk] = person.reputation.author_rep_pct
            except ObjectDoesNotExist:
                known[person.pk] = None
        else:
            remember_trophies(holder, page_people_ids(context) | {person.pk})
    pct = known[person.pk]
    return {"person": person, "pct": pct or 0.0, "colour": trophy_colour(pct)}


def trophy_cache(holder: Any) -> dict[int, float | None]:
    """User id → author percentile (None: not computed yet), kept for the request."""
    known = getattr(holder, "_nbgallery_trophies", None)
    if known is None:
        known = {}
        setattr(holder, "_nbgallery_trophies", known)  # noqa: B010
    return known


def remember_trophies(holder: HttpRequest | Any, user_ids: Iterable[int | None]) -> None:
    """Read the author percentiles of these people in one query, for this request's trophies.

    ``holder`` is the request (or, without one, the template's render context).
    """
    known = trophy_cache(holder)
    wanted = {pk for pk in user_ids if pk is not None and pk not in known}
    if not wanted:
        return
    known.update(dict.fromkeys(wanted))
    known.update(
        UserSummary.objects.filter(user__in=wanted).values_list("user_id", "author_rep_pct")
    )


def page_people_ids(context: template.Context) -> set[int | None]:
    """The ids of the people the page shows, read from objects already loaded (no query)."""
    notebooks: list[Any] = [context.get("notebook")]
    page = context.get("page")
    notebooks += list(getattr(page, "object_list", None) or [])
    results = context.get("results")
    notebooks += [getattr(hit, "notebook", None) for hit in getattr(results, "hits", None) or []]
    ids: set[int | None] = set()
    for notebook in notebooks:
        if isinstance(notebook, Notebook):
            ids.update((notebook.owner_user_id, notebook.creator_id, notebook.updater_id))
    for key in ("comments", "memberships"):
        ids.update(getattr(item, "user_id", None) for item in context.get(key) or [])
    person = context.get("person")
    if isinstance(person, User):
        ids.add(person.pk)
    return ids


@register.filter
def review_type_label(revtype: str) -> str:
    return config.type_label(revtype)
