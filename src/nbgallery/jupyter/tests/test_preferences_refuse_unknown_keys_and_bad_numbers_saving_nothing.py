"""G3: a key that is no preference, or a bad number, is a 422 naming the key; nothing is saved."""

import pytest

from nbgallery.jupyter.models import Preference
from nbgallery.jupyter.tests.jupyter_client import assert_json, post_form


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("fontSize=12", "fontSize"),
        ("user_id=1", "user_id"),
        ("indentUnit=4&theme=dark", "theme"),
        ("tabSize=four", "tabSize"),
        ("indentUnit=-2", "indentUnit"),
        ("indentUnit=0", "indentUnit"),
        ("tabSize=4.5", "tabSize"),
        ("tabSize=", "tabSize"),
        ("tabSize=99999999999999999999", "tabSize"),
        ("lab_preferences=%00", "lab_preferences"),
    ],
)
def test_the_refusal_names_the_key_and_nothing_is_stored(alice_client, body, key):
    response = post_form(alice_client, "/preferences", body)

    message = assert_json(response, 422)["message"]
    assert key in message
    assert not Preference.objects.exists()


def test_an_existing_row_is_left_as_it_was(alice, alice_client):
    post_form(alice_client, "/preferences", "tabSize=2")

    post_form(alice_client, "/preferences", "tabSize=4&indentUnit=many")

    assert Preference.objects.get(user=alice).tab_size == 2


def test_a_body_that_is_not_a_form_is_refused(alice_client):
    response = alice_client.post("/preferences", '{"tabSize": 4}', content_type="application/json")

    assert response.status_code == 422
    assert "form-encoded" in response.json()["message"]
    assert not Preference.objects.exists()
