from nbgallery.accounts.models import Membership


def test_adding_a_member_twice_says_to_change_their_role_instead(alice_client, group, bob):
    response = alice_client.post(
        f"/groups/{group.gid}/members/", {"username": "bob", "role": "owner"}
    )

    assert response.status_code == 400
    assert (
        "bob is already in this group as member; change their role in the member list instead."
        in response.text
    )
    assert group.role_of(bob) == Membership.MEMBER
    assert group.memberships.filter(user=bob).count() == 1


def test_adding_a_member_twice_through_the_api_is_a_400(alice_client, group):
    response = alice_client.post(
        f"/api/v1/groups/{group.gid}/members",
        {"username": "bob", "role": "editor"},
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "bob is already in this group" in response.json()["message"]
