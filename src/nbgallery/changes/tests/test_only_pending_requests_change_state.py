"""A closed request cannot be accepted, declined or canceled again: a 409, one revision only."""

import pytest

from nbgallery.changes import services
from nbgallery.changes.models import ChangeRequest


def test_a_second_accept_is_a_409_and_makes_no_second_revision(notebook, proposal, alice_client):
    url = f"/change_requests/{proposal.reqid}/accept"
    first = alice_client.post(url, {})
    revisions = notebook.revisions.count()

    again = alice_client.post(url, {}, follow=True)
    decline = alice_client.post(
        f"/change_requests/{proposal.reqid}/decline", {}, HTTP_HX_REQUEST="true"
    )

    assert first.status_code == 302
    assert "already accepted" in again.text
    assert decline.status_code == 409 and "already accepted" in decline.text
    assert notebook.revisions.count() == revisions
    proposal.refresh_from_db()
    assert proposal.status == ChangeRequest.ACCEPTED


def test_a_stale_copy_cannot_close_it_twice(notebook, proposal, alice, charlie):
    stale = ChangeRequest.objects.get(pk=proposal.pk)
    services.cancel_change_request(charlie, proposal)

    with pytest.raises(services.NotPending):
        services.accept_change_request(alice, stale)
    stale.refresh_from_db()
    assert stale.status == ChangeRequest.CANCELED


def test_bad_input_is_a_400_with_a_message(proposal, alice_client):
    response = alice_client.post(
        f"/change_requests/{proposal.reqid}/accept", {"label": "x" * 40}, follow=True
    )

    assert "at most 16 characters" in response.text
    proposal.refresh_from_db()
    assert proposal.status == ChangeRequest.PENDING
