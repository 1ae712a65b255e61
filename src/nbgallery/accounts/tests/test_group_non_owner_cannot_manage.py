import pytest

from nbgallery.accounts.models import Group, Membership

PAGE_ACTIONS = [
    ("get", "/groups/{gid}/edit/", {}),
    ("post", "/groups/{gid}/edit/", {"name": "Taken over"}),
    ("get", "/groups/{gid}/delete/", {}),
    ("post", "/groups/{gid}/delete/", {}),
    ("post", "/groups/{gid}/members/", {"username": "charlie", "role": "owner"}),
    ("post", "/groups/{gid}/members/alice/", {"role": "member"}),
    ("post", "/groups/{gid}/members/alice/", {"action": "remove"}),
]


@pytest.mark.parametrize("persona", ["bob_client", "charlie_client"])
@pytest.mark.parametrize(("method", "url", "data"), PAGE_ACTIONS)
def test_people_who_do_not_own_the_group_get_a_403_page(
    request, group, alice, charlie, persona, method, url, data
):
    client = request.getfixturevalue(persona)

    response = getattr(client, method)(url.format(gid=group.gid), data)

    assert response.status_code == 403
    assert "Only the group&#x27;s owners can do that." in response.text
    group.refresh_from_db()
    assert group.name == "Analytics"
    assert group.role_of(alice) == Membership.OWNER
    assert group.role_of(charlie) is None


API_ACTIONS = [
    ("patch", "/api/v1/groups/{gid}", {"name": "Taken over"}),
    ("delete", "/api/v1/groups/{gid}", None),
    ("post", "/api/v1/groups/{gid}/members", {"username": "charlie", "role": "owner"}),
    ("patch", "/api/v1/groups/{gid}/members/alice", {"role": "member"}),
    ("delete", "/api/v1/groups/{gid}/members/alice", None),
]


@pytest.mark.parametrize(("method", "url", "data"), API_ACTIONS)
def test_a_member_who_is_not_an_owner_gets_a_json_403(
    bob_client, group, alice, charlie, method, url, data
):
    response = getattr(bob_client, method)(
        url.format(gid=group.gid), data, content_type="application/json"
    )

    assert response.status_code == 403
    assert response.json() == {"message": "Only the group's owners can do that."}
    assert Group.objects.get(pk=group.pk).name == "Analytics"
    assert group.role_of(alice) == Membership.OWNER
    assert group.role_of(charlie) is None


def test_members_who_are_not_owners_see_no_management_forms(bob_client, group):
    response = bob_client.get(group.get_absolute_url())

    assert response.status_code == 200
    assert "Add member" not in response.text
    assert "Edit group" not in response.text
    assert "Delete group" not in response.text
