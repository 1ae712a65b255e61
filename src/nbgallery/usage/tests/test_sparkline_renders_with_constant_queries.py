"""Listing rows draw a 30-day usage sparkline, loaded once per page, not once per row."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from nbgallery.usage.models import NotebookDaily

from .conftest import days_ago


def publish_used(publish, alice, start, count):
    for n in range(start, start + count):
        notebook = publish(alice, title=f"Notebook {n}")
        NotebookDaily.objects.create(notebook=notebook, day=days_ago(1), unique_users=n + 1)
        NotebookDaily.objects.create(notebook=notebook, day=days_ago(3), unique_users=1)


def test_sparklines_appear_and_queries_stay_flat(publish, alice, bob_client, settings):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 20
    publish_used(publish, alice, 0, 2)
    with CaptureQueriesContext(connection) as small:
        bob_client.get("/")

    publish_used(publish, alice, 2, 10)
    with CaptureQueriesContext(connection) as big:
        page = bob_client.get("/").content.decode()

    assert len(big.captured_queries) <= len(small.captured_queries)
    assert page.count('class="usage-sparkline') == 12
    assert "2 active days in 30" in page
    assert "<title>Use over the last 30 days</title>" in page


def test_unused_notebooks_have_no_sparkline(publish, alice, bob_client):
    publish(alice, title="Quiet")

    page = bob_client.get("/").content.decode()

    assert "Quiet" in page
    assert "usage-sparkline" not in page
