"""PostgreSQL cannot store NUL characters; they must get a 400, not a crash."""

from nbgallery.accounts.models import Group


def test_a_group_name_with_a_null_character_gets_a_json_400(alice_client):
    response = alice_client.post(
        "/api/v1/groups",
        {"name": "bad\u0000name", "description": "also\u0000bad"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "Null characters are not allowed" in response.json()["message"]
    assert not Group.objects.exists()


def test_a_description_with_a_null_character_gets_a_json_400(alice_client, group):
    response = alice_client.patch(
        f"/api/v1/groups/{group.gid}",
        {"description": "bad\u0000text"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert Group.objects.get(pk=group.pk).description == "We count things."


def test_a_user_name_with_a_null_character_gets_a_json_400(alice_client, group):
    response = alice_client.post(
        f"/api/v1/groups/{group.gid}/members",
        {"username": "bob\u0000"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert group.memberships.count() == 2


def test_a_member_path_with_a_null_character_gets_a_4xx(alice_client, group):
    response = alice_client.delete(f"/api/v1/groups/{group.gid}/members/bob%00")

    assert 400 <= response.status_code < 500
    assert group.memberships.count() == 2
