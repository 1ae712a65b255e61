"""The notebook page links to its metrics with the health badge, and lists cell health."""

import json

from nbgallery.health.compute import compute_health

from .conftest import current_cells, run


def test_the_page_shows_the_badge_and_each_cells_health(two_step, alice, bob, bob_client):
    first, second = current_cells(two_step)
    for user in (alice, bob):
        run(user, two_step, first)
        run(user, two_step, second)
    compute_health()

    page = bob_client.get(two_step.get_absolute_url()).content.decode()

    assert f'href="/notebooks/{two_step.uuid}/metrics/"' in page
    assert "notebook-health notebook-healthy" in page
    data = page.split('id="cell-health-data" type="application/json">')[1].split("</script>")[0]
    badges = json.loads(data)
    assert [(b["index"], b["status"]) for b in badges] == [(1, "healthy"), (2, "healthy")]
    assert badges[0]["url"] == f"/notebooks/{two_step.uuid}/cells/1/"


def test_before_any_runs_there_is_no_cell_health_section(two_step, bob_client):
    page = bob_client.get(two_step.get_absolute_url()).content.decode()

    assert "Cell health" not in page
    assert "Metrics" in page
