"""The metrics page: readers only, charts of executions, "not enough data yet" without any."""

from nbgallery.health.compute import compute_health

from .conftest import current_cells, run


def test_an_outsider_gets_a_404_for_a_private_notebook(publish, alice, charlie_client, client):
    private = publish(alice, title="Secret", public=False)

    assert charlie_client.get(f"/notebooks/{private.uuid}/metrics/").status_code == 404
    assert client.get(f"/notebooks/{private.uuid}/metrics/").status_code == 404


def test_without_executions_the_page_says_not_enough_data(two_step, bob_client):
    response = bob_client.get(f"/notebooks/{two_step.uuid}/metrics/")

    assert response.status_code == 200
    assert "Not enough data yet" in response.content.decode()


def test_with_executions_the_page_draws_charts_and_the_health_table(two_step, alice, bob_client):
    first, second = current_cells(two_step)
    run(alice, two_step, first, runtime=2.0)
    run(alice, two_step, second, success=False, days_ago=3)
    compute_health()

    page = bob_client.get(f"/notebooks/{two_step.uuid}/metrics/").content.decode()

    assert page.count('<svg class="health-chart-svg"') == 3
    assert '<title id="chart-by-day-title">Executions by day</title>' in page
    assert "Average runtime by cell" in page
    assert "Unhealthy" in page
    assert f"/notebooks/{two_step.uuid}/cells/2/" in page
