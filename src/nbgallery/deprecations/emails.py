"""Emails about shares and owner changes (reference §6.5), sent after commit.

The notebooks services call these from ``transaction.on_commit``; they live
here, with their templates in ``deprecations/email/``, because this slice of
the collaboration work owns them. A mail server that fails must not turn a
share or an owner change that is already committed into an error page, so
each send is logged and skipped on failure.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.urls import reverse

from nbgallery.accounts.models import Group, Membership, User
from nbgallery.notifications.services import send_notification

logger = logging.getLogger(__name__)


def absolute(path: str, base_url: str = "") -> str:
    """``path`` on this gallery, from the request's address or the configured one."""
    base = base_url or getattr(settings, "NBGALLERY_BASE_URL", "")
    return base.rstrip("/") + path


def one_line(text: str) -> str:
    # Names and titles go into the Subject header, which may not hold line breaks.
    return " ".join(text.split())[:200]


def notify_quietly(
    recipient: User, *, subject: str, template: str, context: dict[str, Any]
) -> None:
    try:
        send_notification(recipient, subject=one_line(subject), template=template, context=context)
    except Exception:
        logger.warning("Could not email %s about %s", recipient.pk, template, exc_info=True)


def owners_of(owner: User | Group) -> list[User]:
    """The people who answer for an owner: the user, or the group's owners."""
    if isinstance(owner, User):
        return [owner]
    memberships = Membership.objects.filter(group=owner, role=Membership.OWNER)
    return [membership.user for membership in memberships.select_related("user")]


def owner_label(owner: User | Group) -> str:
    return f"the group {owner.name}" if isinstance(owner, Group) else owner.display_name


def email_sharees(
    actor: User, notebook: Any, sharees: Iterable[User], message: str, base_url: str = ""
) -> None:
    """Tell each new sharee, with the sharer's message and a link to the notebook."""
    context = {
        "actor": actor,
        "notebook": notebook,
        "message": message,
        "notebook_url": absolute(notebook.get_absolute_url(), base_url),
    }
    for sharee in sharees:
        notify_quietly(
            sharee,
            subject=f"{actor.display_name} shared {notebook.title} with you",
            template="deprecations/email/notebook_shared",
            context=context,
        )


def email_owners_of_reshare(
    actor: User, notebook: Any, sharees: Iterable[User], base_url: str = ""
) -> None:
    """A sharee shared further: the notebook's owners hear of it (as in the original)."""
    names = ", ".join(sharee.username for sharee in sharees)
    context = {
        "actor": actor,
        "notebook": notebook,
        "sharee_names": names,
        "notebook_url": absolute(notebook.get_absolute_url(), base_url),
        "shares_url": absolute(reverse("notebook_shares", args=[notebook.uuid]), base_url),
    }
    for owner in owners_of(notebook.owner):
        if owner.pk != actor.pk:
            notify_quietly(
                owner,
                subject=f"{actor.display_name} shared {notebook.title} with {names}",
                template="deprecations/email/notebook_reshared",
                context=context,
            )


def email_owner_change(
    actor: User,
    notebook: Any,
    previous: list[User],
    previous_owner: User | Group,
    base_url: str = "",
) -> None:
    """Tell the new owner(s) and the previous one(s); never the person who made the change."""
    new_owner = notebook.owner
    new_people = owners_of(new_owner)
    context = {
        "actor": actor,
        "notebook": notebook,
        "new_owner": owner_label(new_owner),
        "previous_owner": owner_label(previous_owner),
        "notebook_url": absolute(notebook.get_absolute_url(), base_url),
    }
    told = {actor.pk}
    for person in new_people:
        if person.pk not in told:
            told.add(person.pk)
            notify_quietly(
                person,
                subject=f"{notebook.title} now belongs to {owner_label(new_owner)}",
                template="deprecations/email/owner_changed",
                context={**context, "is_new_owner": True},
            )
    for person in previous:
        if person.pk not in told:
            told.add(person.pk)
            notify_quietly(
                person,
                subject=f"{notebook.title} now belongs to {owner_label(new_owner)}",
                template="deprecations/email/owner_changed",
                context={**context, "is_new_owner": False},
            )
