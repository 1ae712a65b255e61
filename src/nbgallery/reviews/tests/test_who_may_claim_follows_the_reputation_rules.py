"""Who may claim (reference §5.7): by type, reputation, use of the notebook and role."""

import pytest

from nbgallery.reviews.models import RecommendedReviewer, Review
from nbgallery.reviews.rules import may_claim
from nbgallery.usage.models import Click

pytestmark = pytest.mark.django_db


def test_technical_needs_author_percentile_50_or_a_recommendation(
    notebook, queued, bob, charlie, reputation
):
    review = queued(notebook, Review.TECHNICAL)
    reputation(bob, author_pct=50)
    reputation(charlie, author_pct=49)

    assert may_claim(bob, review)
    assert not may_claim(charlie, review)
    RecommendedReviewer.objects.create(review=review, user=charlie, score=1)
    assert may_claim(charlie, review)


def test_functional_needs_a_run_and_user_percentile_75_or_a_recommendation(
    notebook, queued, bob, charlie, reputation, click
):
    review = queued(notebook, Review.FUNCTIONAL)
    reputation(bob, user_pct=80)
    reputation(charlie, user_pct=80)
    click(bob, notebook, Click.EXECUTED)

    assert may_claim(bob, review)
    assert not may_claim(charlie, review)  # never ran it
    reputation(bob, user_pct=70)
    assert not may_claim(bob, review)
    RecommendedReviewer.objects.create(review=review, user=bob, score=1)
    assert may_claim(bob, review)


def test_compliance_is_for_admins_and_the_creator_never_claims(
    notebook, queued, alice, bob, admin_user, reputation
):
    compliance = queued(notebook, Review.COMPLIANCE)
    technical = queued(notebook, Review.TECHNICAL)
    reputation(alice, author_pct=99)
    reputation(bob, author_pct=99)

    assert may_claim(admin_user, compliance)
    assert not may_claim(bob, compliance)
    assert not may_claim(alice, technical)  # alice created the notebook
    assert may_claim(bob, technical)


def test_a_refused_claim_is_a_403_and_leaves_it_queued(notebook, queued, charlie_client):
    from django.urls import reverse

    review = queued(notebook, Review.TECHNICAL)

    response = charlie_client.post(reverse("review_action", args=[review.pk, "claim"]))

    assert response.status_code == 403
    review.refresh_from_db()
    assert review.status == Review.QUEUED
