"""Requests shaped exactly as the published Jupyter clients send them (protocol §2, §3).

Every request comes from the Jupyter page's origin with ``Accept:
application/json``; bodies are a form (``application/x-www-form-urlencoded;
charset=UTF-8``) or the notebook as text (``text/plain;charset=UTF-8``); GETs
carry jQuery's ``_=<ms>`` (Lab) or the classic client's ``seconds=<float>``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.test import Client

ORIGIN = "http://127.0.0.1:8899"
FORM = "application/x-www-form-urlencoded; charset=UTF-8"
TEXT = "text/plain;charset=UTF-8"
LAB_CACHE_BUSTER = {"_": "1700000000000"}
CLASSIC_CACHE_BUSTER = {"seconds": "1700000000.123"}
HEADERS = {"HTTP_ORIGIN": ORIGIN, "HTTP_ACCEPT": "application/json"}


def with_query(path: str, query: dict[str, str]) -> str:
    return f"{path}?{urlencode(query)}" if query else path


def get(client: Client, path: str, query: dict[str, str] | None = None) -> Any:
    """A GET as Lab sends it (``_=<ms>``), or with the ``query`` given."""
    return client.get(with_query(path, LAB_CACHE_BUSTER if query is None else query), **HEADERS)


def post_form(client: Client, path: str, fields: list[tuple[str, str]] | str) -> Any:
    """A form POST; ``fields`` in the clients' order, or the body already encoded."""
    body = fields if isinstance(fields, str) else urlencode(fields)
    return client.post(path, body, content_type=FORM, **HEADERS)


def post_text(client: Client, path: str, body: bytes | str) -> Any:
    """A POST of the notebook JSON as text, as for /stages and /notebooks/<id>/diff."""
    return client.post(path, body, content_type=TEXT, **HEADERS)


def assert_cors(response: Any) -> None:
    """The browser hands the reply to the client script only with these (protocol §2.1)."""
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert response["Access-Control-Allow-Credentials"] == "true"
    assert "Origin" in response["Vary"]


def assert_json(response: Any, status: int) -> Any:
    """The status, a JSON content type, the CORS headers; the parsed body."""
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    assert_cors(response)
    return response.json()
