from nbgallery.accounts.models import Group


def test_a_blank_group_name_gets_a_message_on_the_page(alice_client):
    response = alice_client.post("/groups/new/", {"name": "   ", "description": "kept"})

    assert response.status_code == 400
    assert "A group needs a name." in response.text
    assert "kept" in response.text
    assert not Group.objects.exists()


def test_a_blank_group_name_gets_a_json_400(alice_client):
    response = alice_client.post("/api/v1/groups", {"name": " "}, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"message": "A group needs a name."}
    assert not Group.objects.exists()


def test_a_missing_group_name_gets_a_json_4xx_not_a_crash(alice_client):
    response = alice_client.post("/api/v1/groups", {}, content_type="application/json")

    assert response.status_code == 422
    assert not Group.objects.exists()
