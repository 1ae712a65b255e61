"""Only a group's owners (and admins) pick its landing notebook."""

import pytest

from nbgallery.accounts.models import Group

from .listing_world import make_group, make_notebook


@pytest.fixture
def group_and_notebook(alice, bob):
    group = make_group(alice, bob)
    return group, make_notebook(group, "Welcome", public=True, creator=alice)


@pytest.mark.parametrize("viewer", ["bob_client", "charlie_client"])
def test_members_and_outsiders_get_403(request, group_and_notebook, viewer):
    group, notebook = group_and_notebook
    client = request.getfixturevalue(viewer)

    response = client.post(f"/groups/{group.gid}/landing/", {"notebook": str(notebook.uuid)})

    assert response.status_code == 403
    assert Group.objects.get(pk=group.pk).landing is None


def test_anonymous_visitors_are_sent_to_sign_in(group_and_notebook, client):
    group, notebook = group_and_notebook

    response = client.post(f"/groups/{group.gid}/landing/", {"notebook": str(notebook.uuid)})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert Group.objects.get(pk=group.pk).landing is None


def test_get_is_not_allowed(group_and_notebook, alice_client):
    group, _ = group_and_notebook

    assert alice_client.get(f"/groups/{group.gid}/landing/").status_code == 405


def test_an_unknown_group_is_404(alice_client):
    response = alice_client.post(
        "/groups/00000000-0000-0000-0000-000000000000/landing/", {"notebook": ""}
    )

    assert response.status_code == 404
