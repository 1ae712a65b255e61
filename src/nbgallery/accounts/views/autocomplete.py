"""User-name suggestions for the share form (and any other "pick a person" box).

``GET /users/autocomplete?q=<prefix>`` answers JSON, up to 10 active users
whose user name starts with the prefix: ``{"users": [{"username", "name"}]}``.
For htmx (the share form's ``<datalist>``) it answers ``<option>`` elements
instead. The share box holds several names separated by commas, so only the
last name is completed, and each option carries the names before it.
"""

from __future__ import annotations

import re

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.html import format_html_join

from nbgallery.accounts.models import User

LIMIT = 10
MAX_QUERY = 150  # the longest user name


@login_required
def user_autocomplete(request: HttpRequest) -> HttpResponse:
    """Active users whose user name starts with ``q`` (signed-in users only)."""
    # htmx sends the input under its own name (the share form's ``usernames``).
    text = request.GET.get("q", request.GET.get("usernames", ""))[:2_000]
    before, prefix = split_last_name(text)
    users = []
    if prefix and "\x00" not in prefix:  # PostgreSQL cannot even compare a NUL
        users = list(
            User.objects.filter(is_active=True, username__istartswith=prefix[:MAX_QUERY])
            .order_by("username")
            .only("username", "first_name", "last_name")[:LIMIT]
        )
    if getattr(request, "htmx", False):
        options = format_html_join(
            "",
            '<option value="{}{}">{}</option>',
            ((before, user.username, user.display_name) for user in users),
        )
        return HttpResponse(options)
    return JsonResponse(
        {"users": [{"username": user.username, "name": user.display_name} for user in users]}
    )


def split_last_name(text: str) -> tuple[str, str]:
    """``"bob, ch"`` → ``("bob, ", "ch")``: the names typed so far and the one being typed."""
    match = re.search(r"[^,\s]*$", text)
    start = match.start() if match else len(text)
    before = text[:start]
    # Normalize the separator so that picking an option leaves "a, b".
    names = [name for name in re.split(r"[,\s]+", before) if name]
    return ("".join(f"{name}, " for name in names), text[start:].strip())
