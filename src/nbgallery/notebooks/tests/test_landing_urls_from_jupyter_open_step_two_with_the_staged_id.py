"""Every landing URL the Jupyter clients open (protocol §4) shows step 2 of the staged upload."""

import pytest

from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.upload_support import details, notebook_bytes, stage_raw

pytestmark = pytest.mark.usefixtures("isolated_storage")


def staging_id(client, **query):
    response = stage_raw(client, notebook_bytes(), **query)
    assert response.status_code == 201
    return response.json()["staging_id"]


@pytest.mark.parametrize(
    "landing",
    ["/?staged={sid}&tags=a%2Cb", "/notebooks/?staged={sid}&tags=a%2Cb"],
)
def test_a_first_upload_lands_on_the_new_notebook_form_with_its_tags(alice_client, landing):
    sid = staging_id(alice_client)

    response = alice_client.get(landing.format(sid=sid), follow=True)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert f'action="/upload/{sid}/"' in response.text
    assert 'name="tags" value="a,b"' in response.text


@pytest.mark.parametrize(
    "landing",
    [
        "/notebook/{uuid}/?staged={sid}",
        "/notebook/{uuid}?staged={sid}",
        "/notebooks/{uuid}?staged={sid}",
        "/notebooks/{uuid}/?staged={sid}",
        "/notebook/{prefix}?staged={sid}",
    ],
)
def test_a_save_to_a_linked_notebook_lands_on_the_new_version_form(
    alice, alice_client, publish, landing
):
    notebook = publish(alice)
    sid = staging_id(alice_client, id=str(notebook.uuid))
    url = landing.format(uuid=notebook.uuid, prefix=str(notebook.uuid)[:8], sid=sid)

    response = alice_client.get(url, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/upload/{sid}/"
    assert f'action="/upload/{sid}/"' in response.text
    assert "Save the new version" in response.text


def test_publishing_from_the_landing_form_makes_the_staging_id_the_notebook_uuid(alice_client):
    sid = staging_id(alice_client)
    form = alice_client.get(f"/?staged={sid}&tags=a%2Cb", follow=True)
    assert f'action="/upload/{sid}/"' in form.text

    response = alice_client.post(f"/upload/{sid}/", details(tags="a,b"))

    assert response.status_code == 302
    notebook = Notebook.objects.get(uuid=sid)
    assert notebook.commit_id == sid
    assert sorted(notebook.tags.values_list("name", flat=True)) == ["a", "b"]
