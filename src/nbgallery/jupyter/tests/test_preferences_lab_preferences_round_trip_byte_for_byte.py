"""G2/G3: Lab saves its settings files as one JSON text and gets exactly that text back."""

import json

from nbgallery.jupyter.models import Preference
from nbgallery.jupyter.tests.jupyter_client import assert_json, get, post_form

SETTINGS_DIR = "/home/jovyan/.jupyter/lab/user-settings"
# What GET {jupyter}/jupyterlab_nbgallery/preferences hands Lab: file text, comments,
# odd spacing, non-ASCII, a CRLF and characters that form encoding must carry.
LAB_PREFERENCES = json.dumps(
    {
        f"{SETTINGS_DIR}/@jupyterlab/notebook-extension/tracker.jupyterlab-settings": (
            '{\n    // Notebook\n    "codeCellConfig": {"lineNumbers": true,  "tabSize": 4}\r\n}'
        ),
        f"{SETTINGS_DIR}/@jupyterlab/apputils-extension/themes.jupyterlab-settings": (
            '{"theme": "JupyterLab Dark", "note": "héllo ünïcode & a+b=c%20 ☃"}'
        ),
    },
    indent=1,
)


def test_what_lab_uploads_is_what_it_downloads(alice, alice_client):
    response = post_form(alice_client, "/preferences", [("lab_preferences", LAB_PREFERENCES)])

    assert response.status_code == 204
    body = assert_json(get(alice_client, "/preferences"), 200)
    assert body["lab_preferences"] == LAB_PREFERENCES
    assert body["lab_preferences"].encode() == LAB_PREFERENCES.encode()
    assert Preference.objects.get(user=alice).lab_preferences == LAB_PREFERENCES


def test_saving_lab_preferences_keeps_the_classic_ones(alice, alice_client):
    post_form(alice_client, "/preferences", "indentUnit=4")

    post_form(alice_client, "/preferences", [("lab_preferences", "{}")])

    body = get(alice_client, "/preferences").json()
    assert (body["indent_unit"], body["lab_preferences"]) == (4, "{}")
