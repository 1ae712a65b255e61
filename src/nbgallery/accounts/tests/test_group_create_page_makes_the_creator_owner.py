from nbgallery.accounts.models import Group, Membership


def test_the_create_page_has_the_fields_and_button(alice_client):
    response = alice_client.get("/groups/new/")

    assert response.status_code == 200
    for name in ("name", "description", "url"):
        assert f'name="{name}"' in response.text
    assert ">Create group</button>" in response.text


def test_creating_a_group_on_the_page_makes_the_creator_its_owner(alice, alice_client):
    response = alice_client.post(
        "/groups/new/",
        {"name": "  Data Science  ", "description": "Models.", "url": "https://ds.example.org"},
        follow=True,
    )

    group = Group.objects.get()
    assert response.redirect_chain[-1][0] == f"/groups/{group.gid}/"
    assert "<h1" in response.text and ">Data Science</h1>" in response.text
    assert group.name == "Data Science"
    membership = Membership.objects.get(group=group)
    assert (membership.user, membership.role, membership.creator) == (alice, "owner", True)
