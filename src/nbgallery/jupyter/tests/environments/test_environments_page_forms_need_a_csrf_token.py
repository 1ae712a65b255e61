"""Only the protocol's ``/environments`` goes without CSRF; the page's forms need the token."""

from __future__ import annotations

import pytest
from django.test import Client

from nbgallery.jupyter.models import Environment

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict_client(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    return client


def test_adding_without_the_token_is_refused(alice, strict_client):
    response = strict_client.post(
        "/environments/new/", {"name": "sneaky", "url": "http://127.0.0.1:8888/"}
    )

    assert response.status_code == 403
    assert not Environment.objects.filter(user=alice).exists()


@pytest.mark.parametrize("action", ["delete", "default"])
def test_changing_without_the_token_is_refused(alice, strict_client, make_environment, action):
    environment = make_environment(alice)

    response = strict_client.post(f"/environments/{environment.pk}/{action}/")

    assert response.status_code == 403
    stored = Environment.objects.get(pk=environment.pk)
    assert stored.default is False


def test_the_protocol_path_needs_no_token(alice, strict_client):
    response = strict_client.post(
        "/environments", {"name": "JupyterLab", "url": "http://127.0.0.1:8899/"}
    )

    assert response.status_code == 204
