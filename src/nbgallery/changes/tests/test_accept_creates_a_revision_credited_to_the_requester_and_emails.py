"""Accepting makes the proposal the new version, credited to the requester, and tells both sides."""

from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks.models import Revision
from nbgallery.notebooks.services import read_content


def test_accepting_saves_the_proposed_version_as_the_requesters(
    notebook, proposal, alice, alice_client, charlie, committed, mailoutbox
):
    with committed():
        response = alice_client.post(
            f"/change_requests/{proposal.reqid}/accept",
            {"comment": "Thanks!", "label": "v2"},
        )

    assert response.status_code == 302 and response["Location"] == proposal.get_absolute_url()
    proposal.refresh_from_db()
    notebook.refresh_from_db()
    revision = notebook.revisions.first()
    assert proposal.status == ChangeRequest.ACCEPTED
    assert (proposal.reviewer, proposal.reviewer_comment) == (alice, "Thanks!")
    assert proposal.revision == revision and proposal.closed_at is not None
    assert revision.revtype == Revision.UPDATE
    assert (revision.user, revision.summary, revision.label) == (charlie, "Count to twenty", "v2")
    assert notebook.updater == charlie
    assert notebook.content_sha256 == proposal.content_sha256
    assert notebook.commit_id == str(proposal.reqid)
    assert read_content(notebook.content_sha256)["cells"][1]["source"] == "total = sum(range(20))"
    assert sorted(m.to[0] for m in mailoutbox) == [alice.email, charlie.email]
    assert all("accepted" in m.subject for m in mailoutbox)
    assert all("Thanks!" in m.body for m in mailoutbox)
    html = mailoutbox[0].alternatives[0]
    assert html[1] == "text/html" and "Thanks!" in html[0]


def test_the_page_then_shows_it_accepted_with_its_revision(
    notebook, proposal, alice, charlie_client
):
    from nbgallery.changes.services import accept_change_request

    revision = accept_change_request(alice, proposal, comment="")

    page = charlie_client.get(proposal.get_absolute_url())
    assert page.status_code == 200
    assert "Accepted" in page.text
    assert revision.get_absolute_url() in page.text
    assert "Accept the change" not in page.text and "Cancel this change request" not in page.text
