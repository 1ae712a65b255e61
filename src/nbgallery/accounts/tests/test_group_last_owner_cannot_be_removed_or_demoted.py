from nbgallery.accounts.models import Membership

LAST_OWNER = (
    "alice is the group&#x27;s last owner; make someone else an owner first, "
    "because a group must keep an owner."
)


def test_the_last_owner_cannot_be_demoted_on_the_page(alice_client, group, alice):
    response = alice_client.post(f"/groups/{group.gid}/members/alice/", {"role": "editor"})

    assert response.status_code == 400
    assert LAST_OWNER in response.text
    assert group.role_of(alice) == Membership.OWNER


def test_the_last_owner_cannot_be_removed_on_the_page(alice_client, group, alice):
    response = alice_client.post(f"/groups/{group.gid}/members/alice/", {"action": "remove"})

    assert response.status_code == 400
    assert LAST_OWNER in response.text
    assert group.role_of(alice) == Membership.OWNER


def test_the_last_owner_cannot_be_demoted_or_removed_through_the_api(alice_client, group, alice):
    url = f"/api/v1/groups/{group.gid}/members/alice"

    demoted = alice_client.patch(url, {"role": "member"}, content_type="application/json")
    removed = alice_client.delete(url)

    assert demoted.status_code == 400
    assert removed.status_code == 400
    assert "alice is the group's last owner" in demoted.json()["message"]
    assert "alice is the group's last owner" in removed.json()["message"]
    assert group.role_of(alice) == Membership.OWNER


def test_an_owner_may_step_down_once_there_is_another_owner(alice_client, group, alice, bob):
    alice_client.post(f"/groups/{group.gid}/members/bob/", {"role": "owner"})

    response = alice_client.post(f"/groups/{group.gid}/members/alice/", {"role": "member"})

    assert response.status_code == 302
    assert group.role_of(alice) == Membership.MEMBER
    assert group.role_of(bob) == Membership.OWNER
