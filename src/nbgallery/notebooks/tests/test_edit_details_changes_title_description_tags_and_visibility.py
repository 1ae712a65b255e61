"""Editors change title, description, tags and visibility in place; visibility is a revision."""

from __future__ import annotations

from django.urls import reverse

from nbgallery.notebooks.models import Revision


def test_the_form_shows_the_current_values(publish, alice, alice_client):
    notebook = publish(alice, title="Sales", tags="sales, q3", public=False)

    page = alice_client.get(reverse("notebook_edit", args=[notebook.uuid]))

    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="Sales"' in html
    assert 'value="q3, sales"' in html


def test_the_owner_saves_new_details(publish, alice, alice_client):
    notebook = publish(alice, title="Sales", tags="sales", public=False)

    response = alice_client.post(
        reverse("notebook_edit", args=[notebook.uuid]),
        {"title": "Sales by region", "description": "Now *by region*.", "tags": "sales, regions"},
    )

    assert response.status_code == 302
    assert response["Location"] == notebook.get_absolute_url()
    notebook.refresh_from_db()
    assert notebook.title == "Sales by region"
    assert notebook.description == "Now *by region*."
    assert sorted(notebook.tags.values_list("name", flat=True)) == ["regions", "sales"]
    assert not notebook.public
    assert notebook.revisions.count() == 1  # no visibility change, no revision


def test_making_it_public_records_a_metadata_revision(publish, bob, team, alice, bob_client):
    from nbgallery.accounts import services as accounts

    accounts.change_role(alice, team, "bob", "editor")
    notebook = publish(team, alice, public=False)

    bob_client.post(
        reverse("notebook_edit", args=[notebook.uuid]),
        {"title": notebook.title, "description": "", "tags": "", "public": "on"},
    )

    notebook.refresh_from_db()
    assert notebook.public and notebook.updater == bob
    latest = notebook.revisions.first()
    assert (latest.revtype, latest.public, latest.user) == (Revision.METADATA, True, bob)
