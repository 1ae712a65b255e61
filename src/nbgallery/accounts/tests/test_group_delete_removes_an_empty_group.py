from nbgallery.accounts.models import Group, Membership


def test_deleting_asks_for_confirmation_first(alice_client, group):
    response = alice_client.get(f"/groups/{group.gid}/delete/")

    assert response.status_code == 200
    assert "Delete Analytics?" in response.text
    assert Group.objects.filter(pk=group.pk).exists()


def test_an_owner_deletes_a_group_that_owns_nothing_on_the_page(alice_client, group):
    response = alice_client.post(f"/groups/{group.gid}/delete/", follow=True)

    assert response.redirect_chain[-1][0] == "/groups/"
    assert "The group Analytics was deleted." in response.text
    assert not Group.objects.exists()
    assert not Membership.objects.exists()


def test_an_owner_deletes_a_group_that_owns_nothing_through_the_api(alice_client, group):
    response = alice_client.delete(f"/api/v1/groups/{group.gid}")

    assert response.status_code == 204
    assert not Group.objects.exists()
    assert alice_client.get(f"/api/v1/groups/{group.gid}").status_code == 404
