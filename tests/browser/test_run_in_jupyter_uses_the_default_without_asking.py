"""With a default environment among several, Run in Jupyter goes straight there without
asking, and opens the notebook in that environment's interface.

The Jupyter servers are stand-ins answered by the browser (Playwright routes).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import Page, Route, expect

from nbgallery.notebooks.tests.conftest import isolated_storage, publish_notebook  # noqa: F401

OTHER = "http://127.0.0.1:9/"
DEFAULT = "http://127.0.0.1:10/base/"


@pytest.mark.browser
@pytest.mark.usefixtures("isolated_storage")
def test_the_default_is_used_without_asking(page: Page, live_server, alice, sign_in_as):
    from nbgallery.jupyter.models import Environment

    notebook = publish_notebook(alice, title="Sales report")
    Environment.objects.create(user=alice, name="other", url=OTHER, user_interface="lab")
    Environment.objects.create(
        user=alice, name="old-one", url=DEFAULT, user_interface="classic", default=True
    )
    posted: list[str] = []

    def jupyter(route: Route) -> None:
        cors = {
            "Access-Control-Allow-Origin": live_server.url,
            "Access-Control-Allow-Credentials": "true",
        }
        if route.request.method == "POST":
            posted.append(route.request.url)
            route.fulfill(status=201, headers=cors, json={})
        elif "/api/contents/" in route.request.url:
            route.fulfill(status=404, headers=cors, json={})
        else:
            route.fulfill(status=200, content_type="text/html", body="<title>Jupyter</title>")

    page.context.route("http://127.0.0.1:9/**", jupyter)
    page.context.route("http://127.0.0.1:10/**", jupyter)
    sign_in_as(alice)
    page.goto(f"/notebooks/{notebook.uuid}/")
    page.wait_for_load_state("networkidle")

    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Run in Jupyter").click()

    expect(new_tab.value).to_have_url(DEFAULT + "nbclassic/notebooks/Sales%20report.ipynb")
    assert posted == [DEFAULT + "post/" + quote("Sales report.ipynb")]
    expect(page.get_by_role("dialog")).to_have_count(0)
