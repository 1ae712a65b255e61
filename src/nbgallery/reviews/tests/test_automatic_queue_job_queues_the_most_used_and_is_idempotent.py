"""The nightly queue: the most used notebooks get reviews, once; it prunes only its own."""

import pytest

from nbgallery.jobs.registry import all_jobs
from nbgallery.reviews import services
from nbgallery.reviews.models import Review
from nbgallery.reviews.queue import generate_queue
from nbgallery.usage.models import Click

pytestmark = pytest.mark.django_db


@pytest.fixture
def used(publish, alice, bob, charlie, click):
    popular = publish(alice, title="Popular")
    quiet = publish(alice, title="Quiet")
    for person in (bob, charlie):
        for days_ago in range(3):
            click(person, popular, Click.RAN, days_ago=days_ago)
    click(bob, quiet, Click.DOWNLOADED, days_ago=100)  # outside the 90 days
    return popular, quiet


def test_the_most_used_notebook_is_queued_once_per_type(used, settings):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical", "functional": "Functional"}
    popular, quiet = used

    assert generate_queue() == 2
    assert generate_queue() == 0  # a second run changes nothing

    reviews = Review.objects.filter(notebook=popular)
    assert sorted(reviews.values_list("revtype", flat=True)) == ["functional", "technical"]
    assert all(review.automatic and review.status == Review.QUEUED for review in reviews)
    assert "Automatically nominated based on usage (#1)" in reviews.first().comment
    assert not Review.objects.filter(notebook=quiet).exists()


def test_pruning_removes_automatic_reviews_that_fell_out_but_keeps_manual_ones(
    used, publish, alice, admin_user, settings
):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical"}
    popular, quiet = used
    (manual,) = services.propose_reviews(admin_user, quiet, ["technical"])
    stale = publish(alice, title="Stale")
    services.propose_reviews(admin_user, stale, ["technical"], automatic=True)

    generate_queue()

    assert Review.objects.filter(pk=manual.pk).exists()
    assert not Review.objects.filter(notebook=stale).exists()
    assert Review.objects.filter(notebook=popular, automatic=True).count() == 1


def test_the_jobs_are_declared_nightly():
    jobs = all_jobs()

    assert jobs["reviews"].schedule == "nightly"
    assert jobs["user_summaries"].schedule == "nightly"


def test_a_user_back_on_nine_days_puts_the_notebook_on_the_repeat_list(
    publish, alice, bob, click, settings
):
    settings.NBGALLERY_REVIEW_TYPES = {"technical": "Technical"}
    loyal = publish(alice, title="Loyal")
    once = publish(alice, title="Once")
    for days_ago in range(9):
        click(bob, loyal, Click.EXECUTED, days_ago=days_ago)
    for _ in range(9):
        click(bob, once, Click.EXECUTED)  # nine clicks, but on one day

    generate_queue()

    # Two public notebooks: the top list has min(50, 2 // 20 + 1) = 1 place.
    # Both are equally used, also by a focused user; only "Loyal" is on the third list.
    comments = dict(Review.objects.values_list("notebook__title", "comment"))
    assert list(comments) == ["Loyal"]
    assert comments["Loyal"].endswith("most repeat users.")
