"""Run in Jupyter against a real JupyterLab with the published jupyterlab_nbgallery 3.0.6.

JupyterLab is set up as our environments page tells users to: this gallery's
origin allowed with credentials, no XSRF check. The browser is signed in to
both. Clicking Run in Jupyter puts the notebook in Jupyter's root folder and
opens ``{env.url}lab/tree/<name>`` in a new tab; clicking again asks before
overwriting, and replacing puts the gallery's version back.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.jupyter, pytest.mark.xdist_group("run_in_jupyter")]


def cells_of(document: dict) -> list[tuple[str, str]]:
    return [(cell["cell_type"], "".join(cell["source"])) for cell in document["cells"]]


def test_run_in_jupyter_creates_the_file_and_asks_before_overwriting(
    page: Page, jupyter, watch_jupyter, alice, sign_in_as, publish
):
    from nbgallery.jupyter.models import Environment

    notebook = publish(alice, title="Quarterly sales ünïcode")
    Environment.objects.create(user=alice, name="JupyterLab", url=jupyter.url, user_interface="lab")
    jupyter.sign_in(page)
    sign_in_as(alice)
    traffic = watch_jupyter(jupyter)
    page.goto(f"/notebooks/{notebook.uuid}/")
    name = "Quarterly sales ünïcode.ipynb"
    on_disk = jupyter.root_dir / name
    expected_url = f"{jupyter.url}lab/tree/{quote(name, safe='')}"

    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Run in Jupyter").click()
    tab = new_tab.value
    # Where the tab went is the point, not Lab loading in it (and starting a kernel).
    tab.wait_for_url(expected_url, wait_until="commit")
    tab.close()
    assert traffic.pages == {expected_url: 200}, "JupyterLab did not serve the notebook's page"
    assert cells_of(jupyter.notebook(name)) == [
        ("markdown", "# Sales report\n\nMonthly sales, with $e^{i\\pi} + 1 = 0$."),
        ("code", "total = sum(range(10))\nprint(total)"),
    ]
    document = jupyter.notebook(name)
    assert document["metadata"]["gallery"]["uuid"] == str(notebook.uuid)

    # Changed in Jupyter meanwhile: Run in Jupyter must not silently throw that away.
    document["cells"].append({"cell_type": "markdown", "metadata": {}, "source": "mine"})
    on_disk.write_text(json.dumps(document), encoding="utf-8")
    page.get_by_role("button", name="Run in Jupyter").click()
    dialog = page.get_by_role("dialog", name="Replace the file in Jupyter?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(name)
    assert len(cells_of(jupyter.notebook(name))) == 3

    with page.context.expect_page() as new_tab:
        dialog.get_by_role("button", name="Replace it").click()
    new_tab.value.wait_for_url(expected_url, wait_until="commit")
    new_tab.value.close()
    assert len(cells_of(jupyter.notebook(name))) == 2
