"""G5 and G8: the notebook details and UUID, by full UUID, 8-character prefix or id-title."""

import pytest


def identifiers(notebook):
    return [str(notebook.uuid), str(notebook.uuid)[:8], f"{notebook.pk}-sales-report"]


def test_metadata_gives_the_commit_id_jupyter_compares_for_every_identifier_form(
    alice_client, alice, publish
):
    notebook = publish(alice, title="Sales report", public=False)

    for identifier in identifiers(notebook):
        response = alice_client.get(
            f"/notebooks/{identifier}/metadata?_=1700000000000", HTTP_ACCEPT="application/json"
        )

        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        details = response.json()
        assert details["uuid"] == str(notebook.uuid)
        assert details["commit_id"] == notebook.commit_id
        assert (details["title"], details["owner"], details["owner_type"]) == (
            "Sales report",
            "alice",
            "User",
        )
        assert details["git_commit_id"] == notebook.revisions.first().commit_id


def test_metadata_needs_a_signed_in_reader(client, charlie_client, alice, publish):
    notebook = publish(alice, public=False)

    anonymous = client.get(f"/notebooks/{notebook.uuid}/metadata")
    outsider = charlie_client.get(f"/notebooks/{notebook.uuid}/metadata")

    assert anonymous.status_code == 401
    assert anonymous.json() == {"message": "You must be logged in to perform this action."}
    assert outsider.status_code == 404
    assert outsider.json() == {"message": "not found"}


@pytest.mark.parametrize("prefix", ["/notebooks", "/nb"])
def test_uuid_answers_every_identifier_form_for_public_notebooks(client, alice, publish, prefix):
    notebook = publish(alice, public=True)

    for identifier in identifiers(notebook):
        response = client.get(f"{prefix}/{identifier}/uuid?seconds=1.5")

        assert response.status_code == 200
        assert response.json() == {"uuid": str(notebook.uuid)}


def test_uuid_of_a_private_notebook_is_not_found_for_outsiders(client, alice, publish):
    notebook = publish(alice, public=False)

    response = client.get(f"/notebooks/{str(notebook.uuid)[:8]}/uuid")

    assert response.status_code == 404
