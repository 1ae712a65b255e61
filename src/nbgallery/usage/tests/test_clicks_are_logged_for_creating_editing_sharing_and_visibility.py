"""Publishing, new versions, visibility changes and shares land in the click log
(reference §1.1 Click, §3.2), once each and only when they succeed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from nbgallery.accounts import services as accounts
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.conftest import publish_notebook
from nbgallery.notebooks.tests.upload_support import (
    code,
    new_version,
    notebook_bytes,
    publish,
    published,
    stage_raw,
    staged_uuid,
    upload_file,
)
from nbgallery.usage.models import Click

pytestmark = pytest.mark.usefixtures("isolated_storage")


@pytest.fixture
def analytics(alice, bob):
    """alice's group, with bob as a plain member."""
    group = accounts.create_group(alice, "Analytics", "We count things.", "")
    accounts.add_member(alice, group, "bob", "member")
    return group


def logged(after: int = 0) -> list[tuple[str, int, str, str]]:
    """The click log since click ``after``, oldest first: (user, notebook id, action, tracking)."""
    rows = Click.objects.filter(pk__gt=after).order_by("pk")
    return list(rows.values_list("user__username", "notebook_id", "action", "tracking"))


def last_click() -> int:
    return Click.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def test_publishing_on_the_web_logs_agreed_to_terms_and_created_with_the_commit_id(
    alice_client,
):
    notebook = published(alice_client)

    revision = notebook.revisions.get()
    assert logged() == [
        ("alice", notebook.pk, Click.AGREED_TO_TERMS, ""),
        ("alice", notebook.pk, Click.CREATED, revision.commit_id),
    ]


def test_publishing_a_jupyter_upload_logs_the_same(alice_client):
    stage_uuid = staged_uuid(stage_raw(alice_client, notebook_bytes()))

    response = publish(alice_client, stage_uuid)

    assert response.status_code == 302
    notebook = Notebook.objects.get(uuid=stage_uuid)
    revision = notebook.revisions.get()
    assert [action for _, _, action, _ in logged()] == [Click.AGREED_TO_TERMS, Click.CREATED]
    assert logged()[1] == ("alice", notebook.pk, Click.CREATED, revision.commit_id)


def test_a_refused_publish_logs_nothing(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    no_terms = publish(alice_client, stage_uuid, agree=None)
    bad_title = publish(alice_client, stage_uuid, title="Sales: Q1")

    assert no_terms.status_code == 400 and bad_title.status_code == 400
    assert logged() == []


def test_a_new_version_logs_edited_with_its_commit_id(alice_client, bob_client):
    notebook = published(alice_client, notebook_bytes(code("x = 1")))
    before = last_click()

    response = new_version(alice_client, notebook, notebook_bytes(code("x = 2")))

    assert response.status_code == 302
    revision = notebook.revisions.first()
    assert logged(before) == [("alice", notebook.pk, Click.EDITED, revision.commit_id)]


def test_overwriting_by_title_logs_agreed_to_terms_and_edited(alice_client):
    notebook = published(alice_client, notebook_bytes(code("x = 1")), title="Sales")
    before = last_click()
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes(code("x = 3"))))

    response = publish(alice_client, stage_uuid, title="Sales", overwrite="on")

    assert response.status_code == 302
    revision = notebook.revisions.first()
    assert logged(before) == [
        ("alice", notebook.pk, Click.EDITED, revision.commit_id),
        ("alice", notebook.pk, Click.AGREED_TO_TERMS, ""),
    ]


def test_a_new_version_by_someone_who_may_not_edit_logs_nothing(alice_client, bob_client):
    notebook = published(alice_client, notebook_bytes(code("x = 1")), visibility="public")
    before = last_click()

    # From Jupyter, a reader's upload for the notebook is staged (as a "clone")...
    staged = stage_raw(bob_client, notebook_bytes(code("x = 2")), id=str(notebook.uuid))
    # ...but posting it as a new version is refused.
    response = bob_client.post(reverse("upload_finish", args=[staged_uuid(staged)]), {})

    assert staged.json().get("clone") == str(notebook.uuid)
    assert response.status_code == 403
    assert logged(before) == []


def edit(client, notebook, **fields):
    data = {"title": notebook.title, "description": notebook.description, "tags": ""}
    data.update(fields)
    return client.post(reverse("notebook_edit", args=[notebook.uuid]), data)


def test_making_a_notebook_public_then_private_logs_both(alice, bob, alice_client, bob_client):
    notebook = published(alice_client)  # private
    notebook.refresh_from_db()
    before = last_click()

    made_public = edit(alice_client, notebook, public="on")
    made_private = edit(alice_client, notebook)

    assert made_public.status_code == 302 and made_private.status_code == 302
    assert logged(before) == [
        ("alice", notebook.pk, Click.MADE_PUBLIC, ""),
        ("alice", notebook.pk, Click.MADE_PRIVATE, ""),
    ]


def test_a_group_editor_making_it_public_is_logged_as_the_editor(alice, analytics, bob_client):
    accounts.change_role(alice, analytics, "bob", "editor")
    notebook = publish_notebook(analytics, alice, public=False)
    before = last_click()

    response = edit(bob_client, notebook, public="on")

    assert response.status_code == 302
    assert logged(before) == [("bob", notebook.pk, Click.MADE_PUBLIC, "")]


def test_editing_only_the_title_or_a_refused_visibility_change_logs_nothing(
    alice_client, charlie_client
):
    notebook = published(alice_client)
    notebook.refresh_from_db()
    before = last_click()

    retitled = edit(alice_client, notebook, title="Sales by region")
    outsider = edit(charlie_client, notebook, public="on")

    assert retitled.status_code == 302
    assert outsider.status_code == 404  # charlie cannot even read it
    assert logged(before) == []


def test_a_reader_who_may_not_edit_cannot_make_it_public_and_nothing_is_logged(
    alice, analytics, bob_client
):
    notebook = publish_notebook(analytics, alice, public=False)  # bob is a plain member
    before = last_click()

    response = edit(bob_client, notebook, public="on")

    assert response.status_code == 403
    notebook.refresh_from_db()
    assert not notebook.public
    assert logged(before) == []


def shares_url(notebook) -> str:
    return reverse("notebook_shares", args=[notebook.uuid])


def test_sharing_logs_one_click_per_new_sharee_named_in_the_tracking(
    alice, bob, charlie, alice_client
):
    notebook = published(alice_client)
    before = last_click()

    first = alice_client.post(shares_url(notebook), {"usernames": "bob, charlie"})
    again = alice_client.post(shares_url(notebook), {"usernames": "bob"})

    assert first.status_code == 302 and again.status_code == 302
    rows = logged(before)
    assert sorted(rows) == [
        ("alice", notebook.pk, Click.SHARED, "bob"),
        ("alice", notebook.pk, Click.SHARED, "charlie"),
    ]


def test_a_refused_share_logs_nothing(alice, bob, alice_client, bob_client):
    notebook = published(alice_client, visibility="public")
    before = last_click()

    unknown = alice_client.post(shares_url(notebook), {"usernames": "bob, nobody"})
    not_an_editor = bob_client.post(shares_url(notebook), {"usernames": "bob"})

    assert unknown.status_code == 400 and not_an_editor.status_code == 403
    assert not notebook.shares.exists()
    assert logged(before) == []
