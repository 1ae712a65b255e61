from datetime import UTC, datetime, timedelta

import pytest

from nbgallery.notebooks.models import Notebook, Star
from nbgallery.search.services import SORTS
from nbgallery.search.tests.conftest import titles
from nbgallery.usage.models import Click, record_click

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
    return made


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("created", ["C", "B", "A"]),
        ("updated", ["A", "B", "C"]),
        ("title", ["A", "B", "C"]),
        ("stars", ["B", "C", "A"]),
        ("views", ["A", "B", "C"]),  # B and C tie on views: B has more stars
        ("runs", ["C", "B", "A"]),
        ("downloads", ["C", "A", "B"]),
        ("trending", ["B", "C", "A"]),
        ("health", ["A", "B", "C"]),  # no health scores yet: as "updated"
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


def test_health_puts_the_healthiest_first_and_the_unscored_last(notebooks, charlie, search):
    from django.utils import timezone

    from nbgallery.health.models import NotebookHealth

    now = timezone.now()
    NotebookHealth.objects.create(notebook=notebooks["C"], score=0.9, computed_at=now)
    NotebookHealth.objects.create(notebook=notebooks["B"], score=0.2, computed_at=now)
    assert titles(search(charlie, "", sort="health")) == ["C", "B", "A"]
