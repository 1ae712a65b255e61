def test_a_member_leaves_a_group_on_their_own(bob_client, group, bob):
    response = bob_client.post(
        f"/groups/{group.gid}/members/bob/", {"action": "remove"}, follow=True
    )

    assert response.redirect_chain[-1][0] == "/groups/"
    assert "You left the group Analytics." in response.text
    assert group.role_of(bob) is None


def test_the_group_page_offers_members_a_way_to_leave(bob_client, group):
    response = bob_client.get(group.get_absolute_url())

    assert f'action="/groups/{group.gid}/members/bob/"' in response.text
    assert "Leave this group" in response.text
