"""When Jupyter refuses the notebook or cannot be reached, Run in Jupyter says why and
which Jupyter settings to check, and leaves no blank tab behind.

Real conditions only:

* a correctly configured JupyterLab the browser never signed in to;
* a JupyterLab that allows this gallery but still checks XSRF;
* an address where nothing listens.

Jupyter (server 2.x) refuses the first two with a 403 sent before it adds its
CORS headers, so the page cannot read it: to the page, all three look like a
server that cannot be reached or does not allow this gallery. So the dialog
says to check the address and the sign-in, and shows every setting needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import pytest
from playwright.sync_api import Page, expect

if TYPE_CHECKING:
    from tests.browser.run_in_jupyter.conftest import Jupyter

pytestmark = [pytest.mark.browser, pytest.mark.jupyter, pytest.mark.xdist_group("run_in_jupyter")]


SAYS = (
    "could not be reached, or it does not allow this gallery. Check that it is running at "
    "that address, that you are signed in to it in this browser, and that its XSRF check "
    "is off (c.ServerApp.disable_check_xsrf = True)."
)


class Refusal(NamedTuple):
    url: str  # the environment's
    jupyter: Jupyter | None = None  # the server, if one listens there
    logged: str = ""  # what that server logs, which shows that it refused for this reason


@pytest.fixture
def refusal(request: pytest.FixtureRequest, page: Page) -> Refusal:
    if request.param == "not signed in":
        jupyter = request.getfixturevalue("jupyter")
        return Refusal(jupyter.url, jupyter, "403 POST /post/Sales%20report.ipynb (@127.0.0.1)")
    if request.param == "checking XSRF":
        jupyter = request.getfixturevalue("jupyter_checking_xsrf")
        jupyter.sign_in(page)
        return Refusal(jupyter.url, jupyter, "'_xsrf' argument missing from POST")
    return Refusal(request.getfixturevalue("address_where_nothing_listens"))


@pytest.mark.parametrize(
    "refusal", ["not signed in", "checking XSRF", "nothing listening"], indirect=True
)
def test_a_refusal_is_explained(
    page: Page, live_server, alice, sign_in_as, publish, refusal: Refusal
):
    from nbgallery.jupyter.models import Environment

    notebook = publish(alice, title="Sales report")
    Environment.objects.create(user=alice, name="my-jupyter", url=refusal.url)
    sign_in_as(alice)
    page.goto(f"/notebooks/{notebook.uuid}/")
    # The page learns the environments on load; with just one, the click opens the tab.
    page.wait_for_load_state("networkidle")

    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Run in Jupyter").click()

    dialog = page.get_by_role("dialog", name="The notebook could not be opened in Jupyter")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(SAYS)
    expect(dialog).to_contain_text(f"my-jupyter ({refusal.url})")
    expect(dialog).to_contain_text(f'c.ServerApp.allow_origin = "{live_server.url}"')
    expect(dialog).to_contain_text("c.ServerApp.allow_credentials = True")
    expect(dialog).to_contain_text("c.ServerApp.disable_check_xsrf = True")
    # The tab opened on the click (for popup blockers) is closed again.
    tab = new_tab.value
    if not tab.is_closed():
        tab.wait_for_event("close")
    assert page.context.pages == [page]
    expect(page.get_by_role("button", name="Run in Jupyter")).to_be_enabled()
    if refusal.jupyter is not None:
        assert refusal.jupyter.files() == [], "Jupyter kept the notebook it refused"
        assert refusal.logged in refusal.jupyter.log()
