"""A private landing notebook is shown to the group's members, not to outsiders."""

from .listing_world import make_group, make_notebook, page_text


def test_outsiders_do_not_see_a_private_landing_notebook(
    alice, bob, bob_client, charlie_client, client
):
    group = make_group(alice, bob)
    group.landing = make_notebook(group, "Internal welcome", creator=alice)
    group.save()

    member_html = page_text(bob_client.get(f"/groups/{group.gid}/"))
    outsider_html = page_text(charlie_client.get(f"/groups/{group.gid}/"))
    anonymous_html = page_text(client.get(f"/groups/{group.gid}/"))

    assert 'id="landing-heading"' in member_html and "Internal welcome" in member_html
    for html in (outsider_html, anonymous_html):
        assert 'id="landing-heading"' not in html
        assert "Internal welcome" not in html
