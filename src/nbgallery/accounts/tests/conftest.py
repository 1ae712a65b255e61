"""Fixtures for the group tests: alice's group, with bob as a member."""

from __future__ import annotations

import pytest

from nbgallery.accounts import services


@pytest.fixture
def group(alice, bob):
    """'Analytics', owned by alice, with bob as a plain member."""
    group = services.create_group(alice, "Analytics", "We count things.", "https://example.org/")
    services.add_member(alice, group, "bob", "member")
    return group


def api_url(*parts: object) -> str:
    return "/api/v1/" + "/".join(str(part) for part in parts)
