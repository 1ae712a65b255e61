"""When Jupyter refuses the notebook or cannot be reached, Run in Jupyter says why and
which Jupyter settings to check, and leaves no blank tab behind.

The Jupyter server is a stand-in answered by the browser itself (a Playwright
route): a 403 as a Jupyter with its XSRF check on answers, or no answer at all.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

from nbgallery.notebooks.tests.conftest import isolated_storage, publish_notebook  # noqa: F401

JUPYTER = "http://127.0.0.1:9/"


@pytest.mark.browser
@pytest.mark.usefixtures("isolated_storage")
@pytest.mark.parametrize(
    ("answer", "says"),
    [
        ("xsrf", "disable_check_xsrf must be True"),
        ("unreachable", "could not be reached, or it does not allow this gallery"),
    ],
)
def test_a_refusal_is_explained(page: Page, live_server, alice, sign_in_as, answer, says):
    from nbgallery.jupyter.models import Environment

    notebook = publish_notebook(alice, title="Sales report")
    Environment.objects.create(user=alice, name="my-jupyter", url=JUPYTER)

    def jupyter(route: Route) -> None:
        if answer == "unreachable":
            route.abort("connectionrefused")
            return
        cors = {
            "Access-Control-Allow-Origin": live_server.url,
            "Access-Control-Allow-Credentials": "true",
        }
        if route.request.method == "POST":
            route.fulfill(status=403, headers=cors, body="'_xsrf' argument missing from POST")
        else:
            route.fulfill(status=404, headers=cors, json={"message": "No such file"})

    page.context.route(JUPYTER + "**", jupyter)
    sign_in_as(alice)
    page.goto(f"/notebooks/{notebook.uuid}/")
    # The page learns the environments on load; with just one, the click opens the tab.
    page.wait_for_load_state("networkidle")

    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Run in Jupyter").click()

    dialog = page.get_by_role("dialog", name="The notebook could not be opened in Jupyter")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(says)
    expect(dialog).to_contain_text(f'c.ServerApp.allow_origin = "{live_server.url}"')
    expect(dialog).to_contain_text("c.ServerApp.allow_credentials = True")
    expect(dialog).to_contain_text("c.ServerApp.disable_check_xsrf = True")
    # The tab opened on the click (for popup blockers) is closed again.
    tab = new_tab.value
    if not tab.is_closed():
        tab.wait_for_event("close")
    assert page.context.pages == [page]
    expect(page.get_by_role("button", name="Run in Jupyter")).to_be_enabled()
