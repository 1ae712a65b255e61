from nbgallery.accounts.models import Group

LONG_NAME = "x" * 101


def test_an_over_long_group_name_gets_a_message_on_the_page(alice_client):
    response = alice_client.post("/groups/new/", {"name": LONG_NAME})

    assert response.status_code == 400
    assert "A group name has at most 100 characters; this one has 101." in response.text
    assert LONG_NAME in response.text  # what was typed is kept for fixing
    assert not Group.objects.exists()


def test_an_over_long_group_name_gets_a_json_400(alice_client):
    response = alice_client.post(
        "/api/v1/groups", {"name": LONG_NAME}, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json() == {
        "message": "A group name has at most 100 characters; this one has 101."
    }
    assert not Group.objects.exists()


def test_renaming_a_group_to_an_over_long_name_keeps_the_old_name(alice_client, group):
    response = alice_client.patch(
        f"/api/v1/groups/{group.gid}", {"name": LONG_NAME}, content_type="application/json"
    )

    assert response.status_code == 400
    group.refresh_from_db()
    assert group.name == "Analytics"


def test_a_name_of_exactly_100_characters_is_fine(alice_client):
    response = alice_client.post("/groups/new/", {"name": "y" * 100})

    assert response.status_code == 302
    assert Group.objects.get().name == "y" * 100
