from nbgallery.accounts.models import Membership


def test_an_owner_changes_a_members_role_on_the_page(alice_client, group, bob):
    response = alice_client.post(
        f"/groups/{group.gid}/members/bob/", {"role": "editor"}, follow=True
    )

    assert response.status_code == 200
    assert "bob is now an editor of this group." in response.text
    assert group.role_of(bob) == Membership.EDITOR


def test_an_owner_changes_a_members_role_through_the_api(alice_client, group, bob):
    response = alice_client.patch(
        f"/api/v1/groups/{group.gid}/members/bob",
        {"role": "owner"},
        content_type="application/json",
    )

    assert response.status_code == 200
    assert response.json()["role"] == "owner"
    assert group.role_of(bob) == Membership.OWNER


def test_changing_the_role_of_a_non_member_is_a_404(alice_client, group, charlie):
    response = alice_client.patch(
        f"/api/v1/groups/{group.gid}/members/charlie",
        {"role": "owner"},
        content_type="application/json",
    )

    assert response.status_code == 404
    assert response.json() == {"message": "'charlie' is not a member of this group."}
    assert group.role_of(charlie) is None


def test_an_unknown_role_on_the_page_is_a_400_with_a_message(alice_client, group, bob):
    response = alice_client.post(f"/groups/{group.gid}/members/bob/", {"role": "king"})

    assert response.status_code == 400
    assert "Choose a role: owner, editor or member." in response.text
    assert group.role_of(bob) == Membership.MEMBER
