def test_pages_forbid_inline_and_foreign_scripts(client, db):
    response = client.get("/")

    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_cookie_names_do_not_collide_with_jupyter(client, alice):
    from conftest import PASSWORD

    client.get("/accounts/login/")
    client.post("/accounts/login/", {"login": "alice", "password": PASSWORD})

    names = set(client.cookies.keys())
    assert {"nbgallery_session", "nbgallery_csrftoken"} <= names
    assert "_xsrf" not in names
    assert not any(name.startswith("username-") for name in names)
