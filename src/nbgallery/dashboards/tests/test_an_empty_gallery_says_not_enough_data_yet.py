"""Before any job has run, every dashboard renders and says there is not enough data yet."""

import pytest

from .conftest import DASHBOARDS, page


@pytest.mark.django_db
@pytest.mark.parametrize("name", [name for name in DASHBOARDS if name != "dashboards"])
def test_each_dashboard_says_not_enough_data_yet(admin_client, name):
    response = page(admin_client, name)
    assert response.status_code == 200
    assert "Not enough data yet" in response.content.decode()
    # No chart is drawn from nothing.
    assert b'<svg class="health-chart-svg"' not in response.content


@pytest.mark.django_db
def test_the_index_marks_every_dashboard_without_data(admin_client):
    content = page(admin_client, "dashboards").content.decode()
    assert content.count("not enough data yet") == 6
