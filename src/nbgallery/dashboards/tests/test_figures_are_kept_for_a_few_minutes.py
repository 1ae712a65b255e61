"""Figures are counted once and kept a few minutes; with the setting at 0 every load counts."""

import pytest

from .conftest import headline, page, run_jobs


@pytest.mark.django_db
def test_a_reload_shows_the_kept_figures_until_they_expire(admin_client, publish, alice, settings):
    page(admin_client, "dashboard_trendiness")
    publish(alice, title="Fresh")  # trending at once
    run_jobs("notebook_dailies")

    kept = headline(page(admin_client, "dashboard_trendiness"))
    settings.NBGALLERY_DASHBOARD_CACHE_SECONDS = 0
    counted = headline(page(admin_client, "dashboard_trendiness"))

    assert kept["Trending notebooks (trendiness above 0)"] == "0"
    assert counted["Trending notebooks (trendiness above 0)"] == "1"
