"""The trendiness dashboard shows the job's trendiness: its spread and the top notebooks."""

from datetime import timedelta

import pytest
from django.utils import timezone

from nbgallery.notebooks.models import Notebook
from nbgallery.usage.models import Click, NotebookSummary
from nbgallery.usage.tests.conftest import at, days_ago

from .conftest import click, headline, page, run_jobs, table_row


def two_and_a_half_months_old(*notebooks):
    when = timezone.now() - timedelta(days=76)
    Notebook.objects.filter(pk__in=[n.pk for n in notebooks]).update(
        created_at=when, content_updated_at=when
    )


def used_yesterday(user, notebook):
    made = click(user, notebook, Click.VIEWED)
    Click.objects.filter(pk=made.pk).update(created_at=at(days_ago(1)))


def test_the_top_list_and_histogram_follow_the_job(admin_client, publish, alice, bob, charlie):
    busy = publish(alice, title="Busy notebook")
    quiet = publish(alice, title="Quiet notebook")
    unused = publish(alice, title="Unused notebook")
    two_and_a_half_months_old(busy, quiet, unused)
    for user in (alice, bob, charlie):
        used_yesterday(user, busy)
    used_yesterday(bob, quiet)

    run_jobs("notebook_dailies")

    trend = dict(NotebookSummary.objects.values_list("notebook__title", "trendiness"))
    # Two and a half months old: 12.5 % off the best day (1.0, and ln 2 / ln 4 = 0.5).
    assert trend["Busy notebook"] == pytest.approx(0.875, abs=0.01)
    assert trend["Quiet notebook"] == pytest.approx(0.4375, abs=0.01)
    assert trend["Unused notebook"] == 0
    response = page(admin_client, "dashboard_trendiness")
    assert headline(response)["Trending notebooks (trendiness above 0)"] == "2"
    assert headline(response)["Last day computed"] != "never"
    content = response.content.decode()
    top = content[content.index("The most trending notebooks") :]
    assert top.index("Busy notebook") < top.index("Quiet notebook")
    assert "Unused notebook" not in content
    assert f"{trend['Busy notebook']:.3f}" in top
    assert busy.get_absolute_url() in top
    assert table_row("0.8–0.9", 1) in content
    assert table_row("0.4–0.5", 1) in content
