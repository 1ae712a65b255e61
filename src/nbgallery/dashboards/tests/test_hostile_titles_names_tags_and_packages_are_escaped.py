"""Whatever users wrote (titles, names, group names, tags, package names) is shown as text."""

import pytest

from nbgallery.notebooks.models import NotebookTag, Tag
from nbgallery.search.indexing import index_notebook
from nbgallery.search.models import SearchPackage

from .conftest import DASHBOARDS, click, code_cell, execute, page, run_jobs

TITLE = '<img src=x onerror=alert("title-{}")>'  # a title may not contain a slash
NAME = '<script>alert("name")</script>'
GROUP = '<img src=x onerror=alert("group")>'
# Tags and packages cannot be written like this through the upload form or the
# import extractor, but rows from an import or a plugin could be.
TAG = '<img src=x onerror=alert("tag")>'
PACKAGE = '<svg onload=alert("package")>'
RAW = ["<script>alert(", "<img src=x", "<svg onload"]


@pytest.fixture
def hostile(publish, alice, bob, charlie, team):
    alice.first_name, alice.last_name = NAME, ""
    alice.save()
    team.name = GROUP
    team.save()
    words = "# revenue forecast quarterly regression\nforecast = 1"
    notebooks = [
        publish(team, alice, title=TITLE.format(n), cells=[code_cell(words)]) for n in (1, 2)
    ]
    tag = Tag.objects.create(name=TAG)
    for notebook in notebooks:
        index_notebook(notebook.pk)
        NotebookTag.objects.create(notebook=notebook, tag=tag)
        SearchPackage.objects.create(notebook=notebook, name=PACKAGE)
        for user in (alice, bob, charlie):
            click(user, notebook, "executed notebook")
        execute(bob, notebook, success=False)
    run_jobs(
        "notebook_health",
        "notebook_dailies",
        "notebook_similarity",
        "users_also_viewed",
        "user_similarity",
        "recommendations",
        "user_summaries",
    )
    return notebooks


@pytest.mark.parametrize("name", DASHBOARDS)
def test_nothing_hostile_reaches_the_page_as_markup(admin_client, hostile, name):
    response = page(admin_client, name)
    assert response.status_code == 200
    content = response.content.decode()
    for raw in RAW:
        assert raw not in content


def test_the_hostile_text_is_shown_escaped(admin_client, hostile):
    shown = {name: page(admin_client, name).content.decode() for name in DASHBOARDS}
    title = "&lt;img src=x onerror=alert(&quot;title-1&quot;)&gt;"
    for name in ("dashboard_health", "dashboard_trendiness", "dashboard_recommender"):
        assert title in shown[name], name
    assert "&lt;img src=x onerror=alert(&quot;title-" in shown["dashboard_similarity"]
    assert "&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;" in shown["dashboard_reputation"]
    assert "&lt;img src=x onerror=alert(&quot;group&quot;)&gt;" in shown["dashboard_recommender"]
    assert "&lt;img src=x onerror=alert(&quot;tag&quot;)&gt;" in shown["dashboard_recommender"]
    assert "&lt;svg onload=alert(&quot;package&quot;)&gt;" in shown["dashboard_packages"]
