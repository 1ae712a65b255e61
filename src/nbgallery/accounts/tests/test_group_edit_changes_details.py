from nbgallery.accounts.models import Group


def test_the_edit_form_is_filled_in_with_the_group(alice_client, group):
    response = alice_client.get(f"/groups/{group.gid}/edit/")

    assert response.status_code == 200
    assert 'value="Analytics"' in response.text
    assert "We count things.</textarea>" in response.text


def test_an_owner_edits_the_group_on_the_page(alice_client, group):
    response = alice_client.post(
        f"/groups/{group.gid}/edit/",
        {"name": "Counting", "description": "New words.", "url": ""},
        follow=True,
    )

    assert "Group saved." in response.text
    group = Group.objects.get(pk=group.pk)
    assert (group.name, group.description, group.url) == ("Counting", "New words.", "")


def test_an_api_patch_changes_only_the_fields_sent(alice_client, group):
    response = alice_client.patch(
        f"/api/v1/groups/{group.gid}",
        {"description": "Only this."},
        content_type="application/json",
    )

    assert response.status_code == 200
    assert response.json()["description"] == "Only this."
    group = Group.objects.get(pk=group.pk)
    assert (group.name, group.url) == ("Analytics", "https://example.org/")
