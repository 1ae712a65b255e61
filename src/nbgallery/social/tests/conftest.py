"""The notebook fixtures (publish, team, ...) and small helpers for the social tests."""

from __future__ import annotations

from nbgallery.notebooks.tests.conftest import (  # noqa: F401
    isolated_storage,
    new_version,
    publish,
    team,
)

HTMX = {"HTTP_HX_REQUEST": "true"}
