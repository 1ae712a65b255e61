"""The user's Jupyter environments: ``/environments`` for Jupyter and our own script, and the page.

``/environments`` (no slash) is the protocol's: Jupyter registers itself
there (G1, ``POST``) from its own origin, without a CSRF token (the CORS
middleware allows both on this one path), and "Run in Jupyter" lists them
(G11, ``GET``). It answers JSON whatever the Accept header says, except
that a person who types the address into a browser is sent to the page.

``/environments/...`` (with the slash) is the page where a user lists, adds,
edits and deletes their environments and picks the default; ordinary
CSRF-protected forms. An environment of another user is a 404 there.
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from nbgallery.jupyter import environments
from nbgallery.jupyter.forms import EnvironmentForm
from nbgallery.jupyter.models import Environment
from nbgallery.notebooks.views.notebook import base_url
from nbgallery.notebooks.views.upload import json_message
from nbgallery.typing import AuthenticatedHttpRequest

log = logging.getLogger(__name__)

LOGIN_REQUIRED = "You must be logged in to perform this action."
UNAVAILABLE = "The environment could not be saved just now, and nothing was changed; try again."
# Cache busters the clients add (protocol §2.7); never environment fields.
CACHE_BUSTERS = {"_", "seconds"}


# --- /environments: the protocol's endpoint -----------------------------------------------


def environments_endpoint(request: HttpRequest) -> HttpResponse:
    """``GET`` lists the environments to run in (G11); ``POST`` registers one (G1)."""
    if request.method == "GET" and "text/html" in request.headers.get("Accept", ""):
        return redirect("environment_list")
    if request.method not in ("GET", "POST"):
        response = json_message(405, "Use GET to list environments or POST to register one.")
        response["Allow"] = "GET, POST, OPTIONS"
        return response
    if not request.user.is_authenticated:
        return json_message(401, LOGIN_REQUIRED, "login")
    if request.method == "GET":
        listed = environments.environments_to_run_in(request.user)  # type: ignore[arg-type]
        return JsonResponse([environments.as_json(each) for each in listed], safe=False)
    return register(request)  # type: ignore[arg-type]


def register(request: AuthenticatedHttpRequest) -> HttpResponse:
    """G1: 204 with no body, or 422 ``{"message"}`` saying what to fix."""
    # Like the original, fields may come in the query string too; the body wins.
    params = {key: str(value) for key, value in request.GET.items() if key not in CACHE_BUSTERS}
    params.update((key, str(value)) for key, value in request.POST.items())
    try:
        environments.register_environment(request.user, params)
    except ValidationError as error:
        return json_message(422, " ".join(error.messages), "invalid", errors=field_errors(error))
    except DatabaseError as error:
        log.warning("Environment of %s not registered: %s", request.user, error)
        return json_message(503, UNAVAILABLE, "unavailable")
    response = HttpResponse(status=204)
    # No body and no type: an empty body labelled JSON would make jQuery report an
    # error, and the client would then register again on every page load (§2.6).
    del response["Content-Type"]
    return response


def field_errors(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict if hasattr(error, "error_dict") else {}


# --- /environments/: the page -------------------------------------------------------------


def own_environment(request: AuthenticatedHttpRequest, pk: int) -> Environment:
    """One of this user's environments; anybody else's is "not found"."""
    return get_object_or_404(Environment.objects.filter(user=request.user), pk=pk)


@login_required
def environment_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The user's environments, with how they get here and what Jupyter must allow."""
    context = {
        "environments": environments.environments_of(request.user),
        "gallery_origin": base_url(request),
    }
    return render(request, "jupyter/environment_list.html", context)


@login_required
def environment_create(request: AuthenticatedHttpRequest) -> HttpResponse:
    """GET: an empty form. POST: add the environment and go back to the list."""
    form = EnvironmentForm(request.POST or None)
    return save_from_form(request, form, None)


@login_required
def environment_edit(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """GET: the form with the environment's values. POST: save them."""
    environment = own_environment(request, pk)
    form = EnvironmentForm.for_environment(environment, request.POST or None)
    return save_from_form(request, form, environment)


def save_from_form(
    request: AuthenticatedHttpRequest, form: EnvironmentForm, environment: Environment | None
) -> HttpResponse:
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                saved = environments.save_environment(
                    request.user,
                    environment,
                    name=data["name"],
                    url=data["url"],
                    user_interface=data["user_interface"],
                    default=data["default"],
                )
            except ValidationError as error:
                form.add_service_errors(error)
            except DatabaseError as error:
                log.warning("Environment of %s not saved: %s", request.user, error)
                form.add_error(None, UNAVAILABLE)
                status = 503
            else:
                verb = "added" if environment is None else "saved"
                messages.success(request, f"The environment {saved.name} is {verb}.")
                return redirect("environment_list")
    context = {"form": form, "environment": environment}
    return render(request, "jupyter/environment_form.html", context, status=status)


@login_required
@require_POST
def environment_make_default(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Make this the environment Run in Jupyter uses without asking."""
    environment = own_environment(request, pk)
    try:
        environments.make_default(request.user, environment)
    except (ValidationError, DatabaseError) as error:
        log.info("Default environment of %s not changed: %s", request.user, error)
        messages.error(request, "The default could not be changed just now; try again.")
    else:
        messages.success(
            request, f"{environment.name} is now your default: Run in Jupyter uses it."
        )
    return redirect("environment_list")


@login_required
def environment_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """GET: ask for confirmation. POST: forget the environment."""
    environment = own_environment(request, pk)
    if request.method == "POST":
        environments.delete_environment(request.user, environment)
        messages.success(request, f"The environment {environment.name} is deleted.")
        return redirect("environment_list")
    return render(request, "jupyter/environment_confirm_delete.html", {"environment": environment})
