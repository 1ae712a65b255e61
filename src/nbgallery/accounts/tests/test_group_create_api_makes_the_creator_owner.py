from nbgallery.accounts.models import Group


def test_creating_a_group_through_the_api_makes_the_creator_its_owner(alice_client):
    response = alice_client.post(
        "/api/v1/groups",
        {"name": "Data Science", "description": "Models.", "url": "http://ds.example.org/"},
        content_type="application/json",
    )

    assert response.status_code == 201
    body = response.json()
    group = Group.objects.get()
    assert body["gid"] == str(group.gid)
    assert body["name"] == "Data Science"
    assert body["my_role"] == "owner"
    assert body["member_count"] == 1
    assert body["members"] == [
        {"username": "alice", "display_name": "Alice Owner", "role": "owner", "creator": True}
    ]
