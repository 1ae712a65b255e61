"""The page may fetch from the user's Jupyter server (any http/https origin), yet still run
no script but ours."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_connect_src_allows_jupyter_and_script_src_stays_ours(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    directives = {
        part.split()[0]: part.split()[1:] for part in (d.strip() for d in policy.split(";")) if part
    }

    assert directives["connect-src"] == ["'self'", "http:", "https:"]
    assert directives["script-src"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
