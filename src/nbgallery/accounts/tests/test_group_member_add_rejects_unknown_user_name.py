def test_an_unknown_user_name_gets_a_message_on_the_page(alice_client, group):
    response = alice_client.post(
        f"/groups/{group.gid}/members/", {"username": "zed", "role": "member"}
    )

    assert response.status_code == 400
    assert "No user named &#x27;zed&#x27;." in response.text
    assert group.memberships.count() == 2


def test_an_unknown_user_name_gets_a_json_400(alice_client, group):
    response = alice_client.post(
        f"/api/v1/groups/{group.gid}/members",
        {"username": "zed", "role": "member"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {"message": "No user named 'zed'."}
    assert group.memberships.count() == 2


def test_an_unknown_role_gets_a_json_400(alice_client, group, charlie):
    response = alice_client.post(
        f"/api/v1/groups/{group.gid}/members",
        {"username": "charlie", "role": "king"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {"message": "Choose a role: owner, editor or member."}
    assert group.role_of(charlie) is None
