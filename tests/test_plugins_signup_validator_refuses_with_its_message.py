import pytest

from nbgallery.accounts.models import User

pytestmark = pytest.mark.usefixtures("example_plugin")

PASSWORD = "a long enough passphrase"


def web_signup(client, username, email):
    return client.post(
        "/accounts/signup/",
        {"username": username, "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_a_refused_user_name_is_shown_as_an_error_on_the_signup_page(client, db):
    response = web_signup(client, "blockedbob", "bob2@example.org")

    assert response.status_code == 200  # the form again, with the plugin's message
    assert b"User names containing &quot;blocked&quot; are not accepted here." in response.content
    assert not User.objects.filter(username="blockedbob").exists()


def test_the_plugin_sees_the_email_address_too(client, db):
    response = web_signup(client, "erin", "erin@blocked.example.org")

    assert b"Email addresses containing &quot;blocked&quot; are not accepted here." in (
        response.content
    )
    assert not User.objects.filter(username="erin").exists()


def test_json_clients_get_a_400_with_the_plugins_message(client, db):
    response = client.post(
        "/_allauth/browser/v1/auth/signup",
        {"username": "blockedbob", "email": "bob2@example.org", "password": PASSWORD},
        content_type="application/json",
    )

    assert response.status_code == 400
    messages = [error["message"] for error in response.json()["errors"]]
    assert 'User names containing "blocked" are not accepted here.' in messages
    assert not User.objects.filter(username="blockedbob").exists()


def test_a_sign_up_the_plugin_accepts_creates_the_account(client, db):
    response = web_signup(client, "erin", "erin@example.org")

    assert response.status_code == 302
    assert User.objects.filter(username="erin").exists()
