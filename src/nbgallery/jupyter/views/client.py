"""What every endpoint the Jupyter clients call shares: JSON answers, whatever the
Accept header says (protocol §2.5), for refusals as much as for results."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse

from nbgallery.notebooks.views.upload import json_message

NOT_SIGNED_IN = "You must be logged in to perform this action."

View = Callable[..., HttpResponse]


def client_endpoint(*methods: str, login: bool = True) -> Callable[[View], View]:
    """Answer only ``methods`` (405 otherwise) and, with ``login``, only signed-in users (401).

    Both refusals are JSON ``{"message": ...}``: the clients are scripts, and
    a redirect to the sign-in page would mean nothing to them.
    """

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method not in methods:
                response = json_message(405, f"Use {' or '.join(methods)}.")
                response["Allow"] = ", ".join(methods)
                return response
            if login and not request.user.is_authenticated:
                return json_message(401, NOT_SIGNED_IN)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
