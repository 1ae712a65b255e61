"""A visitor who is not signed in signs in first, then comes back to the landing URL."""

from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import PASSWORD
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.upload_support import notebook_bytes, stage_raw

pytestmark = pytest.mark.usefixtures("isolated_storage")


def next_of(location):
    parts = urlsplit(location)
    assert parts.path == "/accounts/login/"
    return parse_qs(parts.query)["next"][0]


@pytest.mark.parametrize(
    "landing",
    [
        "/?staged={sid}&tags=a%2Cb",
        "/notebooks/?staged={sid}",
        "/notebook/{uuid}/?staged={sid}",
        "/notebook/{uuid}?staged={sid}",
        "/notebooks/{uuid}?staged={sid}",
        "/notebooks/{uuid}/?staged={sid}",
    ],
)
def test_the_sign_in_page_brings_the_visitor_back_to_step_two(
    client, alice, alice_client, publish, landing
):
    notebook = publish(alice)
    sid = stage_raw(alice_client, notebook_bytes(), id=str(notebook.uuid)).json()["staging_id"]
    url = landing.format(uuid=notebook.uuid, sid=sid)

    response = client.get(url)

    assert response.status_code == 302
    assert next_of(response["Location"]) == url
    signed_in = client.post(
        "/accounts/login/", {"login": "alice", "password": PASSWORD, "next": url}
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == url
    step_two = client.get(url, follow=True)
    assert step_two.status_code == 200
    assert f'action="/upload/{sid}/"' in step_two.text
    assert Stage.objects.filter(uuid=sid).exists()


@pytest.mark.django_db  # every page looks up the site warning
def test_the_sign_in_page_carries_the_fragment_script(client):
    response = client.get("/accounts/login/?next=/%3Fstaged%3Dx")

    assert response.status_code == 200
    assert '<script src="/static/nbgallery/landing.js"></script>' in response.text
    assert 'name="next" value="/?staged=x"' in response.text
