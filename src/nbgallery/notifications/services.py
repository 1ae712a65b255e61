"""Sending notification emails, the "email me" preference and following things.

Every email the gallery sends about notebooks goes through
`send_notification`, so that the plain-text and HTML parts, the per-user
"email me" preference and the unsubscribe link are handled in one place.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404
from django.template import Context, Engine
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe

from nbgallery.accounts.models import Group, User
from nbgallery.notebooks.models import Notebook, NotebookTag, Tag
from nbgallery.notifications.models import EmailPreference, Subscription

UNSUBSCRIBE_SALT = "nbgallery.notifications.unsubscribe"
NO_SUCH_TARGET = "There is nothing like that to follow, or you do not have access to it."

Target = Notebook | User | Group | Tag


# --- Email ------------------------------------------------------------------------------


def site_url() -> str:
    """The gallery's address as people reach it, for links in emails (no trailing slash)."""
    return str(getattr(settings, "NBGALLERY_BASE_URL", "http://localhost:8000")).rstrip("/")


def wants_email(user: User) -> bool:
    """The "email me" preference; on unless the user turned it off."""
    return not EmailPreference.objects.filter(user=user, email_me=False).exists()


def unsubscribe_token(user: User) -> str:
    """A signed token naming the user: whoever holds it may turn their email off."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_from_unsubscribe_token(token: str) -> User | None:
    """The active user the token was made for, or None if it is forged, damaged or stale."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return User.objects.filter(pk=pk, is_active=True).first()


def render_text(template_name: str, context: dict[str, Any]) -> str:
    # Plain text is never parsed as HTML: escaping would only show "&lt;" to readers.
    template = Engine.get_default().get_template(template_name)
    return template.render(Context(context, autoescape=False))


def send_notification(
    recipient: User,
    *,
    subject: str,
    template: str,
    context: dict[str, Any] | None = None,
) -> bool:
    """Email `recipient` about something that happened; True when sent.

    `template` names a pair of templates without the extension, for example
    "changes/email/request_accepted": `<template>.txt` is the plain-text
    part and `<template>.html` the HTML part. They hold only the body: each
    is wrapped in the shared layout (`notifications/email/base.*`), which
    adds the greeting's frame, the unsubscribe link and the settings link.
    Both are rendered with `context` plus `recipient`, `site_name` and
    `site_url` (the gallery's address, for absolute links); the text part
    without HTML escaping. Nothing is sent to an inactive user, one without
    an email address, or one who turned "email me" off. Call it after
    commit (transaction.on_commit).
    """
    if not recipient.email or not recipient.is_active or not wants_email(recipient):
        return False
    base = site_url()
    unsubscribe_url = base + reverse(
        "notifications_unsubscribe", args=[unsubscribe_token(recipient)]
    )
    full_context = {
        "recipient": recipient,
        "site_name": settings.SITE_NAME,
        "site_url": base,
        **(context or {}),
    }
    layout = {
        **full_context,
        "subject": subject,
        "unsubscribe_url": unsubscribe_url,
        "settings_url": base + reverse("notification_settings"),
    }
    text_body = render_text(f"{template}.txt", full_context)
    html_body = render_to_string(f"{template}.html", full_context)
    text = render_text("notifications/email/base.txt", {**layout, "body": text_body})
    # The body is the output of an autoescaping template: already safe HTML.
    body = mark_safe(html_body)  # noqa: S308
    html = render_to_string("notifications/email/base.html", {**layout, "body": body})
    message = EmailMultiAlternatives(
        subject=f"[{settings.SITE_NAME}] {subject}",
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            # RFC 8058: mail clients may unsubscribe with one POST, no page.
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    message.send()
    return True


# --- Preferences ------------------------------------------------------------------------


def preference_of(user: User) -> EmailPreference:
    """The user's preference row, made with the defaults (all on) if missing."""
    preference, _created = EmailPreference.objects.get_or_create(user=user)
    return preference


def set_preferences(user: User, *, email_me: bool, digest: bool) -> EmailPreference:
    """Turn the user's email and daily digest on or off."""
    with transaction.atomic():
        preference = preference_of(user)
        preference.email_me = email_me
        preference.digest = digest
        preference.save(update_fields=["email_me", "digest"])
    return preference


def unsubscribe(user: User) -> None:
    """Stop every email to the user (the unsubscribe link); they can turn it on again."""
    with transaction.atomic():
        preference = preference_of(user)
        preference.email_me = False
        preference.save(update_fields=["email_me"])


# --- Following --------------------------------------------------------------------------


def kind_of(target: Target) -> str:
    if isinstance(target, Notebook):
        return Subscription.NOTEBOOK
    if isinstance(target, User):
        return Subscription.USER
    if isinstance(target, Group):
        return Subscription.GROUP
    if isinstance(target, Tag):
        return Subscription.TAG
    raise TypeError(f"cannot follow {target!r}")


def key_of(target: Target) -> str:
    """How a target is named in URLs: uuid, user name, gid or tag name."""
    if isinstance(target, Notebook):
        return str(target.uuid)
    if isinstance(target, User):
        return target.username
    if isinstance(target, Group):
        return str(target.gid)
    return target.name


def find_target(viewer: User, kind: str, key: str, *, following: bool = True) -> Target:
    """The thing ``viewer`` asks to (un)follow, or Http404.

    A notebook must be readable. A tag, when following, must be on a notebook
    the viewer may read, so the answer says nothing about private notebooks'
    tags; unfollowing only needs the tag to exist.
    """
    if "\x00" in key:
        # PostgreSQL refuses to even compare such a string: answer before asking.
        raise Http404(NO_SUCH_TARGET)
    target: Target | None = None
    if kind == Subscription.NOTEBOOK:
        target = Notebook.objects.readable_by(viewer).filter(uuid=parse_uuid(key)).first()
    elif kind == Subscription.USER:
        target = User.objects.filter(username=key, is_active=True).first()
    elif kind == Subscription.GROUP:
        target = Group.objects.filter(gid=parse_uuid(key)).first()
    elif kind == Subscription.TAG:
        tags = Tag.objects.filter(name=key)
        if following:
            readable = Notebook.objects.readable_by(viewer).values("pk")
            tagged = NotebookTag.objects.filter(notebook__in=readable).values("tag")
            tags = tags.filter(pk__in=tagged)
        target = tags.first()
    if target is None:
        raise Http404(NO_SUCH_TARGET)
    return target


def parse_uuid(key: str) -> uuid.UUID:
    try:
        return uuid.UUID(key)
    except ValueError:
        raise Http404(NO_SUCH_TARGET) from None


def target_filter(target: Target) -> dict[str, Any]:
    return {Subscription.TARGET_FIELDS[kind_of(target)]: target}


def is_following(user: User, target: Target) -> bool:
    return Subscription.objects.filter(user=user, **target_filter(target)).exists()


def follow(user: User, target: Target) -> Subscription:
    """``user`` follows ``target`` (doing it twice is harmless). The caller checked access."""
    if target == user:
        raise ValidationError("You cannot follow yourself.")
    subscription, _created = Subscription.objects.get_or_create(
        user=user, kind=kind_of(target), **target_filter(target)
    )
    return subscription


def unfollow(user: User, target: Target) -> None:
    """``user`` stops following ``target`` (harmless if they did not)."""
    Subscription.objects.filter(user=user, **target_filter(target)).delete()


def subscriptions_of(user: User) -> QuerySet[Subscription]:
    """What the user follows, for their settings page.

    ``readable`` tells whether they may still read a followed notebook: the
    title of one that has become private to them is not shown.
    """
    readable = Notebook.objects.readable_by(user).filter(pk=OuterRef("notebook"))
    return (
        Subscription.objects.filter(user=user)
        .select_related("notebook", "followed_user", "group", "tag")
        .annotate(readable=Exists(readable))
    )
