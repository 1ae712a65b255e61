"""G1: a registration in the exact shapes the clients send is stored and answered 204, empty.

An empty 200 labelled JSON would make jQuery report a parse error, and the
client would register again on every page load (protocol §2.6).
"""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment
from nbgallery.jupyter.tests.environments.conftest import (
    CLASSIC_FIELDS,
    JUPYTER_URL,
    LAB_FIELDS,
    assert_cors,
    register,
)

pytestmark = pytest.mark.django_db


def test_lab_registration_is_stored_with_its_interface(alice, alice_client):
    response = register(alice_client, **LAB_FIELDS)

    assert response.status_code == 204
    assert response.content == b""
    assert "Content-Type" not in response
    assert_cors(response)
    environment = Environment.objects.get(user=alice)
    assert (environment.name, environment.url) == ("JupyterLab", JUPYTER_URL)
    assert environment.user_interface == "lab"
    assert environment.default is False


def test_classic_registration_leaves_the_interface_unsaid(alice, alice_client):
    response = register(alice_client, **CLASSIC_FIELDS)

    assert response.status_code == 204
    assert response.content == b""
    environment = Environment.objects.get(user=alice)
    assert (environment.name, environment.url) == ("my-jupyter", JUPYTER_URL)
    assert environment.user_interface == ""
    assert environment.interface_path == "lab/tree/"


def test_notebook7_registration_opens_in_notebook7(alice, alice_client):
    register(alice_client, name="JupyterLab", url=JUPYTER_URL, user_interface="notebook")

    assert Environment.objects.get(user=alice).interface_path == "notebooks/"


def test_a_cache_buster_in_the_query_is_ignored(alice, alice_client):
    response = alice_client.post(
        "/environments?_=1717171717171",
        data=LAB_FIELDS,
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 204
    assert Environment.objects.filter(user=alice).count() == 1
