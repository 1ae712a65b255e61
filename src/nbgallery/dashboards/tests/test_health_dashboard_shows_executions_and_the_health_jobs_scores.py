"""The health dashboard counts executions and shows what the health job computed."""

from django.urls import reverse

from nbgallery.health.models import HEALTHY, UNHEALTHY, NotebookHealth

from .conftest import code_cell, execute, headline, page, run_jobs, table_row

TWO_CELLS = [code_cell("a = 1"), code_cell("b = a + 1")]


def test_figures_match_the_executions_and_the_job(admin_client, publish, alice, bob, charlie):
    good = publish(alice, title="Runs fine", cells=TWO_CELLS)
    broken = publish(alice, title="Always breaks", cells=TWO_CELLS)
    for user in (alice, bob, charlie):
        execute(user, good, cell=0)
        execute(user, good, cell=1)
        execute(user, broken, cell=0, success=False)

    run_jobs("notebook_health")

    assert NotebookHealth.objects.get(notebook=good).status == HEALTHY
    assert NotebookHealth.objects.get(notebook=broken).status == UNHEALTHY
    response = page(admin_client, "dashboard_health")
    figures = headline(response)
    assert figures["Cell executions, all time"] == "9"
    assert figures["Failed, all time"] == "3"
    assert figures["Cell executions, last 30 days"] == "9"
    assert figures["Notebooks run, last 30 days"] == "2"
    assert figures["Code cells run, last 30 days"] == "3"
    assert figures["People who ran cells, last 30 days"] == "3"
    assert figures["Healthy notebooks"] == "1"
    assert figures["Unhealthy notebooks"] == "1"
    content = response.content.decode()
    assert "Not enough data yet" not in content
    # Charts: executions by day and by cell position, and the score histogram.
    assert 'id="executions-by-day-title"' in content
    assert table_row("0", 3, 3) in content  # cell position 0 of both: 3 passed, 3 failed
    assert table_row("1", 3, 0) in content
    assert table_row("0–0.1", 1) in content  # the broken notebook scores 0
    # The least healthy notebook comes first, linked to its page and its metrics.
    least = content.index("Least healthy notebooks")
    assert content.index("Always breaks", least) < content.index("Runs fine", least)
    assert reverse("notebook_metrics", args=[broken.uuid]) in content
    failed = content[content.index("Recently failed notebooks") :]
    assert "Always breaks" in failed and "Runs fine" not in failed
