"""GET /notebooks/:id from a caller that does not want HTML is a 301 to the download (G6)."""

import pytest


def forms_of(notebook):
    uuid = str(notebook.uuid)
    return [
        f"/notebooks/{uuid}",
        f"/notebooks/{uuid}/",
        f"/notebooks/{uuid[:8]}",
        f"/notebooks/{notebook.pk}-sales-report",
        f"/notebook/{uuid}/",
        f"/nb/{uuid}",
    ]


@pytest.mark.parametrize(
    "accept", ["application/json", "application/json, text/javascript, */*; q=0.01"]
)
def test_json_callers_are_sent_to_the_download(alice, alice_client, publish, accept):
    notebook = publish(alice, title="Sales report")

    for url in forms_of(notebook):
        response = alice_client.get(url, HTTP_ACCEPT=accept)

        assert response.status_code == 301, url
        assert response["Location"] == f"/notebooks/{notebook.uuid}/download"


def test_browsers_get_the_page(alice, alice_client, publish):
    notebook = publish(alice, title="Sales report")
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

    response = alice_client.get(f"/notebooks/{notebook.uuid}/", HTTP_ACCEPT=accept)

    assert response.status_code == 200
    assert "Sales report" in response.text


def test_a_notebook_the_caller_may_not_read_is_not_found(alice, charlie_client, publish):
    notebook = publish(alice, public=False)

    for url in (f"/notebooks/{notebook.uuid}", f"/notebooks/{notebook.uuid}/"):
        response = charlie_client.get(url, HTTP_ACCEPT="application/json")

        assert response.status_code == 404, url
        assert "message" in response.json()
