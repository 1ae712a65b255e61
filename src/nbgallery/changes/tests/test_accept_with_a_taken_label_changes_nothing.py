"""An accept refused by the version checks (a label in use) leaves everything as it was."""

from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks.models import Stage


def test_a_taken_label_is_a_400_and_nothing_is_half_done(
    notebook, proposal, alice, alice_client, new_version
):
    new_version(notebook, alice, label="v2", summary="alice's v2")
    notebook.refresh_from_db()
    before = (notebook.content_sha256, notebook.revisions.count())

    response = alice_client.post(
        f"/change_requests/{proposal.reqid}/accept",
        {"label": "v2", "confirm_overtaken": "on"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 400
    assert "already has a version labelled v2" in response.text
    notebook.refresh_from_db()
    proposal.refresh_from_db()
    assert (notebook.content_sha256, notebook.revisions.count()) == before
    assert proposal.status == ChangeRequest.PENDING and proposal.reviewer is None
    assert not Stage.objects.exists()
