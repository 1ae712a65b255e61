"""The jobs' fast writers (COPY / executemany, INSERT ... ON CONFLICT) store
dates, times, JSON and numbers exactly as the ORM would, on both databases."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from nbgallery.health.compute import NOTEBOOK_FIELDS
from nbgallery.health.models import NotebookHealth
from nbgallery.jobs.bulk import insert_rows, upsert_rows
from nbgallery.usage.models import NotebookDaily, NotebookSummary
from nbgallery.usage.summaries import COUNTS

pytestmark = pytest.mark.django_db


def test_inserted_rows_read_back_unchanged(alice, publish):
    notebook = publish(alice, title="Written in bulk", public=True)
    day = timezone.localdate() - timedelta(days=3)
    moment = timezone.now().replace(microsecond=123456)
    with transaction.atomic():
        insert_rows(
            NotebookDaily,
            ("notebook_id", "day", "unique_users", "unique_executors", "daily_score"),
            [(notebook.pk, day, 4, 2, 0.75)],
        )
        NotebookHealth.objects.filter(notebook=notebook).delete()
        badges = [[1, "healthy", "ran <b>5</b> times"]]
        values = {"notebook_id": notebook.pk, "cell_badges": badges, "computed_at": moment}
        values |= {"status": "healthy", "previous_status": "unknown", "description": ""}
        values |= {"content_sha256": notebook.content_sha256}
        row = tuple(values.get(name, 0) for name in NOTEBOOK_FIELDS)
        insert_rows(NotebookHealth, NOTEBOOK_FIELDS, [row])

    daily = NotebookDaily.objects.get(notebook=notebook)
    assert (daily.day, daily.unique_users, daily.unique_executors, daily.daily_score) == (
        day,
        4,
        2,
        0.75,
    )
    health = NotebookHealth.objects.get(notebook=notebook)
    assert health.cell_badges == [[1, "healthy", "ran <b>5</b> times"]]
    assert health.computed_at == moment
    assert NotebookDaily.objects.filter(day=day).count() == 1  # the ORM finds it by date


def test_upsert_updates_only_the_named_fields(alice, publish):
    notebook = publish(alice, title="Upserted", public=True)
    NotebookSummary.objects.update_or_create(notebook=notebook, defaults={"views": 9})
    fields = ("notebook_id", *COUNTS, "last_activity_at", "trendiness", "computed_at")
    counts = [3] + [0] * (len(COUNTS) - 1)  # views first
    moment = timezone.now()
    with transaction.atomic():
        upsert_rows(
            NotebookSummary,
            fields,
            ("notebook_id",),
            ("trendiness",),
            [(notebook.pk, 0, *counts[1:], None, 0.5, moment)],
        )
    summary = NotebookSummary.objects.get(notebook=notebook)
    assert (summary.views, summary.trendiness) == (9, 0.5)

    other = publish(alice, title="New row", public=True)
    NotebookSummary.objects.filter(notebook=other).delete()
    with transaction.atomic():
        upsert_rows(
            NotebookSummary,
            fields,
            ("notebook_id",),
            ("trendiness",),
            [(other.pk, *counts, None, 0.25, moment)],
        )
    created = NotebookSummary.objects.get(notebook=other)
    assert (created.views, created.trendiness, created.computed_at) == (3, 0.25, moment)
