"""Revisions from before a notebook last became public stay hidden from mere readers (§3.2).

The notebook goes public → private → public. Owners, editors and members of
the owning group see all five revisions; anyone else sees only the latest
public period, and the pages and downloads of content only the hidden
revisions had are 404s. (Becoming public again is a revision of the content
of that moment, so that content is visible.)
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.revisions import visible_revisions
from nbgallery.notebooks.tests.conftest import markdown_cell


def set_public(notebook, actor, public: bool) -> None:
    services.change_details(
        actor,
        notebook,
        title=notebook.title,
        description=notebook.description,
        tags=[],
        public=public,
    )


@pytest.fixture
def history(publish, new_version, team, alice):
    """create (public), update (public), private, public again, update (public)."""
    notebook = publish(team, alice, public=True, cells=[markdown_cell("v1")])
    new_version(notebook, alice, cells=[markdown_cell("v2")], summary="summary-two")
    set_public(notebook, alice, False)
    set_public(notebook, alice, True)
    new_version(notebook, alice, cells=[markdown_cell("v3")], summary="summary-three")
    return notebook


def test_the_group_and_its_owner_see_every_revision(history, alice, bob):
    assert len(visible_revisions(history, alice)) == 5
    assert len(visible_revisions(history, bob)) == 5  # a plain member of the owning group


def test_an_outsider_sees_only_the_latest_public_period(history, charlie, charlie_client):
    for viewer in (charlie, AnonymousUser()):
        seen = visible_revisions(history, viewer)
        assert [r.revtype for r in seen] == ["update", "metadata"]
        assert seen[0].summary == "summary-three"

    page = charlie_client.get(reverse("revision_list", args=[history.uuid])).content.decode()
    assert "summary-three" in page and "summary-two" not in page


def test_hidden_revisions_cannot_be_opened_or_downloaded(history, charlie_client, alice_client):
    hidden = history.revisions.get(revtype="create")
    republished = history.revisions.get(summary="summary-two")  # its content became public again

    for name in ("revision_detail", "revision_download"):
        target = reverse(name, args=[history.uuid, hidden.commit_id])
        assert charlie_client.get(target).status_code == 404
        assert alice_client.get(target).status_code == 200
        target = reverse(name, args=[history.uuid, republished.commit_id])
        assert charlie_client.get(target).status_code == 200


def test_a_notebook_made_private_shows_outsiders_nothing(history, alice, charlie_client):
    set_public(history, alice, False)

    assert charlie_client.get(reverse("revision_list", args=[history.uuid])).status_code == 404
