"""On the page a user adds an environment, edits it, and deletes it after confirming."""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment

pytestmark = pytest.mark.django_db


def test_add(alice, alice_client):
    form = alice_client.get("/environments/new/")
    assert form.status_code == 200

    response = alice_client.post(
        "/environments/new/",
        {"name": "work-lab", "url": "http://jupyter:8888", "user_interface": "notebook"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/environments/"
    environment = Environment.objects.get(user=alice)
    # A base URL without its slash gets one: Run in Jupyter appends paths to it.
    assert (environment.name, environment.url) == ("work-lab", "http://jupyter:8888/")
    assert environment.user_interface == "notebook"
    assert environment.default is False
    page = alice_client.get(response["Location"]).content.decode()
    assert "The environment work-lab is added." in page


def test_edit(alice, alice_client, make_environment):
    environment = make_environment(alice, "JupyterLab", user_interface="lab")
    form = alice_client.get(f"/environments/{environment.pk}/edit/")
    assert 'value="JupyterLab"' in form.content.decode()

    response = alice_client.post(
        f"/environments/{environment.pk}/edit/",
        {
            "name": "home-lab",
            "url": "https://lab.example.org/user/alice/",
            "user_interface": "classic",
            "default": "on",
        },
    )

    assert response.status_code == 302
    environment.refresh_from_db()
    assert environment.name == "home-lab"
    assert environment.url == "https://lab.example.org/user/alice/"
    assert environment.user_interface == "classic"
    assert environment.default is True


def test_delete_asks_first(alice, alice_client, make_environment):
    environment = make_environment(alice)

    confirm = alice_client.get(f"/environments/{environment.pk}/delete/")

    assert confirm.status_code == 200
    assert "Delete my-jupyter?" in confirm.content.decode()
    assert Environment.objects.filter(pk=environment.pk).exists()

    response = alice_client.post(f"/environments/{environment.pk}/delete/")

    assert response.status_code == 302
    assert not Environment.objects.filter(pk=environment.pk).exists()


def test_make_default_only_by_post(alice, alice_client, make_environment):
    environment = make_environment(alice)

    assert alice_client.get(f"/environments/{environment.pk}/default/").status_code == 405
    environment.refresh_from_db()
    assert environment.default is False
