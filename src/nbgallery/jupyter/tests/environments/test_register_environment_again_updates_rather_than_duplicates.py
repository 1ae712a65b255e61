"""G1: registering again by the same name or the same URL updates that environment.

Lab and Notebook 7 register the same server under the same name; only the
first registration (or the gallery's own form, with ``usersave``) sets the
interface (protocol §8.3).
"""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment
from nbgallery.jupyter.tests.environments.conftest import JUPYTER_URL, LAB_FIELDS, register

pytestmark = pytest.mark.django_db


def test_same_name_new_url_moves_the_environment(alice, alice_client):
    register(alice_client, **LAB_FIELDS)
    response = register(alice_client, name="JupyterLab", url="http://127.0.0.1:9999/")

    assert response.status_code == 204
    environment = Environment.objects.get(user=alice)
    assert environment.url == "http://127.0.0.1:9999/"
    assert environment.user_interface == "lab"


def test_same_url_new_name_renames_the_environment(alice, alice_client):
    register(alice_client, **LAB_FIELDS)
    response = register(alice_client, name="my-jupyter", url=JUPYTER_URL)

    assert response.status_code == 204
    environment = Environment.objects.get(user=alice)
    assert environment.name == "my-jupyter"


def test_notebook7_after_lab_keeps_the_first_interface(alice, alice_client):
    register(alice_client, **LAB_FIELDS)
    register(alice_client, name="JupyterLab", url=JUPYTER_URL, user_interface="notebook")

    assert Environment.objects.get(user=alice).user_interface == "lab"


def test_usersave_changes_the_interface(alice, alice_client):
    register(alice_client, **LAB_FIELDS)
    response = register(
        alice_client, name="JupyterLab", url=JUPYTER_URL, user_interface="classic", usersave="1"
    )

    assert response.status_code == 204
    assert Environment.objects.get(user=alice).user_interface == "classic"


def test_the_name_is_matched_without_surrounding_blanks(alice, alice_client):
    register(alice_client, **LAB_FIELDS)
    register(alice_client, name="  JupyterLab ", url=" " + JUPYTER_URL + " ")

    environment = Environment.objects.get(user=alice)
    assert (environment.name, environment.url) == ("JupyterLab", JUPYTER_URL)


def test_another_users_environment_is_not_touched(alice, bob, alice_client, bob_client):
    register(alice_client, **LAB_FIELDS)
    register(bob_client, **LAB_FIELDS)

    assert Environment.objects.filter(name="JupyterLab").count() == 2
    assert Environment.objects.filter(user=bob).count() == 1
