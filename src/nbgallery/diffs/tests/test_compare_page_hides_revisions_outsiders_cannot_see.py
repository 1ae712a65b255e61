"""Revisions from a private period cannot be compared by those who cannot see them (§3.2)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import markdown_cell


def set_public(notebook, actor, public: bool) -> None:
    services.change_details(
        actor, notebook, title=notebook.title, description="", tags=[], public=public
    )


@pytest.fixture
def history(publish, new_version, alice):
    """Created private ("secret draft"), then made public, then a public update."""
    notebook = publish(alice, public=False, cells=[markdown_cell("secret draft")])
    new_version(notebook, alice, cells=[markdown_cell("first public text")])
    set_public(notebook, alice, True)
    new_version(notebook, alice, cells=[markdown_cell("second public text")])
    return notebook


def url(notebook, old, new):
    target = reverse("revision_compare", args=[notebook.uuid])
    return f"{target}?from={old.commit_id}&to={new.commit_id}"


@pytest.mark.django_db
def test_an_outsider_gets_a_404_for_a_private_revision(history, charlie_client, alice_client):
    hidden = history.revisions.get(revtype="create")
    newest = history.revisions.first()

    for pair in ((hidden, newest), (newest, hidden)):
        response = charlie_client.get(url(history, *pair))
        assert response.status_code == 404
        assert b"secret draft" not in response.content

    owner_page = alice_client.get(url(history, hidden, newest))
    assert owner_page.status_code == 200 and b"secret draft" in owner_page.content


@pytest.mark.django_db
def test_an_outsider_compares_the_public_revisions(history, charlie_client):
    public = history.revisions.get(revtype="metadata")  # made public: that content is visible
    newest = history.revisions.first()

    response = charlie_client.get(url(history, public, newest))

    assert response.status_code == 200
    (row,) = response.context["diff"].rows
    assert row.status == "changed"
    assert b"public text" in response.content


@pytest.mark.django_db
def test_the_picker_offers_outsiders_only_what_they_may_see(history, charlie_client):
    page = charlie_client.get(reverse("revision_list", args=[history.uuid])).content.decode()
    hidden = history.revisions.get(revtype="create")

    assert 'name="from"' in page and 'name="to"' in page
    assert hidden.commit_id not in page


@pytest.mark.django_db
def test_a_notebook_nobody_shared_is_a_404_to_outsiders(publish, alice, charlie_client, client):
    notebook = publish(alice, public=False)
    revision = notebook.revisions.get()

    assert charlie_client.get(url(notebook, revision, revision)).status_code == 404
    assert client.get(url(notebook, revision, revision)).status_code == 404
