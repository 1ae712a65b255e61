"""With a default environment among several, Run in Jupyter goes straight there without
asking, and opens the notebook in that environment's interface.

Two real Jupyter servers, the browser signed in to both; the default one is
registered with the classic interface, so its tab is nbclassic's page.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.jupyter, pytest.mark.xdist_group("run_in_jupyter")]


def test_the_default_is_used_without_asking(
    page: Page, jupyter, another_jupyter, watch_jupyter, alice, sign_in_as, publish
):
    from nbgallery.jupyter.models import Environment

    notebook = publish(alice, title="Sales report")
    Environment.objects.create(user=alice, name="other", url=jupyter.url, user_interface="lab")
    Environment.objects.create(
        user=alice,
        name="old-one",
        url=another_jupyter.url,
        user_interface="classic",
        default=True,
    )
    jupyter.sign_in(page)
    another_jupyter.sign_in(page)
    sign_in_as(alice)
    traffic = watch_jupyter(jupyter, another_jupyter)
    page.goto(f"/notebooks/{notebook.uuid}/")
    # The page learns the environments on load; knowing the default, the click opens the tab.
    page.wait_for_load_state("networkidle")

    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Run in Jupyter").click()
    tab = new_tab.value

    page_url = f"{another_jupyter.url}nbclassic/notebooks/{quote('Sales report.ipynb')}"
    tab.wait_for_url(page_url, wait_until="commit")
    tab.close()
    assert traffic.pages == {page_url: 200}, "nbclassic did not serve the notebook's page"
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert another_jupyter.files() == ["Sales report.ipynb"]
    assert another_jupyter.notebook("Sales report.ipynb")["metadata"]["gallery"]["uuid"] == str(
        notebook.uuid
    )
    assert jupyter.files() == []
    assert traffic.to(jupyter) == []
