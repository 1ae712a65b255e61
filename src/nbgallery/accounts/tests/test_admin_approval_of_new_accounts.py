from django.core import mail
from django.test import override_settings

from nbgallery.accounts.models import User

FORM = {
    "username": "frank",
    "email": "frank@example.org",
    "password1": "a long enough passphrase",
    "password2": "a long enough passphrase",
}


@override_settings(NBGALLERY_REQUIRE_APPROVAL=True)
def test_a_new_account_waits_for_approval_before_signing_in(client, db):
    response = client.post("/accounts/signup/", FORM)

    assert response.status_code == 403
    assert b"waiting for approval" in response.content
    assert User.objects.get(username="frank").approved is False
    assert client.get("/api/v1/me").status_code == 401

    login = client.post("/accounts/login/", {"login": "frank", "password": FORM["password1"]})
    assert login.status_code == 403
    assert b"waiting for approval" in login.content


@override_settings(NBGALLERY_REQUIRE_APPROVAL=True)
def test_an_admin_approves_from_the_approvals_page_and_the_user_is_told(
    client, admin_client, django_capture_on_commit_callbacks
):
    client.post("/accounts/signup/", FORM)
    page = admin_client.get("/manage/approvals/")
    assert b"frank@example.org" in page.content

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post("/manage/approvals/frank/", {"decision": "approve"})

    assert User.objects.get(username="frank").approved
    assert any("approved" in message.subject for message in mail.outbox)
    login = client.post("/accounts/login/", {"login": "frank", "password": FORM["password1"]})
    assert login.status_code == 302


@override_settings(NBGALLERY_REQUIRE_APPROVAL=True)
def test_an_admin_can_reject_a_waiting_account(client, admin_client):
    client.post("/accounts/signup/", FORM)

    admin_client.post("/manage/approvals/frank/", {"decision": "reject"})

    assert not User.objects.filter(username="frank").exists()


def test_only_admins_see_the_approvals_page(alice_client, client, db):
    assert alice_client.get("/manage/approvals/").status_code == 403
    assert client.get("/manage/approvals/").status_code == 302  # to the sign-in page
