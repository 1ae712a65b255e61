def test_a_user_page_shows_name_and_organization_to_anyone(client, alice):
    response = client.get("/users/alice/")

    assert response.status_code == 200
    assert b"Alice Owner" in response.content
    assert b"Analytics" in response.content
    assert b"Edit profile" not in response.content


def test_me_is_the_signed_in_user(alice_client):
    response = alice_client.get("/users/me/")

    assert b"@alice" in response.content
    assert b"Edit profile" in response.content


def test_me_asks_anonymous_visitors_to_sign_in(client, db):
    assert client.get("/users/me/").status_code == 403


def test_unknown_users_get_404(client, db):
    assert client.get("/users/nobody/").status_code == 404


def test_user_text_is_escaped(client, alice):
    alice.first_name = "<script>alert(1)</script>"
    alice.save()

    response = client.get("/users/alice/")

    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;" in response.content
