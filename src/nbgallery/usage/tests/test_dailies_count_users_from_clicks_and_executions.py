"""Yesterday's dailies: users who clicked or ran each notebook, scored on a log scale."""

import math

import pytest
from django.utils import timezone

from nbgallery.usage.dailies import compute_notebook_dailies
from nbgallery.usage.models import Click, NotebookDaily

from .conftest import at, click, days_ago, ran_on


def noop(done, total):
    pass


def test_users_are_the_union_of_clickers_and_executors(publish, alice, bob, charlie):
    busy = publish(alice, title="Busy")
    light = publish(alice, title="Light")
    yesterday = days_ago(1)
    click(bob, busy, Click.VIEWED, at(yesterday, 9))
    click(bob, busy, Click.RAN, at(yesterday, 10))
    click(charlie, busy, Click.VIEWED, at(yesterday, 23))
    ran_on(bob, busy, yesterday)
    ran_on(alice, busy, yesterday)
    click(bob, light, Click.VIEWED, at(yesterday, 8))
    click(None, light, Click.VIEWED, at(yesterday, 8))  # anonymous: nobody to count
    click(charlie, light, Click.VIEWED, at(days_ago(0), 0))  # today: not yet

    compute_notebook_dailies(noop)

    rows = {row.notebook_id: row for row in NotebookDaily.objects.filter(day=yesterday)}
    assert (rows[busy.pk].unique_users, rows[busy.pk].unique_executors) == (3, 2)
    assert rows[busy.pk].daily_score == pytest.approx(1.0)
    assert (rows[light.pk].unique_users, rows[light.pk].unique_executors) == (1, 0)
    assert rows[light.pk].daily_score == pytest.approx(math.log(2) / math.log(4))


def test_missed_days_are_caught_up_and_a_rerun_gives_the_same_rows(publish, alice, bob):
    report = publish(alice)
    for back in (1, 2, 5):
        click(bob, report, Click.VIEWED, at(days_ago(back)))

    compute_notebook_dailies(noop)
    first = list(NotebookDaily.objects.values_list("notebook_id", "day", "unique_users"))
    compute_notebook_dailies(noop)
    again = list(NotebookDaily.objects.values_list("notebook_id", "day", "unique_users"))

    assert first == again
    assert [day for _, day, _ in first] == [days_ago(5), days_ago(2), days_ago(1)]


def test_clicks_of_deleted_users_still_count_for_their_day(publish, alice, bob, charlie):
    report = publish(alice)
    yesterday = days_ago(1)
    click(bob, report, Click.VIEWED, at(yesterday))
    click(charlie, report, Click.VIEWED, at(yesterday))
    charlie.delete()  # the click stays, without its user

    compute_notebook_dailies(noop, timezone.now())

    assert NotebookDaily.objects.get(notebook=report, day=yesterday).unique_users == 1


def test_each_missed_day_is_scored_against_its_own_busiest_notebook(publish, alice, bob, charlie):
    busy, quiet = publish(alice, title="Busy"), publish(alice, title="Quiet")
    two_days_ago, yesterday = days_ago(2), days_ago(1)
    for person in (alice, bob, charlie):
        click(person, busy, Click.VIEWED, at(two_days_ago, 12))
    click(bob, quiet, Click.VIEWED, at(two_days_ago, 23))  # the last hour of its day
    ran_on(charlie, quiet, yesterday)

    compute_notebook_dailies(noop)

    scores = {
        (row.notebook_id, row.day): (row.unique_users, row.unique_executors, row.daily_score)
        for row in NotebookDaily.objects.all()
    }
    assert scores[(busy.pk, two_days_ago)] == (3, 0, pytest.approx(1.0))
    assert scores[(quiet.pk, two_days_ago)] == (1, 0, pytest.approx(math.log(2) / math.log(4)))
    # Yesterday the quiet notebook was the only one used: it tops its own day.
    assert scores[(quiet.pk, yesterday)] == (1, 1, pytest.approx(1.0))
    assert (busy.pk, yesterday) not in scores
