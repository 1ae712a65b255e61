"""G2: GET /preferences answers JSON with the original's whole row, saved or default."""

from nbgallery.jupyter.models import Preference
from nbgallery.jupyter.tests.jupyter_client import (
    CLASSIC_CACHE_BUSTER,
    assert_json,
    get,
)

ROW_KEYS = {
    "id", "user_id", "smart_indent", "auto_close_brackets", "easy_buttons", "indent_unit",
    "tab_size", "created_at", "updated_at", "lab_preferences",
}  # fmt: skip


def test_a_user_without_preferences_gets_the_unsaved_default(alice, alice_client):
    body = assert_json(get(alice_client, "/preferences", CLASSIC_CACHE_BUSTER), 200)

    assert body == {
        "id": None,
        "user_id": alice.pk,
        "smart_indent": None,
        "auto_close_brackets": None,
        "easy_buttons": True,
        "indent_unit": None,
        "tab_size": None,
        "created_at": None,
        "updated_at": None,
        "lab_preferences": None,
    }
    assert not Preference.objects.exists()


def test_saved_preferences_come_back_as_the_row(alice, alice_client):
    saved = Preference.objects.create(
        user=alice, smart_indent=False, auto_close_brackets=True, indent_unit=4, tab_size=4
    )

    body = assert_json(get(alice_client, "/preferences"), 200)

    assert set(body) == ROW_KEYS
    assert (body["id"], body["user_id"]) == (saved.pk, alice.pk)
    assert (body["smart_indent"], body["auto_close_brackets"], body["easy_buttons"]) == (
        False,
        True,
        True,
    )
    assert (body["indent_unit"], body["tab_size"], body["lab_preferences"]) == (4, 4, None)
    assert body["created_at"].endswith("Z") and body["updated_at"].endswith("Z")


def test_each_user_sees_only_their_own(alice, alice_client, bob_client):
    Preference.objects.create(user=alice, indent_unit=4)

    body = assert_json(get(bob_client, "/preferences"), 200)

    assert body["id"] is None and body["indent_unit"] is None
