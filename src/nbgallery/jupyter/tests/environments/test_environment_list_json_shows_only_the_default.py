"""G11: ``GET /environments`` lists the default alone if there is one, else all of them.

Exactly the four keys the protocol names, as application/json, and only the
user's own environments.
"""

from __future__ import annotations

import json

import pytest

from nbgallery.jupyter.tests.environments.conftest import listed

pytestmark = pytest.mark.django_db


def test_with_a_default_only_it_is_listed(alice, alice_client, make_environment):
    make_environment(alice, "lab", "http://127.0.0.1:8888/", user_interface="lab")
    make_environment(
        alice, "nb7", "http://127.0.0.1:8899/", user_interface="notebook", default=True
    )

    response = listed(alice_client)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == [
        {
            "name": "nb7",
            "url": "http://127.0.0.1:8899/",
            "default": True,
            "user_interface": "notebook",
        }
    ]


def test_without_a_default_all_are_listed(alice, alice_client, make_environment):
    make_environment(alice, "b-lab", "http://127.0.0.1:8888/", user_interface="lab")
    make_environment(alice, "a-classic", "http://127.0.0.1:8899/")

    listing = json.loads(listed(alice_client).content)

    assert listing == [
        {
            "name": "a-classic",
            "url": "http://127.0.0.1:8899/",
            "default": False,
            "user_interface": "",
        },
        {
            "name": "b-lab",
            "url": "http://127.0.0.1:8888/",
            "default": False,
            "user_interface": "lab",
        },
    ]


def test_other_users_environments_are_never_listed(bob, alice_client, make_environment):
    make_environment(bob, "bobs-lab", default=True)

    assert json.loads(listed(alice_client).content) == []
