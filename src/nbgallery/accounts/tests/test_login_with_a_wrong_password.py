from conftest import PASSWORD


def test_a_wrong_password_gets_a_message_and_no_session(client, alice):
    response = client.post("/accounts/login/", {"login": "alice", "password": "wrong"})

    assert response.status_code == 200
    assert b"not correct" in response.content
    assert client.get("/api/v1/me").status_code == 401


def test_the_right_password_signs_in_by_user_name_or_email(client, alice):
    for login in ("alice", "alice@example.org"):
        client.logout()
        response = client.post("/accounts/login/", {"login": login, "password": PASSWORD})

        assert response.status_code == 302
        assert client.get("/api/v1/me").json()["username"] == "alice"


def test_json_clients_get_a_400_for_a_wrong_password(client, alice):
    response = client.post(
        "/_allauth/browser/v1/auth/login",
        {"username": "alice", "password": "wrong"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "not correct" in response.json()["errors"][0]["message"]
