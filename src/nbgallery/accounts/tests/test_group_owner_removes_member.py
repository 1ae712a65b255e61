def test_an_owner_removes_a_member_on_the_page(alice_client, group, bob):
    response = alice_client.post(
        f"/groups/{group.gid}/members/bob/", {"action": "remove"}, follow=True
    )

    assert response.status_code == 200
    assert "bob was removed from the group." in response.text
    assert 'href="/users/bob/"' not in response.text
    assert group.role_of(bob) is None


def test_an_owner_removes_a_member_through_the_api(alice_client, group, bob):
    response = alice_client.delete(f"/api/v1/groups/{group.gid}/members/bob")

    assert response.status_code == 204
    assert group.role_of(bob) is None
