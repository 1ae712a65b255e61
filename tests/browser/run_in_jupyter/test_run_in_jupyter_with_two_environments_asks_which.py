"""Run in Jupyter with two environments and no default asks which one, then sends the
notebook there and opens it in that environment's interface.

Two real Jupyter servers, the browser signed in to both: the first registered
with the Lab interface, the second with Notebook 7's. The notebook must land
in the chosen server's root folder only, under its title with U+2215 for "/",
and the new tab must be that server's Notebook 7 page for it.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.jupyter, pytest.mark.xdist_group("run_in_jupyter")]


def test_two_environments_ask_which_then_open_the_chosen_one(
    page: Page, jupyter, another_jupyter, watch_jupyter, alice, sign_in_as, publish
):
    from nbgallery.jupyter.models import Environment
    from nbgallery.notebooks.models import Notebook

    notebook = publish(alice, title="Sales Q1 ünïcode")
    # Titles made here cannot hold "/", but imported ones from the original can;
    # in Jupyter it would be a folder, so the file name gets U+2215 instead.
    Notebook.objects.filter(pk=notebook.pk).update(title="Sales / Q1 ünïcode")
    Environment.objects.create(user=alice, name="lab-a", url=jupyter.url, user_interface="lab")
    Environment.objects.create(
        user=alice, name="nb7-b", url=another_jupyter.url, user_interface="notebook"
    )
    jupyter.sign_in(page)
    another_jupyter.sign_in(page)
    sign_in_as(alice)
    traffic = watch_jupyter(jupyter, another_jupyter)
    page.goto(f"/notebooks/{notebook.uuid}/")

    page.get_by_role("button", name="Run in Jupyter").click()
    dialog = page.get_by_role("dialog", name="Which Jupyter?")
    expect(dialog).to_be_visible()
    choices = dialog.locator("#rij-pick-list").get_by_role("button")
    expect(choices).to_have_text(["lab-a" + jupyter.url, "nb7-b" + another_jupyter.url])
    with page.context.expect_page() as new_tab:
        dialog.get_by_role("button", name="nb7-b").click()
    tab = new_tab.value

    name = "Sales \u2215 Q1 ünïcode.ipynb"
    page_url = f"{another_jupyter.url}notebooks/{quote(name, safe='')}"
    tab.wait_for_url(page_url, wait_until="commit")
    tab.close()
    assert traffic.pages == {page_url: 200}, "Notebook 7 did not serve the notebook's page"
    expect(page.get_by_role("status")).to_contain_text(f"Opened {name} in nb7-b.")

    assert another_jupyter.files() == [name]
    document = another_jupyter.notebook(name)
    assert document["nbformat"] == 4
    assert document["metadata"]["gallery"]["uuid"] == str(notebook.uuid)
    assert [cell["cell_type"] for cell in document["cells"]] == ["markdown", "code"]
    assert jupyter.files() == []
    assert traffic.to(jupyter) == []
    # A CORS "simple request": no preflight, which Jupyter behind PKI proxies cannot
    # pass, and not a form body, which Tornado refuses with 1000 "&" in it.
    posts = [request for request in traffic.requests if request.method == "POST"]
    assert [request.url for request in posts] == [
        f"{another_jupyter.url}post/{quote(name, safe='')}"
    ]
    assert posts[0].headers["content-type"] == "text/plain;charset=UTF-8"
