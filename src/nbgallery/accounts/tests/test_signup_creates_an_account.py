from nbgallery.accounts.models import User

FORM = {
    "username": "dana",
    "email": "dana@example.org",
    "password1": "a long enough passphrase",
    "password2": "a long enough passphrase",
    "first_name": "Dana",
    "last_name": "Scully",
    "org": "Research",
}


def test_signup_creates_the_account_with_its_profile_and_signs_in(client, db):
    response = client.post("/accounts/signup/", FORM)

    assert response.status_code == 302
    dana = User.objects.get(username="dana")
    assert (dana.email, dana.first_name, dana.last_name, dana.org) == (
        "dana@example.org",
        "Dana",
        "Scully",
        "Research",
    )
    assert dana.approved and not dana.is_superuser
    assert client.get("/api/v1/me").json()["username"] == "dana"
