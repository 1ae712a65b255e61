"""Types for views that only signed-in users reach."""

from __future__ import annotations

from django.http import HttpRequest

from nbgallery.accounts.models import User


class AuthenticatedHttpRequest(HttpRequest):
    """A request behind @login_required: ``user`` is a real User."""

    user: User
