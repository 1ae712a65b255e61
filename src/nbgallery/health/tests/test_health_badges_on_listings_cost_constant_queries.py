"""Listing rows show health badges, loaded once per page, not once per row."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from nbgallery.health.compute import compute_health

from .conftest import TWO_CODE_CELLS, current_cells, run


def publish_many(publish, alice, start, count):
    made = []
    for n in range(start, start + count):
        notebook = publish(alice, title=f"Notebook {n}", cells=TWO_CODE_CELLS)
        for cell in current_cells(notebook):
            run(alice, notebook, cell, success=n % 2 == 0)
        made.append(notebook)
    return made


def test_badges_appear_and_queries_stay_flat(publish, alice, bob_client, settings):
    settings.NBGALLERY_NOTEBOOKS_PER_PAGE = 20
    publish_many(publish, alice, 0, 2)
    compute_health()
    with CaptureQueriesContext(connection) as small:
        bob_client.get("/")

    publish_many(publish, alice, 2, 10)
    compute_health()
    with CaptureQueriesContext(connection) as big:
        page = bob_client.get("/").content.decode()

    assert len(big.captured_queries) <= len(small.captured_queries)
    assert page.count("notebook-health notebook-healthy") == 6
    assert page.count("notebook-health notebook-unhealthy") == 6


def test_search_results_show_the_badges_too(
    publish, alice, bob_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # indexes the notebook
        publish_many(publish, alice, 0, 1)
    compute_health()

    page = bob_client.get("/search/", {"q": "Notebook"}).content.decode()

    assert "notebook-health notebook-healthy" in page
