""" "Run in Jupyter" pushes a notebook from the gallery page into the user's Jupyter.

The gallery page's JS (protocol §5.1) checks ``GET api/contents/<name>``, then
sends ``POST post/<name>`` cross-origin with the user's Jupyter cookie and a
"simple" content type: jQuery's form type, as the original gallery sends, or
text/plain (see the test about "&"). With Jupyter configured as docs/jupyter.md says,
the first push creates the file (201), a second one overwrites it (200), and
every reply lets the gallery's origin read it with credentials.
"""

from __future__ import annotations

import json

import pytest

from tests.jupyter.conftest import GALLERY_ORIGIN
from tests.jupyter_support.browser_session import (
    FORM_CONTENT_TYPE,
    TEXT_CONTENT_TYPE,
    BrowserSession,
)

pytestmark = pytest.mark.jupyter


def notebook(text: str) -> dict:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"gallery": {"uuid": "2f1c5d0e-0000-4000-8000-000000000001"}},
        "cells": [
            {
                "id": "first",
                "cell_type": "code",
                "metadata": {},
                "source": f"print({text!r})",
                "outputs": [],
                "execution_count": None,
            }
        ],
    }


def saved_source(path) -> str:
    """The first cell's source as stored on disk (nbformat writes it as a list of lines)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return "".join(document["cells"][0]["source"])


def assert_readable_by_the_gallery(reply) -> None:
    assert reply.headers.get("access-control-allow-origin") == GALLERY_ORIGIN
    assert reply.headers.get("access-control-allow-credentials") == "true"


@pytest.mark.parametrize("content_type", [FORM_CONTENT_TYPE, TEXT_CONTENT_TYPE])
def test_a_new_name_is_404_then_created_then_overwritten(
    browser_session, jupyter_lab, content_type
):
    name = f"Sales report {content_type.split('/')[0]}.ipynb"

    check = browser_session.get_contents(name)
    assert check.status == 404
    assert_readable_by_the_gallery(check)

    created = browser_session.push_notebook(name, notebook("first"), content_type=content_type)
    assert created.status == 201, created.body[:500]
    assert_readable_by_the_gallery(created)
    assert created.json()["type"] == "notebook" and created.json()["path"] == name
    assert saved_source(jupyter_lab.root_dir / name) == "print('first')"

    assert browser_session.get_contents(name).status == 200
    overwritten = browser_session.push_notebook(name, notebook("second"), content_type=content_type)
    assert overwritten.status == 200, overwritten.body[:500]
    assert_readable_by_the_gallery(overwritten)
    assert saved_source(jupyter_lab.root_dir / name) == "print('second')"
    saved = json.loads((jupyter_lab.root_dir / name).read_text(encoding="utf-8"))
    assert saved["metadata"]["gallery"]["uuid"] == "2f1c5d0e-0000-4000-8000-000000000001"


def test_a_browser_not_logged_in_to_jupyter_is_refused(jupyter_lab):
    stranger = BrowserSession(jupyter_lab, GALLERY_ORIGIN)

    assert stranger.push_notebook("Intruder.ipynb", notebook("x")).status == 403
    assert not (jupyter_lab.root_dir / "Intruder.ipynb").exists()


def test_a_page_on_another_origin_is_refused_even_with_the_cookie(browser_session, jupyter_lab):
    browser_session.origin = "http://elsewhere.example"

    reply = browser_session.push_notebook("Elsewhere.ipynb", notebook("x"))

    assert reply.status == 404  # jupyter_server: "Blocking Cross Origin API request"
    assert "access-control-allow-origin" not in reply.headers
    assert not (jupyter_lab.root_dir / "Elsewhere.ipynb").exists()
