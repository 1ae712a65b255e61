from nbgallery.accounts.models import Group


def test_anonymous_visitors_are_sent_to_sign_in_before_creating_a_group(client, db):
    response = client.post("/groups/new/", {"name": "Sneaky"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Group.objects.exists()


def test_the_api_refuses_to_create_a_group_without_a_session(client, db):
    response = client.post("/api/v1/groups", {"name": "Sneaky"}, content_type="application/json")

    assert response.status_code == 401
    assert not Group.objects.exists()
