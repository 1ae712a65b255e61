from nbgallery.accounts.models import User


def test_a_user_edits_their_own_profile(alice_client, alice):
    response = alice_client.post(
        "/users/me/edit/",
        {
            "username": "alice",
            "first_name": "Alice",
            "last_name": "Liddell",
            "org": "Wonderland",
            "theme": "dark",
        },
    )

    assert response.status_code == 302
    alice.refresh_from_db()
    assert (alice.last_name, alice.org, alice.theme) == ("Liddell", "Wonderland", "dark")


def test_a_user_cannot_edit_someone_else(bob_client, alice):
    response = bob_client.post("/users/alice/edit/", {"username": "alice", "org": "Hacked"})

    assert response.status_code == 403
    alice.refresh_from_db()
    assert alice.org == "Analytics"


def test_a_user_cannot_make_themself_admin(alice_client, alice):
    alice_client.post(
        "/users/me/edit/",
        {"username": "alice", "is_superuser": "on", "theme": "auto"},
    )

    alice.refresh_from_db()
    assert not alice.is_superuser


def test_an_admin_edits_anybody_and_can_grant_admin(admin_client, alice):
    response = admin_client.post(
        "/users/alice/edit/",
        {
            "username": "alice",
            "org": "Platform",
            "theme": "auto",
            "is_superuser": "on",
            "approved": "on",
            "is_active": "on",
        },
    )

    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.org == "Platform" and alice.is_admin and alice.is_staff


def test_renaming_to_a_taken_or_reserved_name_is_refused(alice_client, bob):
    for name, message in (("bob", b"taken"), ("me", b"reserved")):
        response = alice_client.post("/users/me/edit/", {"username": name, "theme": "auto"})

        assert response.status_code == 200
        assert message in response.content
    assert User.objects.filter(username="alice").exists()
