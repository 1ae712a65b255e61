import pytest

from nbgallery.accounts.models import User

PASSWORD = "a long enough passphrase"
MESSAGE = "Sign-up is limited to email addresses at example.org."


@pytest.fixture(autouse=True)
def only_example_org(settings):
    settings.NBGALLERY_ALLOWED_EMAIL_DOMAINS = ["example.org"]


def web_signup(client, email):
    return client.post(
        "/accounts/signup/",
        {"username": "erin", "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_an_address_at_another_domain_is_refused_with_a_message(client, db):
    response = web_signup(client, "erin@gmail.com")

    assert response.status_code == 200
    assert MESSAGE.encode() in response.content
    assert not User.objects.filter(username="erin").exists()


def test_json_clients_get_a_400_with_the_same_message(client, db):
    response = client.post(
        "/_allauth/browser/v1/auth/signup",
        {"username": "erin", "email": "erin@gmail.com", "password": PASSWORD},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert MESSAGE in [error["message"] for error in response.json()["errors"]]


@pytest.mark.parametrize("email", ["erin@example.org", "Erin@EXAMPLE.ORG"])
def test_an_address_at_an_allowed_domain_signs_up(client, db, email):
    response = web_signup(client, email)

    assert response.status_code == 302
    assert User.objects.get(username="erin").email == "erin@example.org"
