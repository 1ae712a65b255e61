"""G1: a missing or bad name, or a bad URL, is a 422 ``{"message"}`` saying what to fix.

Never a 500 (the original crashed on a missing name), the CORS headers are
there so that Jupyter's page can read the refusal, and nothing is stored.
"""

from __future__ import annotations

import json

import pytest

from nbgallery.jupyter.models import Environment
from nbgallery.jupyter.tests.environments.conftest import (
    JUPYTER_URL,
    assert_cors,
    register,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        pytest.param({"url": JUPYTER_URL}, "name", id="missing-name"),
        pytest.param({"name": "  ", "url": JUPYTER_URL}, "name", id="blank-name"),
        pytest.param({"name": "my jupyter", "url": JUPYTER_URL}, "letters", id="space"),
        pytest.param({"name": "my_jupyter!", "url": JUPYTER_URL}, "letters", id="punctuation"),
        pytest.param({"name": "jup\nyter", "url": JUPYTER_URL}, "letters", id="newline-inside"),
        pytest.param({"name": "x\x00y", "url": JUPYTER_URL}, "letters", id="nul"),
        pytest.param({"name": "j" * 101, "url": JUPYTER_URL}, "100", id="long-name"),
        pytest.param({"name": "my-jupyter"}, "address", id="missing-url"),
        pytest.param({"name": "my-jupyter", "url": "127.0.0.1:8899"}, "http", id="no-scheme"),
        pytest.param({"name": "my-jupyter", "url": "ftp://host/"}, "http", id="ftp"),
        pytest.param({"name": "my-jupyter", "url": "javascript:alert(1)"}, "http", id="js"),
        pytest.param({"name": "my-jupyter", "url": "http:///nohost"}, "http", id="no-host"),
        pytest.param({"name": "my-jupyter", "url": "http://h:99999/"}, "http", id="bad-port"),
        pytest.param({"name": "my-jupyter", "url": "http://h/a b/"}, "http", id="space-url"),
        pytest.param({"name": "my-jupyter", "url": "http://h/?a=1"}, "http", id="query"),
        pytest.param({"name": "my-jupyter", "url": "http://h/" + "a" * 600}, "500", id="long-url"),
        pytest.param(
            {"name": "my-jupyter", "url": JUPYTER_URL, "user_interface": "vscode"},
            "lab, notebook, classic",
            id="unknown-interface",
        ),
    ],
)
def test_bad_registration_is_refused(alice, alice_client, fields, says):
    response = register(alice_client, **fields)

    assert response.status_code == 422
    assert response["Content-Type"] == "application/json"
    message = json.loads(response.content)["message"]
    assert says in message
    assert_cors(response)
    assert not Environment.objects.filter(user=alice).exists()


def test_a_url_another_of_my_environments_has_is_refused(alice, alice_client, make_environment):
    make_environment(alice, "first", "http://127.0.0.1:8888/")
    make_environment(alice, "second", JUPYTER_URL)

    response = register(alice_client, name="first", url=JUPYTER_URL)

    assert response.status_code == 422
    assert "already have an environment with that URL" in json.loads(response.content)["message"]
    assert Environment.objects.get(name="first").url == "http://127.0.0.1:8888/"


def test_other_methods_are_refused_in_json(alice_client):
    response = alice_client.put("/environments", HTTP_ORIGIN="http://127.0.0.1:8899")

    assert response.status_code == 405
    assert "message" in json.loads(response.content)
    assert_cors(response)
