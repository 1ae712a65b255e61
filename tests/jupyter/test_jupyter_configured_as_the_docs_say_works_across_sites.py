"""The Jupyter configuration that docs/jupyter.md gives for HTTPS works as it says.

The Python blocks of the docs are run as they are, as the server's
``jupyter_server_config.py``: the login cookie becomes ``SameSite=None;
Secure`` (so that a gallery page on another site can send it), and the
Tornado limit is raised so that a notebook with many "&" can be posted with a
form content type (as autodownload does).
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator

import pytest

from tests.jupyter_support.browser_session import FORM_CONTENT_TYPE, path_segment
from tests.jupyter_support.jupyter_process import REPO, JupyterLab, running_jupyter_lab

pytestmark = pytest.mark.jupyter

DOCS = REPO / "docs" / "jupyter.md"
DOCS_GALLERY_ORIGIN = "https://gallery.example.org"
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def docs_config(containing: str) -> str:
    blocks = [block for block in PYTHON_BLOCK.findall(DOCS.read_text()) if containing in block]
    assert len(blocks) == 1, f"docs/jupyter.md should have one python block with {containing}"
    return blocks[0]


@pytest.fixture(scope="module")
def configured_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JupyterLab]:
    base = tmp_path_factory.mktemp("jupyter-docs")
    config = base / "home" / ".jupyter" / "jupyter_server_config.py"
    config.parent.mkdir(parents=True)
    config.write_text(
        docs_config("c.IdentityProvider.cookie_options")
        + "\n"
        + docs_config("set_parse_body_config")
    )
    with running_jupyter_lab(
        gallery_origin=DOCS_GALLERY_ORIGIN, root_dir=base / "root", home=base / "home"
    ) as lab:
        yield lab


def test_the_login_cookie_is_sent_to_a_gallery_on_another_site(configured_lab):
    with urllib.request.urlopen(  # noqa: S310 (the loopback Jupyter)
        f"{configured_lab.url}lab?token={configured_lab.token}"
    ) as response:
        cookies = response.headers.get_all("Set-Cookie")

    login = [cookie for cookie in cookies if cookie.startswith("username-")]
    assert len(login) == 1, cookies
    attributes = {part.strip().lower() for part in login[0].split(";")[1:]}
    assert "samesite=none" in attributes and "secure" in attributes


def test_a_notebook_with_many_ampersands_can_be_posted_as_a_form(configured_lab):
    notebook = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {
                "id": "html",
                "cell_type": "markdown",
                "metadata": {},
                "source": "Fish &amp; chips\n" * 5000,
            }
        ],
    }
    name = "Fish & chips.ipynb"
    request = urllib.request.Request(  # noqa: S310 (the loopback Jupyter)
        f"{configured_lab.url}post/{path_segment(name)}",
        data=json.dumps({"type": "notebook", "content": notebook}).encode(),
        method="POST",
        headers={
            "Content-Type": FORM_CONTENT_TYPE,
            "Origin": DOCS_GALLERY_ORIGIN,
            # A Secure cookie is never sent over plain http, so the token stands in for it.
            "Authorization": f"token {configured_lab.token}",
        },
    )

    with urllib.request.urlopen(request) as response:  # noqa: S310
        assert response.status == 201
        assert response.headers["Access-Control-Allow-Origin"] == DOCS_GALLERY_ORIGIN
    assert (configured_lab.root_dir / name).is_file()
