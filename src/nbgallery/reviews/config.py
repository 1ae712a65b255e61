"""The review settings, read with defaults so that none is required.

* ``NBGALLERY_REVIEW_TYPES``: the enabled review types and their labels, a
  dict such as ``{"technical": "Technical", "functional": "Functional",
  "compliance": "Compliance"}`` (the default: all three). An empty dict
  switches reviews off.
* ``NBGALLERY_PRIVATE_NOTEBOOK_REVIEWS`` (False): private notebooks may be reviewed.
* ``NBGALLERY_EDITORS_MAY_PROPOSE_REVIEWS`` (True): editors, not only admins, nominate.
* ``NBGALLERY_REVIEW_CARRY_FORWARD`` (True): all-queued reviews move to a new version.
* ``NBGALLERY_REVIEW_REPROPOSE_UNAPPROVED`` (True): a new version of an
  unapproved notebook gets its failed reviews back, for the same reviewers.
* ``NBGALLERY_REVIEW_RECENT_DAYS`` (365): how long an approval keeps a notebook verified.
"""

from __future__ import annotations

from django.conf import settings

from nbgallery.reviews.models import Review

DEFAULT_TYPES = dict(Review.TYPES)


def review_types() -> dict[str, str]:
    """Enabled review types, in the order technical, functional, compliance, with labels."""
    configured = getattr(settings, "NBGALLERY_REVIEW_TYPES", DEFAULT_TYPES)
    if isinstance(configured, (list, tuple)):
        configured = {name: DEFAULT_TYPES.get(name, name) for name in configured}
    configured = dict(configured or {})
    return {
        name: str(configured[name] or DEFAULT_TYPES[name])
        for name in DEFAULT_TYPES
        if name in configured
    }


def reviews_enabled() -> bool:
    return bool(review_types())


def type_label(revtype: str) -> str:
    return review_types().get(revtype) or DEFAULT_TYPES.get(revtype, revtype)


def flag(name: str, default: bool) -> bool:
    return bool(getattr(settings, name, default))


def private_reviews() -> bool:
    return flag("NBGALLERY_PRIVATE_NOTEBOOK_REVIEWS", False)


def editors_may_propose() -> bool:
    return flag("NBGALLERY_EDITORS_MAY_PROPOSE_REVIEWS", True)


def carry_forward() -> bool:
    return flag("NBGALLERY_REVIEW_CARRY_FORWARD", True)


def repropose_unapproved() -> bool:
    return flag("NBGALLERY_REVIEW_REPROPOSE_UNAPPROVED", True)


def recent_days() -> int:
    return int(getattr(settings, "NBGALLERY_REVIEW_RECENT_DAYS", 365))
