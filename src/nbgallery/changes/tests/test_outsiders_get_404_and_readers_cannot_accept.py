"""Outsiders of a private notebook get 404 on everything; readers cannot accept."""

import pytest

from nbgallery.changes.models import ChangeRequest
from nbgallery.changes.tests.conftest import ipynb_file, propose_change

PAGES = ["", "diff?view=inline", "download", "metadata"]
ACTIONS = ["accept", "decline", "cancel"]


@pytest.fixture
def private_proposal(alice, bob, team, publish):
    """bob, a plain member of alice's group, proposes a change to the group's private notebook."""
    notebook = publish(team, alice, title="Group report", public=False)
    return propose_change(bob, notebook)


def test_an_outsider_gets_404_on_every_page_and_action(private_proposal, charlie_client):
    base = f"/change_requests/{private_proposal.reqid}/"
    for page in PAGES:
        assert charlie_client.get(base + page).status_code == 404, page
    for action in ACTIONS:
        assert charlie_client.post(base + action, {}).status_code == 404, action
    propose = f"/notebooks/{private_proposal.notebook.uuid}/propose/"
    assert charlie_client.get(propose).status_code == 404
    assert charlie_client.post(propose, {"file": ipynb_file()}).status_code == 404
    private_proposal.refresh_from_db()
    assert private_proposal.status == ChangeRequest.PENDING


def test_a_reader_who_is_not_the_requester_does_not_see_it(proposal, bob_client):
    # bob may read alice's public notebook, but the request is charlie's and alice's business.
    assert bob_client.get(proposal.get_absolute_url()).status_code == 404


def test_the_requester_sees_it_but_cannot_accept_or_decline(private_proposal, bob_client):
    base = f"/change_requests/{private_proposal.reqid}/"

    page = bob_client.get(base)

    assert page.status_code == 200
    assert "Accept the change" not in page.text and "Cancel this change request" in page.text
    assert bob_client.post(base + "accept", {}).status_code == 403
    assert bob_client.post(base + "decline", {}).status_code == 403
    private_proposal.refresh_from_db()
    assert private_proposal.status == ChangeRequest.PENDING


def test_anonymous_visitors_are_sent_to_sign_in(proposal, client):
    response = client.get(proposal.get_absolute_url())

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_an_admin_may_accept(proposal, admin_client):
    response = admin_client.post(f"/change_requests/{proposal.reqid}/accept", {})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ChangeRequest.ACCEPTED
