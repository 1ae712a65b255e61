"""Editors decline with a comment; the requester cancels; both sides hear of it; nothing changes."""

from nbgallery.changes.models import ChangeRequest


def test_an_editor_declines_with_a_comment(
    notebook, proposal, alice, alice_client, charlie, committed, mailoutbox
):
    before = notebook.content_sha256

    with committed():
        response = alice_client.post(
            f"/change_requests/{proposal.reqid}/decline", {"comment": "Not this way."}
        )

    assert response.status_code == 302
    proposal.refresh_from_db()
    notebook.refresh_from_db()
    assert (proposal.status, proposal.reviewer, proposal.reviewer_comment) == (
        ChangeRequest.DECLINED, alice, "Not this way.",
    )  # fmt: skip
    assert notebook.content_sha256 == before
    assert sorted(m.to[0] for m in mailoutbox) == [alice.email, charlie.email]
    assert all("declined" in m.subject for m in mailoutbox)


def test_the_requester_cancels_and_the_owner_hears_of_it(
    notebook, proposal, alice, charlie, charlie_client, committed, mailoutbox
):
    with committed():
        response = charlie_client.post(f"/change_requests/{proposal.reqid}/cancel", {})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ChangeRequest.CANCELED and proposal.reviewer == charlie
    assert sorted(m.to[0] for m in mailoutbox) == [alice.email, charlie.email]
    assert all("canceled" in m.subject for m in mailoutbox)


def test_the_owner_cannot_cancel_nor_the_requester_decline(proposal, alice_client, charlie_client):
    assert alice_client.post(f"/change_requests/{proposal.reqid}/cancel", {}).status_code == 403
    assert charlie_client.post(f"/change_requests/{proposal.reqid}/decline", {}).status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == ChangeRequest.PENDING
