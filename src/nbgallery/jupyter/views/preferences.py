"""``/preferences`` (protocol G2, G3): the editor settings the classic client
applies, and the JupyterLab settings files Lab saves to the gallery and restores."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse

from nbgallery.jupyter import services
from nbgallery.jupyter.views.client import client_endpoint
from nbgallery.notebooks.views.upload import UNAVAILABLE, json_message, truthy
from nbgallery.typing import AuthenticatedHttpRequest

# jQuery's and the classic client's cache busters (protocol §2.7).
CACHE_BUSTERS = {"_", "seconds"}
CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")
WHOLE_NUMBER = re.compile(r"^[0-9]{1,3}$")
# Wider indents are typing mistakes.
LARGEST_INDENT = 32
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@client_endpoint("GET", "POST")
def preferences(request: AuthenticatedHttpRequest) -> HttpResponse:
    """GET: the user's preferences (the whole row). POST: change some; 204 with no body."""
    if request.method == "GET":
        return JsonResponse(services.preferences_json(request.user))
    try:
        values = posted_preferences(request)
    except ValidationError as error:
        return json_message(422, error.messages[0])
    try:
        services.save_preferences(request.user, values)
    except DatabaseError:
        return json_message(503, UNAVAILABLE)
    # No body: the clients ignore it, and an empty JSON reply would fail jQuery's parse.
    return HttpResponse(status=204)


def snake_case(key: str) -> str:
    """``autoCloseBrackets`` → ``auto_close_brackets``, as the original's ``underscore``."""
    return CAMEL_HUMP.sub(r"_\1", key).lower()


def posted_preferences(request: HttpRequest) -> dict[str, Any]:
    """The posted preferences, keys in snake_case and values typed.

    The classic client posts one camelCase key at a time (``tabSize=4``), Lab
    posts ``lab_preferences``. Raises ValidationError naming the first key
    that is unknown or has a bad value, so that a partly wrong request saves
    nothing.
    """
    if request.body and request.content_type not in FORM_TYPES:
        raise ValidationError("Send the preferences form-encoded, e.g. tabSize=4.")
    cleaned: dict[str, Any] = {}
    for key in request.POST:
        if key in CACHE_BUSTERS:
            continue
        value = request.POST.get(key) or ""  # the last value, if a key came twice
        name = snake_case(key)
        if "\x00" in value:
            raise ValidationError(f"{key} contains a NUL character, which cannot be stored.")
        if name in services.BOOLEAN_PREFERENCES:
            cleaned[name] = truthy(value)
        elif name in services.INTEGER_PREFERENCES:
            text = value.strip()
            if not WHOLE_NUMBER.match(text) or not 1 <= int(text) <= LARGEST_INDENT:
                raise ValidationError(
                    f"{key} must be a whole number from 1 to {LARGEST_INDENT}, not {value!r}."
                )
            cleaned[name] = int(text)
        elif name == "lab_preferences":
            cleaned[name] = value  # JupyterLab's own text, given back exactly as sent
        else:
            known = ", ".join(services.PREFERENCE_KEYS)
            raise ValidationError(f"{key} is not a preference; send one of {known}.")
    return cleaned
