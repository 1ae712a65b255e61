"""Accepting a request a newer version has overtaken asks the editor to confirm first."""

import pytest

from nbgallery.changes import services
from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks.tests.conftest import markdown_cell


@pytest.fixture
def overtaken(notebook, proposal, alice, new_version):
    new_version(notebook, alice, cells=[markdown_cell("alice's own newer version")])
    return proposal


def test_without_confirmation_the_page_asks_and_nothing_changes(notebook, overtaken, alice_client):
    notebook.refresh_from_db()
    current = notebook.content_sha256
    page = alice_client.get(overtaken.get_absolute_url())
    assert "A newer version of the notebook was saved" in page.text
    assert 'name="confirm_overtaken"' in page.text

    response = alice_client.post(f"/change_requests/{overtaken.reqid}/accept", {}, follow=True)

    assert "confirm to accept anyway" in response.text
    notebook.refresh_from_db()
    overtaken.refresh_from_db()
    assert notebook.content_sha256 == current
    assert overtaken.status == ChangeRequest.PENDING


def test_the_refusal_is_a_409_for_htmx(overtaken, alice_client):
    response = alice_client.post(
        f"/change_requests/{overtaken.reqid}/accept", {}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 409
    assert "confirm to accept anyway" in response.text


def test_with_confirmation_the_proposal_becomes_the_current_version(
    notebook, overtaken, alice_client
):
    response = alice_client.post(
        f"/change_requests/{overtaken.reqid}/accept", {"confirm_overtaken": "on"}
    )

    assert response.status_code == 302
    notebook.refresh_from_db()
    assert notebook.content_sha256 == overtaken.content_sha256


def test_the_service_raises_overtaken_unless_confirmed(notebook, overtaken, alice):
    with pytest.raises(services.Overtaken):
        services.accept_change_request(alice, overtaken)
    services.accept_change_request(alice, overtaken, confirm_overtaken=True)
    notebook.refresh_from_db()
    assert notebook.content_sha256 == overtaken.content_sha256
