"""Sending notification emails.

Every email the gallery sends about notebooks goes through
`send_notification`, so that the plain-text and HTML parts, the per-user
"email me" preference and the unsubscribe link are handled in one place.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from nbgallery.accounts.models import User


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
    part and `<template>.html` the HTML part. Both are rendered with
    `context` plus `recipient` and `site_name`. Nothing is sent to a user
    without an email address. Call it after commit (transaction.on_commit).
    """
    if not recipient.email or not recipient.is_active:
        return False
    full_context = {"recipient": recipient, "site_name": settings.SITE_NAME, **(context or {})}
    text = render_to_string(f"{template}.txt", full_context)
    html = render_to_string(f"{template}.html", full_context)
    message = EmailMultiAlternatives(
        subject=f"[{settings.SITE_NAME}] {subject}",
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
    )
    message.attach_alternative(html, "text/html")
    message.send()
    return True
