"""Site-wide pages: the health check and the error pages (the home page is a listing)."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache

ERROR_TITLES = {
    400: "That request was not understood",
    403: "You do not have access to this page",
    404: "We could not find that page",
    500: "Something went wrong on our side",
}


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: is the database answering?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:  # any failure means "not healthy", never a 500 page
        database = "unavailable"
    healthy = database == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", "database": database, "vendor": connection.vendor},
        status=200 if healthy else 503,
    )


def wants_json(request: HttpRequest) -> bool:
    accept = request.headers.get("Accept", "")
    return request.path.startswith(("/api/", "/_allauth/")) or (
        "application/json" in accept and "text/html" not in accept
    )


def error_page(request: HttpRequest, status: int, detail: str = "") -> HttpResponse:
    title = ERROR_TITLES[status]
    if wants_json(request):
        return JsonResponse({"status": status, "message": detail or title}, status=status)
    context = {"status": status, "title": title, "detail": detail}
    return render(request, "error.html", context, status=status)


def exception_detail(exception: Exception | None) -> str:
    # Only messages we raise on purpose are shown; Django's own 404 messages
    # mention URL patterns and model names that mean nothing to a person.
    message = exception.args[0] if exception and exception.args else ""
    if not isinstance(message, str) or "matches the given query" in message:
        return ""
    return message


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return error_page(
        request,
        403,
        "The form had expired or came from another site. Go back, reload the page and try again.",
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 403, exception_detail(exception))


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return error_page(request, 404, exception_detail(exception))


def server_error(request: HttpRequest) -> HttpResponse:
    # No base template here: it asks the database for the user, which may be what failed.
    if wants_json(request):
        return JsonResponse({"status": 500, "message": ERROR_TITLES[500]}, status=500)
    return HttpResponse(loader.get_template("500.html").render(), status=500)
