"""The nightly jobs finish, doing nothing, on an empty gallery, and cope with deleted users."""

import pytest

from nbgallery.jobs.registry import all_jobs
from nbgallery.reviews import services
from nbgallery.reviews.models import RecommendedReviewer, Review, UserSummary
from nbgallery.usage.models import Click

pytestmark = pytest.mark.django_db

OUR_JOBS = ["reviews", "user_summaries"]


def run(name):
    calls = []
    all_jobs()[name].run(lambda done, total: calls.append((done, total)))
    return calls


def test_empty_database():
    for name in OUR_JOBS:
        calls = run(name)
        assert calls and calls[-1][0] == calls[-1][1]
    assert not Review.objects.exists()
    assert not UserSummary.objects.exists()


def test_deleted_users_and_notebooks(publish, alice, bob, charlie, click, reputation, settings):
    settings.NBGALLERY_REVIEW_TYPES = {"functional": "Functional"}
    notebook = publish(alice, title="Used")
    gone = publish(alice, title="Gone")
    for person in (bob, charlie):
        click(person, notebook, Click.RAN)
        click(person, gone, Click.RAN)
    reputation(bob, user_pct=90)
    run("user_summaries")
    run("reviews")
    assert RecommendedReviewer.objects.filter(user=bob).exists()

    bob.delete()  # his clicks stay, without a user
    gone.delete()
    for name in OUR_JOBS:
        run(name)

    assert not UserSummary.objects.filter(user_id=bob.pk).exists()
    assert Review.objects.filter(notebook=notebook).exists()
    assert services.recompute_flags(notebook) is None
