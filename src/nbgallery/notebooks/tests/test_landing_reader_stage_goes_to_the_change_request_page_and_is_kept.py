"""An upload for a notebook the uploader may only read is a change request: the form, and kept."""

import json

import pytest

from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import code, notebook_bytes, stage_raw

pytestmark = pytest.mark.usefixtures("isolated_storage")


@pytest.fixture
def clone(alice, publish, charlie_client):
    """charlie's proposed change to alice's public notebook, staged the Jupyter way."""
    notebook = publish(alice, title="Sales report", public=True)
    response = stage_raw(charlie_client, notebook_bytes(code("x = 2")), id=str(notebook.uuid))
    assert response.json()["clone"] == str(notebook.uuid)
    return notebook, response.json()["staging_id"]


@pytest.mark.parametrize(
    "landing", ["/notebook/{uuid}/?staged={sid}", "/notebooks/{uuid}?staged={sid}"]
)
def test_the_reader_lands_on_the_hand_off_page_and_the_stage_stays(clone, charlie_client, landing):
    notebook, sid = clone

    response = charlie_client.get(landing.format(uuid=notebook.uuid, sid=sid), follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/upload/{sid}/change-request/"
    assert "Propose a change" in response.text and 'name="summary"' in response.text
    assert "Sales report" in response.text
    assert f'href="/notebooks/{notebook.uuid}/"' in response.text
    assert f'href="/upload/{sid}/download"' in response.text
    assert "Uploads are kept for 6 hours" in response.text
    assert Stage.objects.filter(uuid=sid).exists()
    notebook.refresh_from_db()
    assert notebook.commit_id != sid


def test_the_uploader_downloads_exactly_what_was_staged(clone, charlie_client):
    notebook, sid = clone

    response = charlie_client.get(f"/upload/{sid}/download")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert "attachment" in response["Content-Disposition"]
    sources = [cell["source"] for cell in json.loads(response.content)["cells"]]
    assert sources == ["x = 2"]
    assert Stage.objects.filter(uuid=sid).exists()


def test_nobody_else_sees_the_hand_off_page_or_the_upload(clone, bob_client, client):
    notebook, sid = clone

    assert bob_client.get(f"/upload/{sid}/change-request/").status_code == 403
    assert bob_client.get(f"/upload/{sid}/download").status_code == 403
    anonymous = client.get(f"/upload/{sid}/download")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")


def test_saving_it_as_a_new_version_is_still_refused(clone, charlie_client):
    notebook, sid = clone

    response = charlie_client.post(f"/upload/{sid}/", {})

    assert response.status_code == 403
    notebook.refresh_from_db()
    assert notebook.commit_id != sid
    assert Stage.objects.filter(uuid=sid).exists()


def test_an_editor_may_ask_for_the_hand_off_page_and_is_offered_a_new_version(
    alice, alice_client, publish
):
    notebook = publish(alice)
    sid = stage_raw(alice_client, notebook_bytes(), id=str(notebook.uuid)).json()["staging_id"]

    new_version_page = alice_client.get(f"/notebook/{notebook.uuid}/?staged={sid}", follow=True)
    hand_off = alice_client.get(f"/upload/{sid}/change-request/")

    # landing.js follows this when the landing URL ended in #CHANGE_REQ.
    assert f'data-change-request-url="/upload/{sid}/change-request/"' in new_version_page.text
    assert '<script src="/static/nbgallery/landing.js"></script>' in new_version_page.text
    assert hand_off.status_code == 200
    assert f'href="/upload/{sid}/"' in hand_off.text


def test_a_new_notebook_upload_has_no_hand_off_page(alice_client):
    sid = stage_raw(alice_client, notebook_bytes()).json()["staging_id"]

    response = alice_client.get(f"/upload/{sid}/change-request/")

    assert response.status_code == 302 and response["Location"] == f"/upload/{sid}/"
