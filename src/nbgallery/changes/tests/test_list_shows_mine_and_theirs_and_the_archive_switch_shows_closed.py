"""/change_requests/: mine and those on notebooks I edit; old closed ones only in the archive."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.changes import services
from nbgallery.changes.models import ChangeRequest
from nbgallery.changes.tests.conftest import propose_change
from nbgallery.notebooks.tests.conftest import code_cell


def test_the_list_and_its_archive(
    notebook, alice, alice_client, charlie, charlie_client, bob_client
):
    pending = propose_change(charlie, notebook, summary="Still open")
    old = propose_change(charlie, notebook, cells=[code_cell("old = 1")], summary="Long closed")
    services.decline_change_request(alice, old, comment="no")
    ChangeRequest.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=30))
    recent = propose_change(charlie, notebook, cells=[code_cell("new = 1")], summary="Just closed")
    services.cancel_change_request(charlie, recent)

    owner_view = alice_client.get("/change_requests/")
    requester_view = charlie_client.get("/change_requests/")
    archive = alice_client.get("/change_requests/?archived=true")
    stranger = bob_client.get("/change_requests/?archived=true")

    for page in (owner_view, requester_view):
        assert page.status_code == 200
        assert "Still open" in page.text and "Just closed" in page.text
        assert "Long closed" not in page.text
    assert "Long closed" in archive.text and "Still open" in archive.text
    assert stranger.status_code == 200
    assert pending.get_absolute_url() not in stranger.text


def test_the_list_answers_json_clients(notebook, proposal, alice_client):
    response = alice_client.get("/change_requests/", HTTP_ACCEPT="application/json")

    assert response.json()["received"][0]["reqid"] == str(proposal.reqid)
    assert response.json()["submitted"] == []
