from nbgallery.accounts.models import Group, Membership


def test_a_site_admin_manages_a_group_they_are_not_in(admin_client, group, charlie):
    added = admin_client.post(
        f"/groups/{group.gid}/members/", {"username": "charlie", "role": "owner"}
    )
    edited = admin_client.patch(
        f"/api/v1/groups/{group.gid}", {"name": "Moderated"}, content_type="application/json"
    )

    assert added.status_code == 302
    assert edited.status_code == 200
    assert group.role_of(charlie) == Membership.OWNER
    assert Group.objects.get(pk=group.pk).name == "Moderated"
