"""Jupyter Lab sends parent_uuid=undefined after Unlink (protocol §8 item 5): it is ignored."""

import re
import uuid

import pytest

from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.upload_support import details, notebook_bytes, stage_raw

pytestmark = pytest.mark.usefixtures("isolated_storage")


def parent_field(page):
    return re.search(r'<input[^>]*name="parent_uuid"[^>]*>', page.text).group(0)


def test_undefined_is_dropped_and_the_notebook_has_no_parent(alice_client):
    sid = stage_raw(alice_client, notebook_bytes()).json()["staging_id"]

    landing = alice_client.get(f"/?staged={sid}&parent_uuid=undefined")
    form = alice_client.get(landing["Location"])
    published = alice_client.post(f"/upload/{sid}/", details())

    assert landing.status_code == 302 and landing["Location"] == f"/upload/{sid}/"
    assert "value=" not in parent_field(form)
    assert published.status_code == 302
    assert Notebook.objects.get(uuid=sid).parent_uuid is None


def test_undefined_is_ignored_on_the_form_itself(alice_client):
    sid = stage_raw(alice_client, notebook_bytes()).json()["staging_id"]

    form = alice_client.get(f"/upload/{sid}/?parent_uuid=undefined")

    assert form.status_code == 200 and "value=" not in parent_field(form)


def test_a_real_parent_uuid_is_carried_to_the_form(alice_client):
    sid = stage_raw(alice_client, notebook_bytes()).json()["staging_id"]
    parent = uuid.uuid4()

    response = alice_client.get(f"/?staged={sid}&tags=x&parent_uuid={parent}", follow=True)

    assert response.status_code == 200
    assert f'value="{parent}"' in parent_field(response)
