"""/groups/<gid>/ lists the group's readable notebooks, not its members' own."""

from .listing_world import make_group, make_notebook, page_text


def test_the_group_page_lists_only_the_groups_notebooks(alice, bob, bob_client):
    group = make_group(alice, bob)
    make_notebook(group, "Team handbook", public=True, creator=alice)
    make_notebook(group, "Team secrets", creator=alice)
    make_notebook(alice, "Alice's own", public=True)

    html = page_text(bob_client.get(f"/groups/{group.gid}/"))

    assert "Team handbook" in html
    assert "Team secrets" in html
    assert "Alice&#x27;s own" not in html


def test_a_group_without_notebooks_says_so(alice, client):
    group = make_group(alice)

    html = page_text(client.get(f"/groups/{group.gid}/"))

    assert "This group has no notebooks you can see yet." in html


def test_only_owners_get_the_landing_notebook_form(alice, bob, alice_client, bob_client):
    group = make_group(alice, bob)
    make_notebook(group, "Team handbook", public=True, creator=alice)

    owner_html = page_text(alice_client.get(f"/groups/{group.gid}/"))
    member_html = page_text(bob_client.get(f"/groups/{group.gid}/"))

    assert f'action="/groups/{group.gid}/landing/"' in owner_html
    assert f'action="/groups/{group.gid}/landing/"' not in member_html
