"""Response headers: a strict policy that keeps untrusted content inert, and CORS
for the endpoints the Jupyter clients call."""

from __future__ import annotations

from collections.abc import Callable
from fnmatch import fnmatchcase

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

# No inline script and no script from anywhere but our own static files: even if
# some user-written HTML slipped through sanitizing, the browser would not run it.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        # "Run in Jupyter" fetches from and posts to the user's own Jupyter server,
        # wherever it runs. A fetch runs no script and this policy still allows no
        # script from elsewhere; CORS on the Jupyter side decides what it accepts.
        "connect-src 'self' http: https:",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()"


def security_headers(get_response: Callable[[HttpRequest], HttpResponse]):
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    return middleware


# The paths the published Jupyter clients call from the Jupyter page's origin
# (protocol §2.1); "*" matches across "/" as in the original's rack-cors rules.
JUPYTER_PATHS = (
    "/preferences",
    "/environments",
    "/notebooks/stars",
    "/notebooks/recently_executed",
    "/notebooks/*/metadata",
    "/notebooks/*/diff",
    "/notebooks/*/download",
    "/notebooks/*/uuid",
    "/nb/*/uuid",
    "/change_requests/*/download",
    "/stages",
    "/integration/*",
    "/executions",
    "/tags/*",
)


def is_jupyter_path(path: str) -> bool:
    patterns = (*JUPYTER_PATHS, *settings.NBGALLERY_CORS_EXTRA_PATHS)
    return any(fnmatchcase(path, pattern) for pattern in patterns)


def allowed_origin(request: HttpRequest) -> str | None:
    origin = request.headers.get("Origin")
    allowed = settings.NBGALLERY_CORS_ORIGINS
    if origin and ("*" in allowed or origin in allowed):
        return origin
    return None


def jupyter_cors(get_response: Callable[[HttpRequest], HttpResponse]):
    """Let the Jupyter clients call the gallery endpoints from their own origin.

    On the allow-listed paths: every response (errors included) echoes the
    request's Origin with credentials, preflights get a 204, and CSRF is not
    checked, since the clients cannot send a token (protocol §2.1-§2.4).
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        if not is_jupyter_path(request.path):
            return get_response(request)
        # Read by Django's CSRF middleware and csrf_protect alike.
        request._dont_enforce_csrf_checks = True  # type: ignore[attr-defined]
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
            response["Access-Control-Allow-Headers"] = request.headers.get(
                "Access-Control-Request-Headers", "Accept, Content-Type"
            )
            response["Access-Control-Max-Age"] = "600"
        else:
            response = get_response(request)
        origin = allowed_origin(request)
        if origin:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
        patch_vary_headers(response, ["Origin"])
        return response

    return middleware
