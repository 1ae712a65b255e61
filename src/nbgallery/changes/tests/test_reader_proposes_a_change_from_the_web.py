"""A reader who cannot edit uploads a version with a summary and a comment: a pending request."""

from nbgallery.changes.models import ChangeRequest
from nbgallery.changes.tests.conftest import ipynb_file
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.services import read_content


def test_the_notebook_page_offers_the_form_and_posting_it_makes_a_pending_request(
    notebook, charlie, charlie_client, alice, committed, mailoutbox
):
    page = charlie_client.get(notebook.get_absolute_url())
    assert f'href="/notebooks/{notebook.uuid}/propose/"' in page.text
    form = charlie_client.get(f"/notebooks/{notebook.uuid}/propose/")
    assert form.status_code == 200 and 'type="file"' in form.text

    with committed():
        response = charlie_client.post(
            f"/notebooks/{notebook.uuid}/propose/",
            {"file": ipynb_file(), "summary": "Count to twenty", "comment": "Off by ten.",
             "agree": "on"},
        )  # fmt: skip

    change_request = ChangeRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/change_requests/{change_request.reqid}/"
    assert (change_request.requester, change_request.notebook) == (charlie, notebook)
    assert change_request.status == ChangeRequest.PENDING
    assert (change_request.summary, change_request.comment) == ("Count to twenty", "Off by ten.")
    assert change_request.base_commit_id == notebook.commit_id
    sources = [cell["source"] for cell in read_content(change_request.content_sha256)["cells"]]
    assert sources == ["# Sales report", "total = sum(range(20))"]
    assert not Stage.objects.exists()  # the upload became the request
    notebook.refresh_from_db()
    assert notebook.content_sha256 == change_request.base_content_sha256  # nothing changed yet
    assert sorted(m.to[0] for m in mailoutbox) == [alice.email, charlie.email]


def test_an_editor_is_not_offered_the_web_form_on_the_notebook_page(notebook, alice_client):
    page = alice_client.get(notebook.get_absolute_url())

    assert f"/notebooks/{notebook.uuid}/propose/" not in page.text
