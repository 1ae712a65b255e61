"""A group owner picks the landing notebook; it is shown at the top of the group page."""

from nbgallery.accounts.models import Group

from .listing_world import make_group, make_notebook, page_text


def test_the_owner_sets_the_landing_notebook_and_it_tops_the_page(alice, bob, alice_client, client):
    group = make_group(alice, bob)
    welcome = make_notebook(group, "Welcome to the team", public=True, creator=alice)
    make_notebook(group, "Another one", public=True, creator=alice)

    response = alice_client.post(f"/groups/{group.gid}/landing/", {"notebook": str(welcome.uuid)})

    assert response.status_code == 302
    assert response["Location"] == f"/groups/{group.gid}/"
    assert Group.objects.get(pk=group.pk).landing == welcome
    html = page_text(alice_client.get(response["Location"]))
    assert "Welcome to the team is now the group&#x27;s landing notebook." in html
    visitor_html = page_text(client.get(f"/groups/{group.gid}/"))
    landing = visitor_html.index('id="landing-heading"')
    assert f'href="/notebooks/{welcome.uuid}/"' in visitor_html[landing : landing + 200]
    assert landing < visitor_html.index("Another one")


def test_the_owner_clears_the_landing_notebook(alice, alice_client):
    group = make_group(alice)
    welcome = make_notebook(group, "Welcome to the team", public=True, creator=alice)
    group.landing = welcome
    group.save()

    response = alice_client.post(f"/groups/{group.gid}/landing/", {"notebook": ""})

    assert response.status_code == 302
    assert Group.objects.get(pk=group.pk).landing is None
    assert 'id="landing-heading"' not in page_text(alice_client.get(f"/groups/{group.gid}/"))


def test_the_form_marks_the_current_landing_notebook(alice, alice_client):
    group = make_group(alice)
    welcome = make_notebook(group, "Welcome to the team", creator=alice)
    group.landing = welcome
    group.save()

    html = page_text(alice_client.get(f"/groups/{group.gid}/"))

    assert f'<option value="{welcome.uuid}" selected>Welcome to the team</option>' in html


def test_a_site_admin_may_set_it_too(alice, admin_client):
    group = make_group(alice)
    welcome = make_notebook(group, "Welcome to the team", creator=alice)

    response = admin_client.post(f"/groups/{group.gid}/landing/", {"notebook": str(welcome.uuid)})

    assert response.status_code == 302
    assert Group.objects.get(pk=group.pk).landing == welcome
