from nbgallery.accounts.models import Membership


def test_the_group_page_offers_owners_an_add_member_form(alice_client, group):
    response = alice_client.get(group.get_absolute_url())

    assert 'name="username"' in response.text
    assert ">User name" in response.text
    assert '<select name="role"' in response.text
    assert ">Role" in response.text
    assert ">Add member</button>" in response.text


def test_an_owner_adds_a_member_by_user_name_on_the_page(alice_client, group, charlie):
    response = alice_client.post(
        f"/groups/{group.gid}/members/", {"username": "charlie", "role": "editor"}, follow=True
    )

    assert response.status_code == 200
    assert "charlie is now an editor of this group." in response.text
    assert 'href="/users/charlie/">charlie</a>' in response.text
    assert group.role_of(charlie) == Membership.EDITOR


def test_an_owner_adds_a_member_by_user_name_through_the_api(alice_client, group, charlie):
    response = alice_client.post(
        f"/api/v1/groups/{group.gid}/members",
        {"username": "charlie"},
        content_type="application/json",
    )

    assert response.status_code == 201
    assert response.json() == {
        "username": "charlie",
        "display_name": "Charlie Outsider",
        "role": "member",
        "creator": False,
    }
    assert group.role_of(charlie) == Membership.MEMBER
