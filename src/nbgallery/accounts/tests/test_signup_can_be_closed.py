from django.test import override_settings

from nbgallery.accounts.models import User


@override_settings(NBGALLERY_SIGNUP_OPEN=False)
def test_closed_signup_refuses_new_accounts(client, db):
    page = client.get("/accounts/signup/")
    response = client.post(
        "/accounts/signup/",
        {
            "username": "eve",
            "email": "eve@example.org",
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
        },
    )

    assert b"the sign up is currently closed" in page.content
    assert b"the sign up is currently closed" in response.content
    assert not User.objects.filter(username="eve").exists()


@override_settings(NBGALLERY_SIGNUP_OPEN=False)
def test_closed_signup_hides_the_sign_up_link(client, db):
    response = client.get("/")

    assert b'href="/accounts/signup/"' not in response.content
    assert b'href="/accounts/login/' in response.content
