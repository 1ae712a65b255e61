"""G6: the download answers a full UUID, an 8-character prefix and id-title alike."""

import json

import pytest

from nbgallery.jupyter.tests.jupyter_client import assert_cors, get


def identifiers(notebook) -> list[str]:
    return [
        str(notebook.uuid),
        str(notebook.uuid).upper(),
        str(notebook.uuid)[:8],
        f"{notebook.pk}-sales-report",
    ]


def test_every_form_gives_the_notebook_as_octet_stream_with_gallery_metadata(
    alice, alice_client, publish
):
    notebook = publish(alice, title="Sales report", public=False)

    for identifier in identifiers(notebook):
        response = get(alice_client, f"/notebooks/{identifier}/download")

        assert response.status_code == 200, identifier
        assert response["Content-Type"] == "application/octet-stream"
        assert_cors(response)
        document = json.loads(response.content)
        gallery = document["metadata"]["gallery"]
        assert gallery["uuid"] == gallery["link"] == str(notebook.uuid)
        assert gallery["commit"] == notebook.commit_id
        assert {"gallery_url", "git_commit_id"} <= set(gallery)
        assert all(isinstance(cell["source"], str) for cell in document["cells"])


@pytest.mark.parametrize("identifier", ["00000000", "999999-nothing", "not-an-id"])
def test_an_identifier_that_names_nothing_is_404(alice_client, db, identifier):
    response = get(alice_client, f"/notebooks/{identifier}/download")

    assert response.status_code == 404
    assert_cors(response)
    assert "message" in response.json()


def test_a_private_notebook_is_404_by_prefix_too(alice, charlie_client, publish):
    notebook = publish(alice, public=False)

    response = get(charlie_client, f"/notebooks/{str(notebook.uuid)[:8]}/download")

    assert response.status_code == 404
