"""/reviews/: reviews of notebooks I can read, filtered by type, status and mine."""

import pytest
from django.test import override_settings

from nbgallery.reviews import services
from nbgallery.reviews.models import Review

pytestmark = pytest.mark.django_db


def rows(client, query=""):
    page = client.get(f"/reviews/{query}")
    assert page.status_code == 200
    return page.content.decode().count("data-review-row")


def test_filters_and_privacy(publish, alice, admin_user, charlie_client, admin_client):
    public = publish(alice, title="Public one")
    private = publish(alice, title="Private one", public=False)
    services.propose_reviews(admin_user, public, [Review.TECHNICAL, Review.FUNCTIONAL])
    with override_settings(NBGALLERY_PRIVATE_NOTEBOOK_REVIEWS=True):
        (secret,) = services.propose_reviews(admin_user, private, [Review.TECHNICAL])
    services.claim_review(admin_user, secret)

    assert rows(charlie_client) == 2  # the private notebook's review is not listed
    assert "Private one" not in charlie_client.get("/reviews/").content.decode()
    assert rows(admin_client) == 3
    assert rows(admin_client, "?type=technical") == 2
    assert rows(admin_client, "?status=claimed") == 1
    assert rows(admin_client, "?mine=claimed") == 1
    assert rows(admin_client, "?type=bogus&status=<script>&page=x") == 3


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/reviews/")

    assert response.status_code == 302
    assert "login" in response["Location"]
