from datetime import UTC, datetime

import pytest

from nbgallery.notebooks.models import Notebook
from nbgallery.search.tests.conftest import titles

pytestmark = pytest.mark.django_db


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00:00").replace(tzinfo=UTC)


@pytest.fixture
def notebooks(alice, publish):
    for title, created, updated in [
        ("Old", "2020-01-15", "2021-06-01"),
        ("Middle", "2022-03-10", "2022-03-10"),
        ("New", "2024-07-01", "2024-08-01"),
    ]:
        notebook = publish(alice, title=title, description="dated")
        Notebook.objects.filter(pk=notebook.pk).update(
            created_at=at(created), updated_at=at(updated)
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("created:>2022-03-10", ["New"]),
        ("created:>=2022-03-10", ["Middle", "New"]),
        ("created:<2022-03-10", ["Old"]),
        ("created:<=2022-03-10", ["Middle", "Old"]),
        ("created:2022-03-10", ["Middle"]),
        ("updated:>2021-01-01 updated:<2023-01-01", ["Middle", "Old"]),
        ("dated created:>2023-12-31", ["New"]),
    ],
)
def test_date_filters(notebooks, charlie, search, text, expected):
    results = search(charlie, text)
    assert results.notice == ""
    assert sorted(titles(results)) == expected
