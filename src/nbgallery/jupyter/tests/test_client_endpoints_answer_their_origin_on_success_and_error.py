"""§2.1: the browser hands a reply to the Jupyter client only with CORS headers echoing the
Jupyter origin with credentials, so every reply carries them, refusals included, and
preflights are answered."""

import pytest

from nbgallery.jupyter.tests.execution_support import CELLS, SECOND, report_classic
from nbgallery.jupyter.tests.jupyter_client import ORIGIN, assert_cors, get, post_form, post_text
from nbgallery.notebooks.tests.conftest import notebook_bytes


def test_successes_carry_the_headers(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)
    replies = [
        get(alice_client, "/preferences"),
        post_form(alice_client, "/preferences", "tabSize=4"),
        get(alice_client, "/notebooks/stars"),
        get(alice_client, "/notebooks/recently_executed"),
        report_classic(alice_client, notebook.uuid, SECOND),
        get(alice_client, f"/notebooks/{str(notebook.uuid)[:8]}/download"),
        post_text(alice_client, f"/notebooks/{notebook.uuid}/diff", notebook_bytes(CELLS)),
    ]

    for reply in replies:
        assert reply.status_code in (200, 204), reply.wsgi_request.path
        assert_cors(reply)
        assert reply["Access-Control-Allow-Origin"] != "*"


def test_refusals_carry_the_headers(client, alice, alice_client, charlie_client, publish, settings):
    private = publish(alice, public=False)
    replies = [
        get(client, "/preferences"),  # 401
        post_form(alice_client, "/preferences", "colour=blue"),  # 422
        get(client, "/notebooks/stars"),  # 401
        post_form(client, "/executions", "uuid=x"),  # 401
        post_form(alice_client, "/executions", "runtime=1&md5=x&success=true&uuid=y"),  # 422
        get(charlie_client, f"/notebooks/{str(private.uuid)[:8]}/download"),  # 404
        post_text(charlie_client, f"/notebooks/{private.uuid}/diff", notebook_bytes()),  # 404
        post_text(alice_client, f"/notebooks/{private.uuid}/diff", b"{"),  # 422
    ]
    settings.NBGALLERY_INSTRUMENTATION = False
    replies.append(post_form(alice_client, "/executions", "uuid=x"))  # 403

    for reply in replies:
        assert 400 <= reply.status_code < 500, reply.wsgi_request.path
        assert_cors(reply)
        assert "message" in reply.json()


@pytest.mark.parametrize(
    "path",
    [
        "/preferences",
        "/executions",
        "/notebooks/stars",
        "/notebooks/recently_executed",
        "/notebooks/0b6f1a2c/download",
        "/notebooks/0b6f1a2c-0000-4000-8000-000000000000/diff",
    ],
)
def test_preflights_are_answered(client, db, path):
    response = client.options(
        path,
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept, content-type",
    )

    assert 200 <= response.status_code < 300
    assert_cors(response)
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "content-type" in response["Access-Control-Allow-Headers"].lower()
