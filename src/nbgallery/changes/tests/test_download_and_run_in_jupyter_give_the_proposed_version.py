"""The proposed version downloads, and Run in Jupyter on the request's page points at it."""

import json

from nbgallery.usage.models import Click


def test_the_download_is_the_proposed_notebook(proposal, alice_client):
    response = alice_client.get(f"/change_requests/{proposal.reqid}/download")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert f"Change Request: {str(proposal.reqid)[:7]}" in response["Content-Disposition"]
    assert json.loads(response.content)["cells"][1]["source"] == "total = sum(range(20))"


def test_run_in_jupyter_uses_the_requests_metadata_and_download(proposal, alice_client):
    page = alice_client.get(proposal.get_absolute_url()).text
    metadata = alice_client.get(f"/change_requests/{proposal.reqid}/metadata").json()

    assert 'id="run-in-jupyter"' in page
    assert f'data-download-url="/change_requests/{proposal.reqid}/download?run=true"' in page
    assert f'data-metadata-url="/change_requests/{proposal.reqid}/metadata"' in page
    assert metadata["title"] == f"Sales report (Change Request: {str(proposal.reqid)[:7]})"


def test_a_run_is_logged_on_the_notebook(proposal, alice_client):
    alice_client.get(f"/change_requests/{proposal.reqid}/download?run=true")

    assert Click.objects.filter(notebook=proposal.notebook, action=Click.RAN).count() == 1
