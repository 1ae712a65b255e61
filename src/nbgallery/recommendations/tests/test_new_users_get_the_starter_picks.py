"""Users with little or no activity get trusted notebooks, or the most starred ones."""

from nbgallery.notebooks.models import Star
from nbgallery.recommendations.models import Recommendation
from nbgallery.recommendations.tests.conftest import reasons, run_jobs


def test_a_user_with_no_activity_gets_the_trusted_notebooks(write, alice, charlie):
    write(alice, "Getting started", trusted=True)

    run_jobs()

    assert reasons(charlie)["Getting started"] == {Recommendation.NEW_USERS}


def test_without_trusted_notebooks_the_most_starred_are_picked(write, alice, bob, charlie):
    liked = write(alice, "Well liked")
    Star.objects.create(user=bob, notebook=liked)

    run_jobs()

    assert Recommendation.NEW_USERS in reasons(charlie)["Well liked"]
    assert "Well liked" not in reasons(bob)  # starred already
