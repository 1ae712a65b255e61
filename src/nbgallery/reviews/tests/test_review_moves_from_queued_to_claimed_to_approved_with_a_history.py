"""A review moves queued → claimed → approved (or unapproved), each step in its history."""

import pytest

from nbgallery.reviews import services
from nbgallery.reviews.models import Review

pytestmark = pytest.mark.django_db


def test_claim_then_approve_records_each_step(notebook, queued, bob, reputation):
    reputation(bob, author_pct=60)
    review = queued(notebook, Review.TECHNICAL)
    assert review.status == Review.QUEUED
    assert review.revision == notebook.revisions.first()

    review = services.claim_review(bob, review, "On it.")
    assert (review.status, review.reviewer) == (Review.CLAIMED, bob)

    review = services.approve_review(bob, review, "Runs cleanly.")
    review.refresh_from_db()
    assert review.status == Review.APPROVED
    assert review.decided_at is not None
    assert [h.action for h in review.history.all()] == ["created", "claimed", "approved"]
    assert review.history.last().comment == "Runs cleanly."


def test_unclaim_puts_it_back_and_unapprove_can_be_reverted(notebook, queued, bob, reputation):
    reputation(bob, author_pct=60)
    review = queued(notebook, Review.TECHNICAL)
    review = services.claim_review(bob, review)
    review = services.unclaim_review(bob, review)
    assert (review.status, review.reviewer) == (Review.QUEUED, None)

    review = services.claim_review(bob, review)
    review = services.unapprove_review(bob, review, "Fails on cell 2.")
    assert review.status == Review.UNAPPROVED
    review = services.revert_unapproval(bob, review, "My mistake.")
    assert review.status == Review.CLAIMED
    actions = [h.action for h in review.history.all()]
    assert actions == [
        "created",
        "claimed",
        "unclaimed",
        "claimed",
        "unapproved",
        "unapproval reverted",
    ]
