from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from nbgallery import plugins


def nav_links(request: HttpRequest) -> list[dict[str, str]]:
    """Navigation from every plugin, in order, leaving out what this user cannot use."""
    items = sorted(
        plugins.flatten(plugins.hook().nbgallery_nav_items(request=request)),
        key=lambda item: (item.order, item.label),
    )
    user = getattr(request, "user", None)  # absent when a request fails before auth middleware
    signed_in = bool(user and user.is_authenticated)
    links = []
    for item in items:
        if item.login_required and not signed_in:
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue  # the feature behind this item is not installed
        links.append({"label": item.label, "url": url, "active": request.path == url})
    return links


def site(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {
        "site_name": settings.SITE_NAME,
        "signup_open": settings.NBGALLERY_SIGNUP_OPEN,
        "nav_links": nav_links(request),
        "theme": getattr(user, "theme", "auto") if user and user.is_authenticated else "auto",
    }
