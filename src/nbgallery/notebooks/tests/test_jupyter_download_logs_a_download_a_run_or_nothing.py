"""G6: a download is logged as "downloaded", with ``run=true`` as "ran",
and with ``clickstream=false`` not at all."""

import pytest

from nbgallery.jupyter.tests.jupyter_client import get
from nbgallery.usage.models import Click


def download_clicks():
    """The clicks downloads make (publishing logs clicks of its own)."""
    return Click.objects.filter(action__in=[Click.DOWNLOADED, Click.RAN])


@pytest.mark.parametrize(
    ("query", "action"),
    [
        ({"_": "1700000000000"}, Click.DOWNLOADED),
        ({}, Click.DOWNLOADED),
        ({"run": "true", "ref": "notebook_page"}, Click.RAN),
    ],
)
def test_the_download_is_logged_as_its_caller_used_it(alice, alice_client, publish, query, action):
    notebook = publish(alice)

    response = get(alice_client, f"/notebooks/{notebook.uuid}/download", query)

    assert response.status_code == 200
    click = download_clicks().get()
    assert (click.user, click.notebook, click.action) == (alice, notebook, action)


def test_autodownload_is_not_logged(alice, alice_client, publish):
    notebook = publish(alice)

    query = {"clickstream": "false", "_": "1700000000000"}
    response = get(alice_client, f"/notebooks/{notebook.uuid}/download", query)

    assert response.status_code == 200
    assert not download_clicks().exists()


def test_the_prefix_route_logs_too(alice, alice_client, publish):
    notebook = publish(alice)

    get(alice_client, f"/notebooks/{str(notebook.uuid)[:8]}/download", {"run": "true"})

    assert download_clicks().get().action == Click.RAN


def test_an_anonymous_download_is_logged_without_a_user(client, alice, publish):
    notebook = publish(alice, public=True)

    get(client, f"/notebooks/{notebook.uuid}/download")

    click = download_clicks().get()
    assert (click.user, click.action) == (None, Click.DOWNLOADED)


def test_a_refused_download_is_not_logged(alice, charlie_client, publish):
    notebook = publish(alice, public=False)

    assert get(charlie_client, f"/notebooks/{notebook.uuid}/download").status_code == 404
    assert not download_clicks().exists()
