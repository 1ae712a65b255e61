"""The JSON API under /api/v1 (OpenAPI document at /api/v1/openapi.json)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(
    title="nbgallery API",
    version="1",
    urls_namespace="api",
    auth=django_auth,
)


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, error: ValidationError) -> HttpResponse:
    return api.create_response(request, {"message": " ".join(error.messages)}, status=400)


@api.exception_handler(PermissionDenied)
def permission_denied(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
    message = str(error) or "You are not allowed to do that."
    return api.create_response(request, {"message": message}, status=403)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    return api.create_response(request, {"message": str(error) or "Not found."}, status=404)


def register_routers() -> None:
    from nbgallery.accounts.api import router as accounts_router

    api.add_router("", accounts_router)


register_routers()
