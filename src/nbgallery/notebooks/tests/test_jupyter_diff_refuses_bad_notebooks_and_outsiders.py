"""G7: signed-in readers only, and only a notebook the upload checks would accept."""

import pytest

from nbgallery.jupyter.tests.jupyter_client import assert_json, post_text
from nbgallery.notebooks.tests.conftest import notebook_bytes


def test_anonymous_is_401(client, alice, publish):
    notebook = publish(alice, public=True)

    body = assert_json(post_text(client, f"/notebooks/{notebook.uuid}/diff", notebook_bytes()), 401)

    assert body == {"message": "You must be logged in to perform this action."}


def test_a_notebook_i_may_not_read_is_404(alice, charlie_client, publish):
    notebook = publish(alice, public=False)

    response = post_text(charlie_client, f"/notebooks/{notebook.uuid}/diff", notebook_bytes())

    assert assert_json(response, 404) == {"message": "not found"}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"", "empty"),
        (b"{not json", "not_json"),
        (b'{"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": "no"}', None),
        (b'{"cells": "no"}', None),
        (b"[1, 2]", None),
    ],
)
def test_a_body_that_is_no_valid_notebook_is_422_with_the_upload_checks_message(
    alice, alice_client, publish, body, code
):
    notebook = publish(alice)

    reply = assert_json(post_text(alice_client, f"/notebooks/{notebook.uuid}/diff", body), 422)

    assert reply["message"]
    if code:
        assert reply["code"] == code


def test_a_notebook_over_the_size_limit_is_refused_before_it_is_read(
    alice, alice_client, publish, settings
):
    notebook = publish(alice)
    settings.NBGALLERY_MAX_NOTEBOOK_BYTES = 2048

    response = post_text(alice_client, f"/notebooks/{notebook.uuid}/diff", b" " * 4096)

    assert assert_json(response, 413)["code"] == "too_large"


def test_get_is_405(alice, alice_client, publish):
    notebook = publish(alice)

    response = alice_client.get(f"/notebooks/{notebook.uuid}/diff")

    assert response.status_code == 405 and response["Allow"] == "POST"
