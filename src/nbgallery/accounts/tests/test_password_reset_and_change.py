import re

from django.core import mail

from conftest import PASSWORD

NEW_PASSWORD = "a brand new passphrase"


def test_a_forgotten_password_is_reset_through_an_emailed_link(client, alice):
    client.post("/accounts/password/reset/", {"email": "alice@example.org"})

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["alice@example.org"]
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", mail.outbox[0].body)
    assert link
    form_page = client.get(link.group(1), follow=True)
    client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert client.login(username="alice", password=NEW_PASSWORD)


def test_a_signed_in_user_changes_their_password(alice_client, alice):
    response = alice_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_a_wrong_current_password_is_refused(alice_client, alice):
    response = alice_client.post(
        "/accounts/password/change/",
        {"oldpassword": "wrong", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert b"Please type your current password" in response.content
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)
