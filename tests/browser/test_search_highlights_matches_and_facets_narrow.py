"""Search in a real browser: type a query, see the matches highlighted, click a
facet beside the results and see them narrow; a private notebook never shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from nbgallery.notebooks.tests.conftest import publish_notebook


@pytest.fixture
def notebooks(alice, bob, settings, tmp_path):
    # The live server runs in this process: it sees these settings too.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    # A transactional database: publishing commits, so the index is updated.
    publish_notebook(alice, title="Coral survey", description="Counting the reef.", tags="coral")
    publish_notebook(bob, title="Fish census", description="Fish of the reef.", tags="fish")
    publish_notebook(
        alice, title="Secret reef map", description="The reef, privately.", public=False
    )


@pytest.mark.browser
def test_type_a_query_see_highlights_and_narrow_by_a_facet(
    page: Page, notebooks, charlie, sign_in_as
):
    sign_in_as(charlie)
    page.goto("/search/")
    page.get_by_label("Search for").fill("reef")
    page.get_by_role("button", name="Search").click()

    results = page.locator(".search-results .search-hit")
    expect(results).to_have_count(2)
    expect(page.locator("#results-total")).to_have_text("2 notebooks match")
    expect(page.locator(".search-snippet mark").first).to_have_text("reef")
    expect(page.get_by_text("Secret reef map")).to_have_count(0)

    facets = page.get_by_role("complementary")
    facets.get_by_role("link", name="coral").click()

    expect(results).to_have_count(1)
    expect(results.get_by_role("link", name="Coral survey")).to_be_visible()
    expect(page.get_by_label("Search for")).to_have_value("reef tag:coral")
    expect(page.get_by_role("link", name="tag:coral (remove this filter)")).to_be_visible()
