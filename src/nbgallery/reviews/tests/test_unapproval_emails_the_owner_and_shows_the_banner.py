"""A failed review emails the notebook's owner and puts a red banner on its page."""

import pytest
from django.core import mail

from nbgallery.reviews import services
from nbgallery.reviews.models import Review

pytestmark = pytest.mark.django_db


def test_owner_is_emailed_and_the_page_says_unapproved(
    notebook, queued, admin_user, alice_client, django_capture_on_commit_callbacks
):
    review = services.claim_review(admin_user, queued(notebook, Review.TECHNICAL))
    with django_capture_on_commit_callbacks(execute=True):
        services.unapprove_review(admin_user, review, "Cell 2 reads a file that is not there.")

    (message,) = mail.outbox
    assert message.to == ["alice@example.org"]
    assert "did not pass review" in message.subject
    assert "Cell 2 reads a file that is not there." in message.body
    page = alice_client.get(notebook.get_absolute_url()).content.decode()
    assert "Unapproved notebook." in page
    assert "Technical review:" in page


def test_verified_notebook_shows_the_badge(notebook, queued, admin_user, client, settings):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical"}
    review = services.claim_review(admin_user, queued(notebook, Review.TECHNICAL))
    services.approve_review(admin_user, review)

    page = client.get(notebook.get_absolute_url()).content.decode()

    assert 'data-review-banner="verified"' in page
    assert "Unapproved notebook." not in page
