"""§6.3: Jupyter sees the gallery unchanged exactly when metadata's commit_id is the
staging id it kept from its own last upload, once that upload's web form was finished."""

import json

import pytest

from nbgallery.jupyter.tests.jupyter_client import CLASSIC_CACHE_BUSTER, assert_json, get, post_text
from nbgallery.notebooks.tests.conftest import code_cell, notebook_bytes

pytestmark = pytest.mark.usefixtures("isolated_storage")


def stage(client, content: bytes, notebook_id: str = "") -> dict:
    query = "agree=yes" + (f"&id={notebook_id}" if notebook_id else "")
    return assert_json(post_text(client, f"/stages?{query}", content), 201)


def finish_new(client, staging_id: str):
    """Step 2 in the page Jupyter opened (``/?staged=<sid>``): the details form."""
    details = {
        "title": "Sales analysis",
        "description": "Monthly sales.",
        "tags": "sales",
        "owner": "user",
        "visibility": "private",
        "agree": "on",
    }
    return client.post(f"/upload/{staging_id}/", details)


def commit_id(client, notebook_uuid: str) -> str:
    return assert_json(
        get(client, f"/notebooks/{notebook_uuid}/metadata", CLASSIC_CACHE_BUSTER), 200
    )["commit_id"]


def test_a_new_upload_becomes_the_notebook_named_by_its_staging_id(alice_client):
    staged = stage(alice_client, notebook_bytes([code_cell("x = 1")]))
    sid = staged["staging_id"]
    assert staged["link"] == staged["commit"] == sid  # what Jupyter writes into its copy

    assert finish_new(alice_client, sid).status_code == 302

    metadata = get(alice_client, f"/notebooks/{sid}/metadata").json()
    assert metadata["uuid"] == metadata["commit_id"] == sid


def test_a_finished_new_version_moves_commit_id_to_its_staging_id(alice_client):
    first = stage(alice_client, notebook_bytes([code_cell("x = 1")]))["staging_id"]
    finish_new(alice_client, first)

    second = stage(alice_client, notebook_bytes([code_cell("x = 2")]), first)
    assert second["link"] == first
    assert alice_client.post(f"/upload/{second['staging_id']}/", {}).status_code == 302

    assert commit_id(alice_client, first) == second["commit"] == second["staging_id"]


def test_an_unfinished_upload_leaves_commit_id_so_jupyter_reports_a_change(alice_client):
    first = stage(alice_client, notebook_bytes([code_cell("x = 1")]))["staging_id"]
    finish_new(alice_client, first)

    abandoned = stage(alice_client, notebook_bytes([code_cell("x = 3")]), first)

    assert commit_id(alice_client, first) == first != abandoned["commit"]
    downloaded = json.loads(get(alice_client, f"/notebooks/{first}/download").content)
    assert downloaded["metadata"]["gallery"]["commit"] == first
