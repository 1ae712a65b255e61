"""The Jupyter venv runs the published clients: the server extension and the 7 lab extensions.

Everything else in Tier B and Tier C relies on these being the real, loaded
``jupyterlab_nbgallery`` 3.0.6 (protocol §1.1, §10.2).
"""

from __future__ import annotations

import json
import re

import pytest

from tests.jupyter_support.browser_session import BrowserSession

pytestmark = pytest.mark.jupyter

LAB_EXTENSIONS = {
    "@jupyterlab-nbgallery/autodownload",
    "@jupyterlab-nbgallery/environment-life",
    "@jupyterlab-nbgallery/environment-registration",
    "@jupyterlab-nbgallery/gallerymenu",
    "@jupyterlab-nbgallery/inject-uuid",
    "@jupyterlab-nbgallery/instrumentation",
    "@jupyterlab-nbgallery/userpreferences",
}
PAGE_CONFIG = re.compile(
    r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', re.DOTALL
)


def page_config(html: str) -> dict:
    match = PAGE_CONFIG.search(html)
    assert match, "the page has no jupyter-config-data"
    return json.loads(match.group(1))


@pytest.mark.parametrize("page", ["lab", "tree"])
def test_lab_and_notebook_pages_load_all_seven_nbgallery_lab_extensions(browser_session, page):
    reply = browser_session.request("GET", page, origin=None)

    assert reply.status == 200
    config = page_config(reply.body.decode())
    loaded = {extension["name"] for extension in config["federated_extensions"]}
    assert loaded >= LAB_EXTENSIONS
    assert not LAB_EXTENSIONS & set(config.get("disabledExtensions", []))


def test_the_server_extension_answers_for_a_logged_in_user_only(browser_session, jupyter_lab):
    for path in ("environment", "instrumentation", "expiration"):
        reply = browser_session.request("GET", f"jupyterlab_nbgallery/{path}", origin=None)
        assert reply.status == 200, path
        assert isinstance(reply.json(), dict)

    never_logged_in = BrowserSession(jupyter_lab, origin="")
    assert never_logged_in.request("GET", "jupyterlab_nbgallery/environment").status == 403
