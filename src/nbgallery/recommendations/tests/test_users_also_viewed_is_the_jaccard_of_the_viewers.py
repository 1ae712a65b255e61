"""Users also viewed: |viewers of both| / |viewers of either|."""

import pytest

from nbgallery.recommendations.models import AlsoViewed
from nbgallery.recommendations.tests.conftest import click, run_jobs
from nbgallery.usage.models import Click


def test_jaccard_of_the_sets_of_viewers(write, admin_user, alice, bob, charlie):
    first = write(admin_user, "First")
    second = write(admin_user, "Second")
    third = write(admin_user, "Third")
    Click.objects.all().delete()  # the admin's "created notebook": only the views below count
    for user in (alice, bob):
        click(user, first)
        click(user, second)
    click(alice, third)
    click(charlie, third)

    run_jobs()

    def score(a, b):
        return AlsoViewed.objects.get(notebook=a, other=b).score

    assert score(first, second) == pytest.approx(1.0)
    assert score(first, third) == pytest.approx(1 / 3)  # {alice} of {alice, bob, charlie}
    assert score(third, first) == pytest.approx(1 / 3)
