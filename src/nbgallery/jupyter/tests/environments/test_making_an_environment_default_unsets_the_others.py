"""One default per user: making one the default, from Jupyter or from the page, unsets the rest."""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment
from nbgallery.jupyter.tests.environments.conftest import register

pytestmark = pytest.mark.django_db


def defaults(user):
    return list(Environment.objects.filter(user=user, default=True).values_list("name", flat=True))


def test_registering_a_default_unsets_the_previous_one(alice, alice_client, make_environment):
    make_environment(alice, "old", "http://127.0.0.1:8888/", default=True)

    response = register(alice_client, name="new", url="http://127.0.0.1:8899/", default="true")

    assert response.status_code == 204
    assert defaults(alice) == ["new"]


def test_make_default_on_the_page_unsets_the_previous_one(alice, alice_client, make_environment):
    make_environment(alice, "old", "http://127.0.0.1:8888/", default=True)
    new = make_environment(alice, "new", "http://127.0.0.1:8899/")

    response = alice_client.post(f"/environments/{new.pk}/default/")

    assert response.status_code == 302
    assert defaults(alice) == ["new"]


def test_other_users_defaults_stay(alice, bob, alice_client, make_environment):
    make_environment(bob, "bobs", default=True)

    register(alice_client, name="alices", url="http://127.0.0.1:8899/", default="true")

    assert defaults(bob) == ["bobs"]
    assert defaults(alice) == ["alices"]
