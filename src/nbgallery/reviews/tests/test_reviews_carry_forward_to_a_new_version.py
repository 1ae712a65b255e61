"""A new version: all-queued reviews move to it, failed ones come back for the same
reviewer, and a verified notebook is verified no more."""

import pytest
from django.core import mail

from nbgallery.notebooks.tests.conftest import markdown_cell
from nbgallery.reviews import services
from nbgallery.reviews.models import Review

pytestmark = pytest.mark.django_db


def test_queued_reviews_move_to_the_new_version(notebook, queued, alice, new_version):
    technical = queued(notebook, Review.TECHNICAL)
    functional = queued(notebook, Review.FUNCTIONAL)

    revision = new_version(notebook, alice, cells=[markdown_cell("# v2")])

    for review in (technical, functional):
        review.refresh_from_db()
        assert review.revision == revision
        assert review.status == Review.QUEUED
        assert review.history.last().action == "carried forward"


def test_nothing_moves_when_a_review_was_claimed(notebook, queued, alice, admin_user, new_version):
    technical = queued(notebook, Review.TECHNICAL)
    functional = services.claim_review(admin_user, queued(notebook, Review.FUNCTIONAL))
    old_revision = technical.revision

    new_version(notebook, alice, cells=[markdown_cell("# v2")])

    technical.refresh_from_db()
    functional.refresh_from_db()
    assert technical.revision == old_revision
    assert functional.revision == old_revision


def test_carry_forward_can_be_switched_off(notebook, queued, alice, new_version, settings):
    settings.NBGALLERY_REVIEW_CARRY_FORWARD = False
    review = queued(notebook)
    old_revision = review.revision

    new_version(notebook, alice, cells=[markdown_cell("# v2")])

    review.refresh_from_db()
    assert review.revision == old_revision


def test_an_unapproved_review_comes_back_claimed_by_its_reviewer(
    notebook, queued, alice, admin_user, new_version, django_capture_on_commit_callbacks
):
    failed = services.claim_review(admin_user, queued(notebook, Review.TECHNICAL))
    services.unapprove_review(admin_user, failed, "Broken.")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        revision = new_version(notebook, alice, cells=[markdown_cell("# fixed")])

    again = Review.objects.get(revision=revision, revtype=Review.TECHNICAL)
    assert (again.status, again.reviewer) == (Review.CLAIMED, admin_user)
    assert again.history.get().action == "recreated"
    assert [m.to for m in mail.outbox] == [["root@example.org"]]
    assert "new notebook version available for review" in mail.outbox[0].body
    notebook.refresh_from_db()
    assert notebook.unapproved  # until the new version passes

    services.approve_review(admin_user, again)
    notebook.refresh_from_db()
    assert not notebook.unapproved


def test_a_new_version_ends_verified(notebook, queued, alice, admin_user, new_version, settings):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical"}
    services.approve_review(admin_user, services.claim_review(admin_user, queued(notebook)))
    notebook.refresh_from_db()
    assert notebook.verified

    new_version(notebook, alice, cells=[markdown_cell("# v2")])

    notebook.refresh_from_db()
    assert not notebook.verified
