import re

from django.core import mail
from django.test import override_settings

FORM = {
    "username": "gina",
    "email": "gina@example.org",
    "password1": "a long enough passphrase",
    "password2": "a long enough passphrase",
}


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_mandatory_verification_keeps_the_user_out_until_the_emailed_link_is_followed(client, db):
    client.post("/accounts/signup/", FORM)

    assert client.get("/api/v1/me").status_code == 401
    login = client.post("/accounts/login/", {"login": "gina", "password": FORM["password1"]})
    assert client.get("/api/v1/me").status_code == 401
    assert b"verif" in client.get(login.url).content.lower()

    link = re.search(r"http://testserver(/accounts/confirm-email/\S+)", mail.outbox[-1].body)
    assert link
    client.post(link.group(1))
    client.post("/accounts/login/", {"login": "gina", "password": FORM["password1"]})
    assert client.get("/api/v1/me").json()["username"] == "gina"


def test_optional_verification_sends_an_email_but_lets_the_user_in(client, db):
    client.post("/accounts/signup/", FORM)

    assert client.get("/api/v1/me").status_code == 200
    assert "gina@example.org" in mail.outbox[-1].to
