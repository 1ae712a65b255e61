"""Pages and in-place (htmx) updates for stars, comments, feedback and resources.

Every action is a plain form POST that redirects back to the notebook with a
message; the same POST sent by htmx answers with the fragment to swap
instead. Bad input is a 400 with the form again and the message (htmx
swaps it too: see static/social/social.js); a notebook the user may not read
is a 404, one they may read but not change that way a 403, as everywhere.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from nbgallery.notebooks.models import Notebook


def is_htmx(request: HttpRequest) -> bool:
    """Whether htmx sent the request (django-htmx's middleware sets ``request.htmx``)."""
    return bool(getattr(request, "htmx", False))


def back_to(request: HttpRequest, notebook: Notebook, anchor: str = "") -> HttpResponse:
    """Where a plain form goes after a POST: ``next`` if it is ours, else the notebook."""
    wanted = request.POST.get("next", "")
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(wanted)
    return redirect(notebook.get_absolute_url() + anchor)
