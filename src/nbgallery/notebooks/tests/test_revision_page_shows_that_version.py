"""A revision's page renders the notebook as it was, and says whether that is current."""

from __future__ import annotations

from nbgallery.notebooks.tests.conftest import markdown_cell


def test_an_old_revision_shows_its_own_content_and_a_warning(publish, new_version, alice, client):
    notebook = publish(alice, cells=[markdown_cell("the first words")])
    first = notebook.revisions.get()
    second = new_version(notebook, alice, cells=[markdown_cell("the second words")], label="2.0")

    old = client.get(first.get_absolute_url()).content.decode()
    current = client.get(second.get_absolute_url()).content.decode()

    assert "the first words" in old and "the second words" not in old
    assert "This is an earlier version" in old
    assert "the second words" in current and "current content" in current
    assert "version 2.0" in current
