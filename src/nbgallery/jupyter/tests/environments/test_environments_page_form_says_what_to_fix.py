"""A bad name or URL, or one the user already has, comes back as the form with the reason (400)."""

from __future__ import annotations

import pytest

from nbgallery.jupyter.models import Environment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"name": "my jupyter", "url": "http://127.0.0.1:8888/"}, "letters, digits and hyphens"),
        ({"name": "", "url": "http://127.0.0.1:8888/"}, "This field is required"),
        ({"name": "ok", "url": "javascript:alert(1)"}, "starting with http:// or https://"),
        ({"name": "ok", "url": "http://127.0.0.1:8888/", "user_interface": "x"}, "valid choice"),
    ],
)
def test_bad_values_are_explained(alice, alice_client, fields, says):
    response = alice_client.post("/environments/new/", fields)

    assert response.status_code == 400
    assert says in response.content.decode()
    assert not Environment.objects.filter(user=alice).exists()


def test_a_name_i_already_have_is_explained(alice, alice_client, make_environment):
    make_environment(alice, "taken", "http://127.0.0.1:8888/")

    response = alice_client.post("/environments/new/", {"name": "taken", "url": "http://h:1/"})

    assert response.status_code == 400
    assert "already have an environment with that name" in response.content.decode()
    assert Environment.objects.filter(user=alice).count() == 1


def test_a_url_i_already_have_is_explained_on_edit(alice, alice_client, make_environment):
    make_environment(alice, "first", "http://127.0.0.1:8888/")
    second = make_environment(alice, "second", "http://127.0.0.1:8899/")

    response = alice_client.post(
        f"/environments/{second.pk}/edit/", {"name": "second", "url": "http://127.0.0.1:8888/"}
    )

    assert response.status_code == 400
    assert "already have an environment with that URL" in response.content.decode()
    second.refresh_from_db()
    assert second.url == "http://127.0.0.1:8899/"


def test_the_same_name_as_another_users_is_fine(alice, bob, alice_client, make_environment):
    make_environment(bob, "JupyterLab")

    response = alice_client.post(
        "/environments/new/", {"name": "JupyterLab", "url": "http://127.0.0.1:8899/"}
    )

    assert response.status_code == 302
