"""The review score per notebook (§5.7), counting ``approved`` (the original's §11.1 bug fixed)."""

import pytest

from nbgallery.notebooks.tests.conftest import markdown_cell
from nbgallery.reviews import services
from nbgallery.reviews.models import Review
from nbgallery.reviews.scores import review_scores

pytestmark = pytest.mark.django_db


def test_each_state_scores_as_the_reference_says(publish, alice, admin_user, new_version):
    approved = publish(alice, title="Approved")
    older = publish(alice, title="Approved then changed")
    claimed = publish(alice, title="Claimed")
    automatic = publish(alice, title="Queued by the job")
    manual = publish(alice, title="Queued by hand")
    publish(alice, title="Never reviewed")
    for notebook in (approved, older):
        (review,) = services.propose_reviews(admin_user, notebook, [Review.TECHNICAL])
        services.approve_review(admin_user, services.claim_review(admin_user, review))
    new_version(older, alice, cells=[markdown_cell("# changed")])
    (review,) = services.propose_reviews(admin_user, claimed, [Review.TECHNICAL])
    services.claim_review(admin_user, review)
    services.propose_reviews(None, automatic, [Review.TECHNICAL], automatic=True)
    services.propose_reviews(admin_user, manual, [Review.TECHNICAL])

    assert review_scores() == {
        approved.pk: 1.0,
        older.pk: 0.8,
        claimed.pk: 0.6,
        automatic.pk: 0.4,
        manual.pk: 0.2,
    }
    assert review_scores([claimed.pk]) == {claimed.pk: 0.6}
