"""A new notebook is private unless the user chooses public; the default is a setting."""

import re

import pytest

from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
    published,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")


def checked_visibility(client) -> str:
    stage_uuid = staged_uuid(upload_file(client, notebook_bytes()))
    page = client.get(f"/upload/{stage_uuid}/")
    checked = re.search(r'<input[^>]*value="(\w+)"[^>]*checked', page.text)
    assert checked, page.text
    return checked.group(1)


def test_private_is_preselected_by_default(alice_client):
    assert checked_visibility(alice_client) == "private"


def test_public_is_preselected_when_the_setting_says_so(alice_client, settings):
    settings.NBGALLERY_PUBLIC_BY_DEFAULT = True

    assert checked_visibility(alice_client) == "public"


def test_the_users_choice_is_what_counts(alice_client):
    assert not published(alice_client, title="Mine", visibility="private").public
    assert published(alice_client, title="Ours", visibility="public").public
