"""G1 and G11 are for signed-in users: anybody else gets a 401 in JSON, with CORS headers."""

from __future__ import annotations

import json

import pytest

from nbgallery.jupyter.models import Environment
from nbgallery.jupyter.tests.environments.conftest import LAB_FIELDS, assert_cors, listed, register

pytestmark = pytest.mark.django_db


def test_anonymous_registration_is_401(client):
    response = register(client, **LAB_FIELDS)

    assert response.status_code == 401
    assert json.loads(response.content)["message"]
    assert_cors(response)
    assert not Environment.objects.exists()


def test_anonymous_listing_is_401(client):
    response = listed(client)

    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["message"]
