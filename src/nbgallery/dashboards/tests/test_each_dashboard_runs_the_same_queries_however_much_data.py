"""A dashboard's query count does not grow with the gallery: it aggregates and cuts in SQL."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from nbgallery.search.indexing import index_notebook

from .conftest import DASHBOARDS, click, code_cell, execute, page, run_jobs

JOBS = [
    "notebook_health",
    "notebook_dailies",
    "notebook_similarity",
    "users_also_viewed",
    "user_similarity",
    "recommendations",
    "user_summaries",
]


def queries(client, name):
    cache.clear()  # the figures, not the cache, are what is measured
    with CaptureQueriesContext(connection) as captured:
        assert page(client, name).status_code == 200
    return len(captured)


def add_notebooks(publish, team, users, first, count):
    for n in range(first, first + count):
        code = f"import pandas\nimport numpy\n# forecast revenue {n}\nvalue = {n}"
        notebook = publish(team, users[0], title=f"Notebook {n}", cells=[code_cell(code)])
        notebook.tags.create(name=f"tag-{n}")
        index_notebook(notebook.pk)
        for user in users:
            click(user, notebook)
            execute(user, notebook, success=n % 2 == 0)


@pytest.mark.parametrize("name", DASHBOARDS)
def test_more_data_costs_no_more_queries(admin_client, publish, team, alice, bob, charlie, name):
    users = [alice, bob, charlie]
    add_notebooks(publish, team, users, 0, 2)
    run_jobs(*JOBS)
    page(admin_client, name)  # warm up the session and the site's caches
    few = queries(admin_client, name)

    add_notebooks(publish, team, users, 2, 6)
    run_jobs(*JOBS)

    assert queries(admin_client, name) == few
