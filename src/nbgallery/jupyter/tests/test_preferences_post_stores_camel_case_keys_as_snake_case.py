"""G3: the classic client posts one camelCase key at a time; each lands in its column."""

import pytest

from nbgallery.jupyter.models import Preference
from nbgallery.jupyter.tests.jupyter_client import assert_cors, post_form


def test_each_classic_preference_is_stored_and_answered_204_without_a_body(alice, alice_client):
    for body in (
        "autoCloseBrackets=true",
        "smartIndent=false",
        "indentUnit=4",
        "tabSize=4",
        "easy_buttons=false",
    ):
        response = post_form(alice_client, "/preferences", body)

        assert response.status_code == 204, response.content
        assert response.content == b""
        assert_cors(response)

    preference = Preference.objects.get(user=alice)
    assert preference.auto_close_brackets is True
    assert preference.smart_indent is False
    assert (preference.indent_unit, preference.tab_size) == (4, 4)
    assert preference.easy_buttons is False


def test_a_later_post_changes_only_its_own_key(alice, alice_client):
    post_form(alice_client, "/preferences", "indentUnit=4")

    post_form(alice_client, "/preferences", "indentUnit=2")
    post_form(alice_client, "/preferences", "autoCloseBrackets=false")

    preference = Preference.objects.get(user=alice)
    assert (preference.indent_unit, preference.auto_close_brackets) == (2, False)
    assert preference.tab_size is None


@pytest.mark.parametrize(
    ("sent", "stored"),
    [("1", True), ("yes", True), ("on", True), ("7", True), ("0", False), ("nope", False)],
)
def test_booleans_are_read_as_the_protocol_reads_them(alice, alice_client, sent, stored):
    post_form(alice_client, "/preferences", f"smartIndent={sent}")

    assert Preference.objects.get(user=alice).smart_indent is stored


def test_cache_busters_are_ignored(alice, alice_client):
    response = post_form(
        alice_client, "/preferences?_=1700000000000", "tabSize=4&seconds=1700000000.5&_=1"
    )

    assert response.status_code == 204
    assert Preference.objects.get(user=alice).tab_size == 4
