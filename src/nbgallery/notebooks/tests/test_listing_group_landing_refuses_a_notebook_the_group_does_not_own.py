"""The landing notebook must be the group's own: anything else is a 400 with a message."""

import pytest

from nbgallery.accounts.models import Group

from .listing_world import make_group, make_notebook


@pytest.fixture
def group(alice):
    return make_group(alice)


def post(client, group, value):
    return client.post(f"/groups/{group.gid}/landing/", {"notebook": value})


def test_a_notebook_of_another_owner_is_refused(group, alice, alice_client):
    other = make_notebook(alice, "Alice's own", public=True)

    response = post(alice_client, group, str(other.uuid))

    assert response.status_code == 400
    assert "The landing notebook must belong to the group." in response.content.decode()
    assert Group.objects.get(pk=group.pk).landing is None


def test_a_notebook_that_does_not_exist_is_refused(group, alice_client):
    response = post(alice_client, group, "11111111-2222-3333-4444-555555555555")

    assert response.status_code == 400
    assert "There is no such notebook" in response.content.decode()


def test_a_notebook_the_owner_cannot_read_looks_like_a_missing_one(group, charlie, alice_client):
    hidden = make_notebook(charlie, "Charlie's secret")

    response = post(alice_client, group, str(hidden.uuid))

    assert response.status_code == 400
    assert "There is no such notebook" in response.content.decode()
    assert "Charlie" not in response.content.decode()


def test_something_that_is_not_an_id_is_refused(group, alice_client):
    response = post(alice_client, group, "<script>x</script>")

    assert response.status_code == 400
    assert "That is not a notebook id" in response.content.decode()
    assert "<script>x" not in response.content.decode()
