"""A title the owner already uses is refused, unless the user chooses to overwrite."""

import pytest

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Revision, Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    notebook_bytes,
    publish,
    published,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def test_a_duplicate_title_is_refused_and_the_overwrite_choice_appears(alice_client):
    published(alice_client, title="Sales analysis")
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes(code("x = 2"))))

    response = publish(alice_client, stage_uuid, title="sales ANALYSIS")

    assert response.status_code == 400
    assert "There is already a notebook called Sales analysis here" in response.text
    assert 'type="checkbox" name="overwrite"' in response.text
    assert Notebook.objects.count() == 1 and Stage.objects.filter(uuid=stage_uuid).exists()


def test_the_overwrite_choice_is_hidden_until_it_is_needed(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    page = alice_client.get(f"/upload/{stage_uuid}/")

    assert 'type="hidden" name="overwrite"' in page.text


def test_overwrite_makes_the_upload_the_new_version_and_keeps_visibility(alice, alice_client):
    original = published(alice_client, title="Sales analysis", visibility="public")
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes(code("x = 2"))))

    response = publish(
        alice_client, stage_uuid, title="Sales analysis", visibility="private", overwrite="on"
    )

    assert response.status_code == 302
    assert response["Location"] == original.get_absolute_url()
    notebook = Notebook.objects.get()
    assert notebook.pk == original.pk and notebook.public
    assert notebook.commit_id == str(stage_uuid)
    assert services.read_content(notebook.content_sha256)["cells"][0]["source"] == "x = 2"
    assert list(notebook.revisions.values_list("revtype", flat=True)) == [
        Revision.UPDATE,
        Revision.CREATE,
    ]
    assert notebook.terms_agreements.filter(user=alice).count() == 2
    assert not Stage.objects.exists()


def test_another_owner_may_use_the_same_title(alice_client, bob, bob_client):
    published(alice_client, title="Sales analysis")

    mine = published(bob_client, title="Sales analysis")

    assert mine.owner_user == bob
