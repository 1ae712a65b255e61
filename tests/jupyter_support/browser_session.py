"""Talk to a running Jupyter the way a browser on the gallery's page does.

Cookies, not the token: a user's browser has logged in to Jupyter once
(``/lab?token=...`` sets Jupyter's login cookie) and the gallery page's
cross-origin requests carry that cookie and the gallery's ``Origin``. Only
the standard library is used (``.venv`` has no HTTP client package).
"""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from tests.jupyter_support.jupyter_process import JupyterLab

# Both content types keep the push a CORS "simple request" (no preflight).
# jQuery's default for a string body, which the original gallery's "Run in
# Jupyter" sends. Tornado (6.5.8 and later) parses such a body as a form
# and refuses more than 1000 fields with a 400, so a notebook whose JSON
# holds 1000 "&" (HTML or JavaScript outputs, shell code) cannot be pushed.
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"
# fetch()'s default for a string body: never parsed by Tornado, any notebook goes.
TEXT_CONTENT_TYPE = "text/plain;charset=UTF-8"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]  # names in lower case
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def path_segment(name: str) -> str:
    """``encodeURIComponent(name)``, as the gallery page's JS builds the URL."""
    return quote(name, safe="!'()*~")


class BrowserSession:
    """A cookie jar logged in to ``lab``, sending requests from ``origin``."""

    def __init__(self, lab: JupyterLab, origin: str) -> None:
        self.lab = lab
        self.origin = origin
        self.cookies = http.cookiejar.CookieJar()
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirects()
        )

    def log_in(self) -> Reply:
        """Open ``/lab?token=...`` once, as the user did in their own tab."""
        reply = self.request("GET", f"lab?token={self.lab.token}", origin=None)
        assert reply.status == 200, reply
        assert any(cookie.name.startswith("username-") for cookie in self.cookies), (
            "Jupyter set no login cookie"
        )
        return reply

    def get_contents(self, name: str) -> Reply:
        """``GET api/contents/<name>``: the "is it there already?" check."""
        return self.request("GET", f"api/contents/{path_segment(name)}")

    def push_notebook(
        self, name: str, notebook: Any, *, content_type: str = TEXT_CONTENT_TYPE
    ) -> Reply:
        """``POST post/<name>`` with the body the gallery page sends."""
        body = json.dumps({"type": "notebook", "content": notebook}).encode()
        return self.request(
            "POST",
            f"post/{path_segment(name)}",
            body=body,
            headers={"Content-Type": content_type},
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        origin: str | None = "",
    ) -> Reply:
        """A request to ``lab.url + path``; ``origin=""`` means this session's origin."""
        request = urllib.request.Request(  # noqa: S310 (the loopback Jupyter only)
            self.lab.url + path, data=body, method=method, headers=dict(headers or {})
        )
        sent_origin = self.origin if origin == "" else origin
        if sent_origin:
            request.add_header("Origin", sent_origin)
        try:
            with self._opener.open(request, timeout=60) as response:
                return Reply(response.status, _lower(response.headers), response.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, _lower(error.headers), error.read())


def _lower(headers: Any) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}
