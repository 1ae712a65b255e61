"""Reputation (reference §5.8) on a small gallery worked out by hand.

alice publishes two public Python notebooks and a private R one; bob views
both public ones, runs and executes the first, leaves feedback and a comment;
charlie views the first; the admin saves a new version of alice's notebook and
approves a technical and a functional review of it.

user_rep_raw = views + 5·feedbacks + 5·comments + 10·runs + 20·executes + 50·functional
  bob 2 + 5 + 5 + 10 + 20 = 42, charlie 1, admin 50, alice 0
author_rep_raw = users + health + 10·create_public + 5·edit_other + 10·langs + 10·technical
  alice 3 + 0 + 20 + 0 + 20 + 0 = 43 (her users: bob, charlie, and the admin, whose
  new version logged "edited notebook"), admin 5 + 10 = 15, bob and charlie 0
Percentiles among positive scores, "at or below": users [1, 42, 50] → charlie
33.3, bob 66.7, admin 100; authors [15, 43] → admin 50, alice 100.
"""

import pytest

from nbgallery.notebooks.tests.conftest import markdown_cell
from nbgallery.reviews import services
from nbgallery.reviews.models import Review, UserSummary
from nbgallery.reviews.reputation import compute_reputation
from nbgallery.social.models import Comment, Feedback
from nbgallery.usage.models import Click

pytestmark = pytest.mark.django_db


def test_scores_and_percentiles(
    publish, new_version, alice, bob, charlie, admin_user, click, settings
):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical", "functional": "Functional"}
    first = publish(alice, title="First")
    second = publish(alice, title="Second")
    publish(alice, title="Third", public=False, language="r")
    for notebook in (first, second):
        click(bob, notebook, Click.VIEWED)
    click(bob, first, Click.VIEWED)  # the same notebook again counts once
    click(bob, first, Click.RAN)
    click(bob, first, Click.EXECUTED)
    click(bob, first, Click.EXECUTED)
    click(charlie, first, Click.VIEWED)
    click(bob, first, Click.VIEWED, days_ago=400)  # outside the year
    Feedback.objects.create(notebook=first, user=bob, ran=True, worked=True)
    Comment.objects.create(notebook=first, user=bob, body="Nice.")
    new_version(first, admin_user, cells=[markdown_cell("# tidied")])
    for revtype in (Review.TECHNICAL, Review.FUNCTIONAL):
        (review,) = services.propose_reviews(admin_user, first, [revtype])
        services.approve_review(admin_user, services.claim_review(admin_user, review))

    assert compute_reputation() == 4

    scores = {
        summary.user.username: (
            summary.user_rep_raw,
            round(summary.user_rep_pct, 1),
            summary.author_rep_raw,
            round(summary.author_rep_pct, 1),
        )
        for summary in UserSummary.objects.select_related("user")
    }
    assert scores == {
        "alice": (0, 0, 43, 100),
        "bob": (42, 66.7, 0, 0),
        "charlie": (1, 33.3, 0, 0),
        "root": (50, 100, 15, 50),
    }
    assert UserSummary.objects.get(user=bob).counts["executes"] == 1


def test_running_it_again_gives_the_same_rows(publish, alice, bob, click):
    notebook = publish(alice, title="First")
    click(bob, notebook, Click.VIEWED)

    compute_reputation()
    first = list(UserSummary.objects.values_list("user", "user_rep_raw", "author_rep_pct"))
    compute_reputation()

    assert list(UserSummary.objects.values_list("user", "user_rep_raw", "author_rep_pct")) == first
