from datetime import UTC, datetime, timedelta

import pytest

from nbgallery.notebooks.models import Notebook, Star
from nbgallery.search.services import SORTS
from nbgallery.search.tests.conftest import titles
from nbgallery.usage.models import Click, NotebookSummary, record_click
from nbgallery.usage.summaries import compute_notebook_summaries

pytestmark = pytest.mark.django_db


@pytest.fixture
def notebooks(alice, bob, charlie, publish):
    made = {name: publish(alice, title=name, description="shared words") for name in "CAB"}
    base = datetime(2024, 1, 1, tzinfo=UTC)
    for offset, name in enumerate("ABC"):  # created A, B, C; updated C, B, A
        Notebook.objects.filter(pk=made[name].pk).update(
            created_at=base + timedelta(days=offset), updated_at=base + timedelta(days=10 - offset)
        )
    Star.objects.create(notebook=made["B"], user=bob)
    Star.objects.create(notebook=made["B"], user=charlie)
    Star.objects.create(notebook=made["C"], user=bob)
    for _ in range(3):
        record_click(bob, made["A"], Click.VIEWED)
    record_click(bob, made["C"], Click.RAN)
    record_click(bob, made["A"], Click.DOWNLOADED)
    record_click(bob, made["C"], Click.DOWNLOADED)
    record_click(bob, made["C"], Click.DOWNLOADED)
    compute_notebook_summaries(lambda done, total: None)  # the hourly job
    # Trendiness as the nightly job stores it (usage/dailies.py computes it).
    for name, trendiness in {"A": 0.5, "B": 0.2, "C": 0.9}.items():
        NotebookSummary.objects.filter(notebook=made[name]).update(trendiness=trendiness)
    return made


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("created", ["C", "B", "A"]),
        ("updated", ["A", "B", "C"]),
        ("title", ["A", "B", "C"]),
        ("stars", ["B", "C", "A"]),
        ("views", ["A", "B", "C"]),  # B and C tie on views: the newest (B) first
        ("runs", ["C", "B", "A"]),
        ("downloads", ["C", "A", "B"]),
        ("trending", ["C", "A", "B"]),
        ("health", ["B", "A", "C"]),  # no health scores yet: the newest first
    ],
)
def test_each_sort(notebooks, charlie, search, sort, expected):
    for text in ["", "shared words"]:
        results = search(charlie, text, sort=sort)
        assert results.sort == sort
        assert titles(results) == expected


def test_relevance_is_the_default_with_text_and_trending_without(notebooks, charlie, search):
    assert search(charlie, "words").sort == "relevance"
    assert search(charlie, "").sort == "trending"
    assert search(charlie, "", sort="relevance").sort == "trending"
    assert search(charlie, "words", sort="bogus").sort == "relevance"


def test_relevance_ties_go_to_popularity_then_recency(notebooks, charlie, search):
    # Same text everywhere: B has the most stars, then C; A is the most recently updated.
    assert titles(search(charlie, "shared")) == ["B", "C", "A"]


def test_every_sort_has_a_label():
    assert set(SORTS) == {
        "relevance", "trending", "created", "updated", "title",
        "views", "stars", "runs", "downloads", "health",
    }  # fmt: skip


def test_popularity_sorts_put_notebooks_never_used_last(notebooks, charlie, search):
    NotebookSummary.objects.filter(notebook=notebooks["A"]).delete()  # as if no summary yet
    for sort in ("trending", "views", "stars", "runs", "downloads"):
        assert titles(search(charlie, "shared words", sort=sort))[-1] == "A", sort


def test_health_puts_the_healthiest_first_and_the_unscored_last(notebooks, charlie, search):
    from django.utils import timezone

    from nbgallery.health.models import NotebookHealth

    now = timezone.now()
    NotebookHealth.objects.create(notebook=notebooks["C"], score=0.9, computed_at=now)
    NotebookHealth.objects.create(notebook=notebooks["B"], score=0.2, computed_at=now)
    assert titles(search(charlie, "", sort="health")) == ["C", "B", "A"]
