"""Jupyter's "Submit Change Request": the stage's landing page is the proposal form."""

from nbgallery.changes.models import ChangeRequest
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import code, notebook_bytes, stage_raw


def test_the_hand_off_page_turns_the_stage_into_a_pending_request(
    notebook, charlie, charlie_client, committed, mailoutbox
):
    staged = stage_raw(charlie_client, notebook_bytes(code("x = 2")), id=str(notebook.uuid))
    sid = staged.json()["staging_id"]
    page = charlie_client.get(f"/notebook/{notebook.uuid}/?staged={sid}", follow=True)
    assert page.redirect_chain[-1][0] == f"/upload/{sid}/change-request/"
    assert "Propose a change" in page.text and 'name="summary"' in page.text

    with committed():
        response = charlie_client.post(
            f"/upload/{sid}/change-request/",
            {"summary": "x is two", "comment": "", "agree": "on"},
        )

    change_request = ChangeRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == change_request.get_absolute_url()
    assert change_request.requester == charlie and change_request.summary == "x is two"
    assert not Stage.objects.filter(uuid=sid).exists()
    assert len(mailoutbox) == 2


def test_a_form_without_a_summary_is_refused_and_the_stage_is_kept(notebook, charlie_client):
    staged = stage_raw(charlie_client, notebook_bytes(code("x = 2")), id=str(notebook.uuid))
    sid = staged.json()["staging_id"]

    response = charlie_client.post(f"/upload/{sid}/change-request/", {"agree": "on"})

    assert response.status_code == 400
    assert "Say in a few words what the change does." in response.text
    assert not ChangeRequest.objects.exists()
    assert Stage.objects.filter(uuid=sid).exists()


def test_sending_the_same_stage_twice_is_a_4xx_not_a_second_request(notebook, charlie_client):
    staged = stage_raw(charlie_client, notebook_bytes(code("x = 2")), id=str(notebook.uuid))
    sid = staged.json()["staging_id"]
    data = {"summary": "x is two", "agree": "on"}

    first = charlie_client.post(f"/upload/{sid}/change-request/", data)
    second = charlie_client.post(f"/upload/{sid}/change-request/", data)

    assert first.status_code == 302
    assert second.status_code == 400
    assert "already used" in second.text
    assert ChangeRequest.objects.count() == 1
