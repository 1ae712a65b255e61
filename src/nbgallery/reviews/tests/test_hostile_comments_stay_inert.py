"""Comments on reviews are markdown through the sanitizer, or plain escaped text."""

import pytest

from nbgallery.reviews import services
from nbgallery.reviews.models import Review

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<script>window.__pwned=1</script><img src=x onerror=\"alert('x')\">"
    "[click-me](javascript:alert(1))"
)


def test_review_page_and_notebook_page_keep_comments_inert(
    notebook, admin_user, admin_client, alice_client
):
    (review,) = services.propose_reviews(admin_user, notebook, [Review.TECHNICAL], HOSTILE)
    services.claim_review(admin_user, review, HOSTILE)

    for page in (
        admin_client.get(review.get_absolute_url()).content.decode(),
        alice_client.get(notebook.get_absolute_url()).content.decode(),
        admin_client.get("/reviews/").content.decode(),
    ):
        assert "<script>window.__pwned" not in page
        assert 'onerror="alert' not in page
        assert 'href="javascript:' not in page
    review_page = admin_client.get(review.get_absolute_url()).content.decode()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in review_page  # in the history


def test_hostile_recommendation_username_is_a_clear_400(notebook, queued, alice_client):
    from django.urls import reverse

    review = queued(notebook)

    response = alice_client.post(
        reverse("review_reviewer_add", args=[review.pk]), {"username": "<b>nobody</b>"}
    )

    assert response.status_code == 400
    assert "There is no active user with that user name." in response.content.decode()
    assert "<b>nobody</b>" not in response.content.decode()
