"""The environments page lists the user's environments, never anybody else's, and explains them."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_my_environments_are_listed_with_the_default_marked(alice, alice_client, make_environment):
    make_environment(alice, "lab-one", "http://127.0.0.1:8888/", user_interface="lab", default=True)
    make_environment(alice, "classic-two", "http://127.0.0.1:8899/")

    response = alice_client.get("/environments/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "lab-one" in page
    assert "http://127.0.0.1:8888/" in page
    assert "JupyterLab" in page
    assert "classic-two" in page
    assert "Not set (opens JupyterLab)" in page
    assert page.count(">Default</span>") == 1


def test_other_users_environments_are_not_listed(bob, alice_client, make_environment):
    make_environment(bob, "bobs-secret-lab", "http://10.0.0.5:8888/")

    page = alice_client.get("/environments/").content.decode()

    assert "bobs-secret-lab" not in page
    assert "10.0.0.5" not in page


def test_the_page_says_what_jupyter_must_allow(alice_client):
    page = alice_client.get("/environments/").content.decode()

    assert 'c.ServerApp.allow_origin = "http://testserver"' in page
    assert "c.ServerApp.allow_credentials = True" in page
    assert "c.ServerApp.disable_check_xsrf = True" in page
    assert "pip install jupyter-nbgallery" in page


def test_the_user_menu_links_to_the_page(alice_client):
    page = alice_client.get("/").content.decode()

    assert 'href="/environments/"' in page


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/environments/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_browser_at_the_protocol_path_is_sent_to_the_page(alice_client):
    response = alice_client.get(
        "/environments", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8"
    )

    assert response.status_code == 302
    assert response["Location"] == "/environments/"
