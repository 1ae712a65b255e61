"""G2/G3: preferences belong to a user; anonymous clients get a 401 in JSON, with CORS."""

from nbgallery.jupyter.models import Preference
from nbgallery.jupyter.tests.jupyter_client import assert_json, get, post_form

NOT_SIGNED_IN = {"message": "You must be logged in to perform this action."}


def test_anonymous_get_is_401_json(client, db):
    assert assert_json(get(client, "/preferences"), 401) == NOT_SIGNED_IN


def test_anonymous_post_is_401_json_and_saves_nothing(client, db):
    assert assert_json(post_form(client, "/preferences", "tabSize=4"), 401) == NOT_SIGNED_IN
    assert not Preference.objects.exists()


def test_other_methods_are_405_json(alice_client):
    response = alice_client.delete("/preferences")

    assert response.status_code == 405
    assert response["Allow"] == "GET, POST"
    assert "message" in response.json()
