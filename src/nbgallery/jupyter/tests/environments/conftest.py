"""Fixtures for the environment tests: the client request shapes, and notebooks to run.

``register(client, **fields)`` posts ``/environments`` the way the Jupyter
clients do (form body, ``Accept: application/json``, Jupyter's ``Origin``);
``listed(client)`` reads ``GET /environments`` as "Run in Jupyter" does.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from nbgallery.notebooks.tests.conftest import isolated_storage, publish  # noqa: F401

JUPYTER_ORIGIN = "http://127.0.0.1:8899"
JUPYTER_URL = JUPYTER_ORIGIN + "/"
FORM = "application/x-www-form-urlencoded; charset=UTF-8"
# What JupyterLab 4 and Notebook 7 send (protocol G1), and the classic client.
LAB_FIELDS = {"name": "JupyterLab", "url": JUPYTER_URL, "user_interface": "lab"}
CLASSIC_FIELDS = {"name": "my-jupyter", "url": JUPYTER_URL}


def register(client, **fields):
    return client.post(
        "/environments",
        data=urlencode(fields),
        content_type=FORM,
        HTTP_ACCEPT="application/json",
        HTTP_ORIGIN=JUPYTER_ORIGIN,
    )


def listed(client):
    return client.get("/environments", HTTP_ACCEPT="application/json")


def assert_cors(response):
    assert response["Access-Control-Allow-Origin"] == JUPYTER_ORIGIN
    assert response["Access-Control-Allow-Credentials"] == "true"


@pytest.fixture
def make_environment():
    """``make_environment(user, name, url, **fields)`` → a stored Environment."""
    from nbgallery.jupyter.models import Environment

    def make(user, name="my-jupyter", url=JUPYTER_URL, **fields):
        return Environment.objects.create(user=user, name=name, url=url, **fields)

    return make
