"""The daily digest: one email a day of what changed in what a user follows.

A periodic task runs every hour; from ``NBGALLERY_DIGEST_HOUR`` (local time,
``NBGALLERY_TIME_ZONE``) on, each subscriber who has not had today's digest
gets one covering the time since their last one (the last day the first
time, at most a week after an outage). ``EmailPreference.last_digest_at`` is
moved forward with a conditional UPDATE before the email goes out, so a
restart or a second worker never sends the same day twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from nbgallery.accounts.models import User
from nbgallery.notebooks.models import Notebook, NotebookTag, Revision
from nbgallery.notebooks.revisions import visible_revisions
from nbgallery.notifications.models import EmailPreference, Subscription
from nbgallery.notifications.services import preference_of, send_notification

logger = logging.getLogger(__name__)

FIRST_WINDOW = timedelta(days=1)
LONGEST_WINDOW = timedelta(days=7)
# A digest is a summary: past this many items per section it says "and N more".
ITEMS_PER_SECTION = 50


@dataclass
class Digest:
    """What changed between ``since`` and ``until`` that the user follows and may read."""

    since: datetime
    until: datetime
    new_notebooks: list[Notebook] = field(default_factory=list)
    new_versions: list[Revision] = field(default_factory=list)
    comments: list[Any] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.new_notebooks) + len(self.new_versions) + len(self.comments)


def digest_hour() -> int:
    return int(getattr(settings, "NBGALLERY_DIGEST_HOUR", 6))


def start_of_day(moment: datetime) -> datetime:
    local = timezone.localtime(moment)
    return timezone.make_aware(datetime.combine(local.date(), time.min), local.tzinfo)


def send_daily_digests(now: datetime | None = None, *, ignore_hour: bool = False) -> int:
    """Send today's digest to every subscriber still due one; returns how many were sent.

    Before ``NBGALLERY_DIGEST_HOUR`` nothing is sent unless ``ignore_hour``.
    """
    now = now or timezone.now()
    if not ignore_hour and timezone.localtime(now).hour < digest_hour():
        return 0
    due = (
        User.objects.filter(is_active=True, pk__in=Subscription.objects.values("user"))
        .exclude(email_preference__digest=False)
        .exclude(email_preference__email_me=False)
        .exclude(email_preference__last_digest_at__gte=start_of_day(now))
    )
    sent = 0
    # A list, not a cursor: each digest writes to the rows this query reads.
    for user in list(due):
        try:
            sent += send_digest(user, now)
        except Exception:
            # One bad address or template must not keep the others' digests back.
            logger.exception("The daily digest to %s failed", user.username)
    return sent


def send_digest(user: User, now: datetime) -> bool:
    """Send ``user`` their digest for the period ending ``now``, unless already sent today."""
    preference = preference_of(user)
    if not (preference.email_me and preference.digest):
        return False
    last = preference.last_digest_at
    if last is not None and last >= start_of_day(now):
        return False
    claimed = EmailPreference.objects.filter(pk=preference.pk, last_digest_at=last).update(
        last_digest_at=now
    )
    if not claimed:
        return False  # someone else is sending it right now
    since = max(last, now - LONGEST_WINDOW) if last else now - FIRST_WINDOW
    digest = collect_digest(user, since, now)
    if not len(digest):
        return False
    try:
        return send_notification(
            user,
            subject=f"What changed in what you follow ({len(digest)})",
            template="notifications/email/digest",
            context={"digest": digest},
        )
    except Exception:
        # Not sent: let the next run try again.
        EmailPreference.objects.filter(pk=preference.pk, last_digest_at=now).update(
            last_digest_at=last
        )
        raise


def collect_digest(user: User, since: datetime, until: datetime) -> Digest:
    """New notebooks, new versions and comments in what ``user`` follows, that they may read.

    Their own doings are left out. A followed user covers the notebooks they
    made or own, the versions they uploaded anywhere and the comments they
    wrote; a group, the notebooks it owns; a tag, the notebooks carrying it.
    """
    digest = Digest(since=since, until=until)
    followed = Subscription.objects.filter(user=user)
    notebooks = followed.exclude(notebook=None).values("notebook")
    people = followed.exclude(followed_user=None).values("followed_user")
    groups = followed.exclude(group=None).values("group")
    tagged = NotebookTag.objects.filter(tag__in=followed.exclude(tag=None).values("tag"))
    in_scope = (
        Q(creator__in=people)
        | Q(owner_user__in=people)
        | Q(owner_group__in=groups)
        | Q(pk__in=tagged.values("notebook"))
    )
    readable = Notebook.objects.readable_by(user)
    digest.new_notebooks = list(
        readable.filter(in_scope, created_at__gte=since, created_at__lt=until)
        .exclude(creator=user)
        .select_related("creator", "owner_user", "owner_group")
        .order_by("created_at")[:ITEMS_PER_SECTION]
    )
    versions = (
        Revision.objects.filter(
            Q(notebook__in=readable.filter(in_scope | Q(pk__in=notebooks)).values("pk"))
            | Q(user__in=people),
            notebook__in=readable.values("pk"),
            revtype=Revision.UPDATE,
            created_at__gte=since,
            created_at__lt=until,
        )
        .exclude(user=user)
        .select_related("notebook", "user")
        .order_by("created_at")
    )
    digest.new_versions = only_visible(user, versions)[:ITEMS_PER_SECTION]
    comments = comments_between(since, until)
    if comments is not None:
        digest.comments = list(
            comments.filter(
                Q(notebook__in=notebooks) | Q(user__in=people),
                notebook__in=readable,
            )
            .exclude(user=user)
            .select_related("notebook", "user")
            .order_by("created_at")[:ITEMS_PER_SECTION]
        )
    return digest


def only_visible(user: User, revisions: QuerySet[Revision]) -> list[Revision]:
    # Readers of a public notebook do not see versions from its private
    # periods (reference §3.2): ask the one rule, once per notebook.
    visible: dict[int, set[int]] = {}
    kept = []
    for revision in revisions:
        if revision.notebook_id not in visible:
            shown = visible_revisions(revision.notebook, user)
            visible[revision.notebook_id] = {shown_revision.pk for shown_revision in shown}
        if revision.pk in visible[revision.notebook_id]:
            kept.append(revision)
    return kept


def comments_between(since: datetime, until: datetime) -> QuerySet[Any] | None:
    """Comments written in the period, or None while the social app has no comments."""
    try:
        comment_model = apps.get_model("social", "Comment")
    except LookupError:
        return None
    # Deleting a comment removes its row, so whatever is left is news.
    return comment_model.objects.filter(created_at__gte=since, created_at__lt=until)
