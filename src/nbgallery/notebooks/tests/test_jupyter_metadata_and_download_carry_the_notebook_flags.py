"""G5 (metadata) and G6 (download's ``metadata.gallery``) carry the notebook's
``deprecated``, ``verified`` and ``unapproved`` flags, as the original's columns."""

import json

import pytest

from nbgallery.notebooks.models import Notebook

FLAGS = ("deprecated", "verified", "unapproved")


def flags_of(details):
    return {name: details[name] for name in FLAGS}


@pytest.mark.parametrize("flag", FLAGS)
def test_each_flag_is_reported_as_set(alice, alice_client, publish, flag):
    notebook = publish(alice)
    Notebook.objects.filter(pk=notebook.pk).update(**{flag: True})
    expected = {name: name == flag for name in FLAGS}

    metadata = alice_client.get(f"/notebooks/{notebook.uuid}/metadata").json()
    download = alice_client.get(f"/notebooks/{str(notebook.uuid)[:8]}/download")
    gallery = json.loads(download.content)["metadata"]["gallery"]

    assert flags_of(metadata) == expected
    assert flags_of(gallery) == expected


def test_a_plain_notebook_reports_them_false(alice, alice_client, publish):
    notebook = publish(alice)

    metadata = alice_client.get(f"/notebooks/{notebook.uuid}/metadata").json()

    assert flags_of(metadata) == dict.fromkeys(FLAGS, False)
    assert metadata["id"] == notebook.pk
