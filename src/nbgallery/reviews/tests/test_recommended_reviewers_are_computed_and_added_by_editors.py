"""Recommended reviewers: the nightly job scores candidates; editors add people, who are emailed."""

import pytest
from django.core import mail
from django.urls import reverse

from nbgallery.reviews.models import RecommendedReviewer, Review
from nbgallery.reviews.queue import recommend_reviewers
from nbgallery.usage.models import Click

pytestmark = pytest.mark.django_db


def test_functional_candidates_are_the_heaviest_users(
    notebook, queued, alice, bob, charlie, click, reputation
):
    review = queued(notebook, Review.FUNCTIONAL)
    for _ in range(4):
        click(bob, notebook, Click.RAN)
    click(charlie, notebook, Click.DOWNLOADED)
    click(alice, notebook, Click.RAN)  # the creator is never a candidate
    reputation(charlie, user_pct=100)

    recommend_reviewers()

    scores = dict(
        RecommendedReviewer.objects.filter(review=review).values_list("user__username", "score")
    )
    assert scores == {"bob": pytest.approx(0.5), "charlie": pytest.approx((0.25 + 1) / 2)}


def test_technical_candidates_know_similar_notebooks_and_rare_packages(
    notebook, publish, queued, alice, bob, charlie, reputation
):
    """Python packages: pandas in 4 notebooks (the most), scipy in 2, so rarity
    pandas 0.0001 and scipy 0.5 (total 0.5001). bob imports pandas twice and
    scipy once: (2·0.0001 + 0.5) / 0.5001. charlie imports pandas once
    (0.0001 / 0.5001) and wrote a notebook similar to this one (+1)."""
    from nbgallery.recommendations.models import SimilarNotebook
    from nbgallery.search.models import SearchPackage

    review = queued(notebook, Review.TECHNICAL)
    bob_one, bob_two = publish(bob, title="B1"), publish(bob, title="B2")
    charlie_one = publish(charlie, title="C1")
    for owner_notebook, names in [
        (notebook, ["pandas", "scipy"]),
        (bob_one, ["pandas"]),
        (bob_two, ["pandas", "scipy"]),
        (charlie_one, ["pandas"]),
    ]:
        SearchPackage.objects.filter(notebook=owner_notebook).delete()
        SearchPackage.objects.bulk_create(
            [SearchPackage(notebook=owner_notebook, name=name) for name in names]
        )
    SimilarNotebook.objects.create(notebook=notebook, other=charlie_one, score=0.9)
    reputation(alice, author_pct=99)  # the creator is never a candidate
    reputation(bob, author_pct=40)
    reputation(charlie, author_pct=45)

    recommend_reviewers()

    scores = dict(
        RecommendedReviewer.objects.filter(review=review).values_list("user__username", "score")
    )
    assert scores == {
        "bob": pytest.approx((2 * 0.0001 + 0.5) / 0.5001),
        "charlie": pytest.approx(1 + 0.0001 / 0.5001),
    }
    reputation(bob, author_pct=39)  # below 40: no longer a candidate
    recommend_reviewers()
    assert set(
        RecommendedReviewer.objects.filter(review=review).values_list("user__username", flat=True)
    ) == {"charlie"}


def test_an_editor_adds_a_reviewer_who_is_emailed_and_kept_at_night(
    notebook, queued, alice_client, charlie, django_capture_on_commit_callbacks
):
    review = queued(notebook, Review.COMPLIANCE)
    url = reverse("review_reviewer_add", args=[review.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(url, {"username": "charlie"}, follow=True)

    assert "Charlie Outsider is recommended." in response.content.decode()
    assert [m.to for m in mail.outbox] == [["charlie@example.org"]]
    recommend_reviewers()
    assert RecommendedReviewer.objects.get(review=review).user == charlie


def test_a_reader_cannot_add_reviewers(notebook, queued, charlie_client):
    review = queued(notebook)

    response = charlie_client.post(
        reverse("review_reviewer_add", args=[review.pk]), {"username": "charlie"}
    )

    assert response.status_code == 403
    assert not RecommendedReviewer.objects.exists()
