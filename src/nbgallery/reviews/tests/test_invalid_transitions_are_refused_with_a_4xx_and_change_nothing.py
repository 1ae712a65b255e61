"""Moves the status does not allow are a 409; people who may not act get a 403."""

import pytest
from django.urls import reverse

from nbgallery.reviews import services
from nbgallery.reviews.models import Review
from nbgallery.reviews.tests.conftest import HTMX

pytestmark = pytest.mark.django_db


def action(review, name):
    return reverse("review_action", args=[review.pk, name])


def test_approving_a_queued_review_is_a_409(notebook, queued, admin_client):
    review = queued(notebook)

    response = admin_client.post(action(review, "approve"), {"comment": "ok"})

    assert response.status_code == 409
    assert "only a claimed review can be approved" in response.content.decode()
    review.refresh_from_db()
    assert review.status == Review.QUEUED
    assert review.history.count() == 1


def test_claiming_a_claimed_review_is_a_409_also_with_htmx(
    notebook, queued, admin_user, admin_client
):
    review = services.claim_review(admin_user, queued(notebook))

    response = admin_client.post(action(review, "claim"), **HTMX)

    assert response.status_code == 409
    assert 'id="review-block"' in response.content.decode()
    review.refresh_from_db()
    assert review.reviewer == admin_user


def test_only_the_reviewer_approves(notebook, queued, admin_user, bob_client):
    review = services.claim_review(admin_user, queued(notebook))

    response = bob_client.post(action(review, "approve"))

    assert response.status_code == 403
    review.refresh_from_db()
    assert review.status == Review.CLAIMED


def test_an_unknown_action_is_a_404_and_get_is_refused(notebook, queued, admin_client):
    review = queued(notebook)

    assert admin_client.post(action(review, "explode")).status_code == 404
    assert admin_client.get(action(review, "claim")).status_code == 405


def test_a_review_of_an_unreadable_notebook_is_a_404(publish, alice, queued, charlie_client):
    private = publish(alice, title="Secret", public=False)
    from django.test import override_settings

    with override_settings(NBGALLERY_PRIVATE_NOTEBOOK_REVIEWS=True):
        review = queued(private)

    assert charlie_client.get(review.get_absolute_url()).status_code == 404
    assert charlie_client.post(action(review, "claim")).status_code == 404


def test_a_too_long_comment_is_a_400(notebook, queued, admin_client):
    review = queued(notebook)

    response = admin_client.post(action(review, "claim"), {"comment": "x" * 5001})

    assert response.status_code == 400
    review.refresh_from_db()
    assert review.status == Review.QUEUED


def test_the_happy_path_redirects_with_a_message_without_htmx(notebook, queued, admin_client):
    review = queued(notebook)

    response = admin_client.post(action(review, "claim"), follow=True)

    assert response.redirect_chain[-1][0] == review.get_absolute_url()
    assert "You claimed this review." in response.content.decode()


def test_an_enormous_review_number_is_a_404(admin_client):
    huge = "9" * 30

    assert admin_client.get(f"/reviews/{huge}/").status_code == 404
    assert admin_client.post(f"/reviews/{huge}/claim/").status_code == 404
