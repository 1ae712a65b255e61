"""Fixtures and helpers for the dashboard tests.

* ``publish`` (and ``isolated_storage``, ``team``): notebooks through the real services.
* ``run_jobs(*names)``: runs those scheduled jobs now, as ``nbgallery jobs run`` does.
* ``click(user, notebook, action)``, ``execute(user, notebook, success=True)``: usage.
* ``page(client, name)``: GET a dashboard by url name, returning the response.
* ``headline(response)``: the headline figures shown, label → value.
* ``table_row(label, *values)``: a row of a chart's table, as rendered.
* ``DASHBOARDS``: every dashboard's url name.
"""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse

from nbgallery.health.tests.conftest import current_cells, run
from nbgallery.jobs.runner import run_job
from nbgallery.jupyter.models import Execution
from nbgallery.notebooks.tests.conftest import (  # noqa: F401 (fixtures)
    code_cell,
    isolated_storage,
    markdown_cell,
    publish,
    team,
)
from nbgallery.usage.models import Click

DASHBOARDS = [
    "dashboards",
    "dashboard_health",
    "dashboard_trendiness",
    "dashboard_recommender",
    "dashboard_similarity",
    "dashboard_reputation",
    "dashboard_packages",
]


def run_jobs(*names: str) -> None:
    for name in names:
        run_job(name)


def click(user: Any, notebook: Any, action: str = Click.VIEWED) -> Click:
    return Click.objects.create(user=user, notebook=notebook, action=action)


def execute(user: Any, notebook: Any, *, success: bool = True, cell: int = 0) -> Execution:
    """One run of the notebook's ``cell``-th code cell by ``user``, now."""
    return run(user, notebook, current_cells(notebook)[cell], success=success)


def page(client: Any, name: str, query: str = "") -> Any:
    return client.get(reverse(name) + query)


_FIGURE = re.compile(
    r'<div class="figure-value">(.*?)</div><div class="small text-body-secondary">(.*?)</div>'
)


def headline(response: Any) -> dict[str, str]:
    """The page's headline figures as shown: label → value."""
    return {label: value for value, label in _FIGURE.findall(response.content.decode())}


def table_row(label: str, *values: Any) -> str:
    """A row of a figure's table as rendered, e.g. ``table_row("0.9–1", 1)``."""
    cells = "".join(f"<td>{value}</td>" for value in values)
    return f'<tr><th scope="row">{label}</th>{cells}</tr>'
