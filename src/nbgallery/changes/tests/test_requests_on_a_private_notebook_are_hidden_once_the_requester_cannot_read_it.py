"""A requester who lost access to a private notebook no longer sees their request on it."""

from nbgallery.accounts.models import Membership
from nbgallery.changes.tests.conftest import propose_change


def test_leaving_the_group_hides_the_request(alice, bob, bob_client, team, publish):
    notebook = publish(team, alice, title="Group report", public=False)
    change_request = propose_change(bob, notebook)
    assert bob_client.get(change_request.get_absolute_url()).status_code == 200

    Membership.objects.filter(group=team, user=bob).delete()

    assert bob_client.get(change_request.get_absolute_url()).status_code == 404
    assert change_request.get_absolute_url() not in bob_client.get("/change_requests/").text
