import pytest

from nbgallery.accounts.models import User


def signup(client, username, email="new@example.org"):
    return client.post(
        "/accounts/signup/",
        {
            "username": username,
            "email": email,
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
        },
    )


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("9lives", b"A user name starts with a letter"),
        ("has space", b"A user name starts with a letter"),
        ("semi;colon", b"A user name starts with a letter"),
        ("me", b"reserved"),
    ],
)
def test_malformed_or_reserved_user_names_are_refused_with_a_message(client, db, username, message):
    response = signup(client, username)

    assert response.status_code == 200  # the form again, with the error
    assert message in response.content
    assert not User.objects.filter(username=username).exists()


def test_a_taken_user_name_is_refused_with_a_message(client, alice):
    response = signup(client, "alice")

    assert b"already" in response.content or b"taken" in response.content
    assert User.objects.filter(username="alice").count() == 1


def test_a_taken_email_is_refused(client, alice):
    response = signup(client, "alice2", email="alice@example.org")

    assert b"already" in response.content
    assert not User.objects.filter(username="alice2").exists()


def test_json_clients_get_a_400_with_the_message(client, db):
    response = client.post(
        "/_allauth/browser/v1/auth/signup",
        {"username": "9lives", "email": "n@example.org", "password": "a long enough passphrase"},
        content_type="application/json",
    )

    assert response.status_code == 400
    messages = [error["message"] for error in response.json()["errors"]]
    assert any("starts with a letter" in message for message in messages)
