"""Run in Jupyter with two environments and no default asks which one, then sends the
notebook there and opens it in that environment's interface.

The two Jupyter servers are stand-ins answered by the browser itself (Playwright
routes), with the CORS headers a correctly configured Jupyter sends, so that
this test sees exactly what the page asks of Jupyter: no preflight, a
credentialed form-typed POST whose body is ``{"type": "notebook", "content"}``.
The real JupyterLab is in test_run_in_jupyter_pushes_into_a_real_jupyterlab.py.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, Route, expect

from nbgallery.notebooks.tests.conftest import isolated_storage, publish_notebook  # noqa: F401

LAB = "http://127.0.0.1:9/"
NOTEBOOK7 = "http://127.0.0.1:10/"


class StandInJupyter:
    """Answers every request to the two stand-in servers, and remembers them."""

    def __init__(self, gallery_origin: str) -> None:
        self.gallery_origin = gallery_origin
        self.requests: list[dict[str, object]] = []

    def handle(self, route: Route) -> None:
        request = route.request
        self.requests.append(
            {
                "method": request.method,
                "url": request.url,
                "headers": request.headers,
                "body": request.post_data,
            }
        )
        cors = {
            "Access-Control-Allow-Origin": self.gallery_origin,
            "Access-Control-Allow-Credentials": "true",
        }
        if request.method == "GET" and "/api/contents/" in request.url:
            route.fulfill(status=404, headers=cors, json={"message": "No such file"})
        elif request.method == "POST" and "/post/" in request.url:
            route.fulfill(status=201, headers=cors, json={"type": "notebook"})
        else:  # the opened tab
            route.fulfill(status=200, content_type="text/html", body="<title>Jupyter</title>")


@pytest.mark.browser
@pytest.mark.usefixtures("isolated_storage")
def test_two_environments_ask_which_then_open_the_chosen_one(
    page: Page, live_server, alice, sign_in_as
):
    from nbgallery.jupyter.models import Environment
    from nbgallery.notebooks.models import Notebook

    notebook = publish_notebook(alice, title="Sales Q1 ünïcode")
    # Titles made here cannot hold "/", but imported ones from the original can;
    # in Jupyter it would be a folder, so the file name gets U+2215 instead.
    Notebook.objects.filter(pk=notebook.pk).update(title="Sales / Q1 ünïcode")
    Environment.objects.create(user=alice, name="lab-a", url=LAB, user_interface="lab")
    Environment.objects.create(user=alice, name="nb7-b", url=NOTEBOOK7, user_interface="notebook")
    jupyter = StandInJupyter(live_server.url)
    for server in (LAB, NOTEBOOK7):
        page.context.route(server + "**", jupyter.handle)
    sign_in_as(alice)
    page.goto(f"/notebooks/{notebook.uuid}/")

    page.get_by_role("button", name="Run in Jupyter").click()
    dialog = page.get_by_role("dialog", name="Which Jupyter?")
    expect(dialog).to_be_visible()
    choices = dialog.locator("#rij-pick-list").get_by_role("button")
    expect(choices).to_have_text(["lab-a" + LAB, "nb7-b" + NOTEBOOK7])
    with page.context.expect_page() as new_tab:
        dialog.get_by_role("button", name="nb7-b").click()
    tab = new_tab.value

    name = "Sales \u2215 Q1 ünïcode.ipynb"
    expect(tab).to_have_url(NOTEBOOK7 + "notebooks/" + quote(name, safe=""))
    to_lab = [each for each in jupyter.requests if each["url"].startswith(LAB)]
    assert to_lab == []
    assert [each["method"] for each in jupyter.requests] == ["GET", "POST", "GET"]
    check, post, opened = jupyter.requests
    assert check["url"].startswith(NOTEBOOK7 + "api/contents/" + quote(name, safe=""))
    assert post["url"] == NOTEBOOK7 + "post/" + quote(name, safe="")
    assert post["headers"]["content-type"] == "application/x-www-form-urlencoded; charset=UTF-8"
    body = json.loads(post["body"])
    assert body["type"] == "notebook"
    assert body["content"]["nbformat"] == 4
    assert body["content"]["metadata"]["gallery"]["uuid"] == str(notebook.uuid)
    assert [cell["cell_type"] for cell in body["content"]["cells"]] == ["markdown", "code"]
    expect(page.get_by_role("status")).to_contain_text(f"Opened {name} in nb7-b.")
