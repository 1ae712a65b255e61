"""Editors and admins queue reviews from the notebook page; readers cannot; no duplicates."""

import pytest
from django.urls import reverse

from nbgallery.reviews.models import Review

pytestmark = pytest.mark.django_db


def propose(client, notebook, *revtypes, **extra):
    url = reverse("notebook_propose_review", args=[notebook.uuid])
    return client.post(url, {"revtypes": list(revtypes), **extra}, follow=True)


def test_the_owner_proposes_and_a_second_proposal_adds_nothing(notebook, alice_client):
    page = alice_client.get(notebook.get_absolute_url()).content.decode()
    assert "Propose for review" in page

    response = propose(alice_client, notebook, "technical", "functional", comment="Please.")
    assert response.status_code == 200
    assert "Queued for review: technical, functional." in response.content.decode()
    response = propose(alice_client, notebook, "technical")
    assert "already queued" in response.content.decode()

    assert Review.objects.filter(notebook=notebook, status=Review.QUEUED).count() == 2
    assert "Open reviews (2)" in alice_client.get(notebook.get_absolute_url()).content.decode()


def test_a_reader_gets_a_403_and_sees_no_button(notebook, charlie_client):
    assert (
        "Propose for review" not in charlie_client.get(notebook.get_absolute_url()).content.decode()
    )

    assert propose(charlie_client, notebook, "technical").status_code == 403
    assert not Review.objects.exists()


def test_bad_input_is_a_400_with_a_message(notebook, alice_client, settings):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical"}

    nothing = propose(alice_client, notebook)
    disabled = propose(alice_client, notebook, "compliance")

    assert nothing.status_code == 400
    assert "Pick at least one kind of review." in nothing.content.decode()
    assert disabled.status_code == 400
    assert "Not an enabled review type: compliance." in disabled.content.decode()
    assert not Review.objects.exists()


def test_deprecated_or_private_notebooks_cannot_be_proposed(publish, alice, alice_client, notebook):
    from nbgallery.notebooks.flags import set_flags

    private = publish(alice, title="Private", public=False)
    set_flags(notebook, deprecated=True)

    assert propose(alice_client, private, "technical").status_code == 400
    assert propose(alice_client, notebook, "technical").status_code == 400
    assert not Review.objects.exists()


def test_reviews_switched_off_hide_everything(notebook, alice_client, settings):
    settings.NBGALLERY_REVIEW_TYPES = {}

    assert (
        "Propose for review" not in alice_client.get(notebook.get_absolute_url()).content.decode()
    )
    assert propose(alice_client, notebook, "technical").status_code == 400
