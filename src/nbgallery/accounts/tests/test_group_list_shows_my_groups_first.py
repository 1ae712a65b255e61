from nbgallery.accounts import services


def test_signed_in_users_see_their_own_groups_above_all_groups(bob_client, alice, bob):
    services.create_group(alice, "Alpha")
    mine = services.create_group(alice, "Zulu")
    services.add_member(alice, mine, "bob", "editor")

    text = bob_client.get("/groups/").text

    my_section, all_section = text.split("All groups", 1)
    assert "My groups" in my_section
    assert "Zulu" in my_section and "Editor" in my_section
    assert "Alpha" not in my_section
    assert "Alpha" in all_section and "Zulu" in all_section
