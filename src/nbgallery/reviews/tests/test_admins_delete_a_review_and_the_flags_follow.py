"""Only admins delete a review, after confirming; the notebook's flags are recomputed."""

import pytest
from django.urls import reverse

from nbgallery.reviews import services
from nbgallery.reviews.models import Review, ReviewHistory

pytestmark = pytest.mark.django_db


def test_deleting_the_failed_review_clears_unapproved(
    notebook, queued, admin_user, admin_client, alice_client
):
    review = services.claim_review(admin_user, queued(notebook, Review.TECHNICAL))
    services.unapprove_review(admin_user, review)
    url = reverse("review_delete", args=[review.pk])

    assert alice_client.post(url, {"confirm": "on"}).status_code == 403
    assert admin_client.post(url).status_code == 400  # not confirmed
    assert Review.objects.filter(pk=review.pk).exists()

    response = admin_client.post(url, {"confirm": "on"})

    assert response.status_code == 302
    assert not Review.objects.exists()
    assert not ReviewHistory.objects.exists()
    notebook.refresh_from_db()
    assert not notebook.unapproved
