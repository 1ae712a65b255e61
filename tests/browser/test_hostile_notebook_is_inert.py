"""No script from a notebook ever runs, in a real browser; our own scripts still do.

A trusted notebook (outputs shown) carries every script-injection trick in
``hostile_cells``: <script> in markdown and in HTML outputs, event handlers,
javascript: links (plain, mixed case, entity-encoded, in TeX \\href), SVG
with script as an output and as an attachment, iframes, forms, meta refresh,
application/javascript outputs. Each payload would set ``window.__pwned`` or
open a dialog. We open the notebook and its revision page, click every link,
hover and toggle, and then nothing may have run, while MathJax (ours, served
locally) has typeset the math and no asset of ours failed to load.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Response, expect

from nbgallery.notebooks.tests.conftest import hostile_cells, publish_notebook

# Every math span of the page (description and notebook) typeset, and MathJax idle.
ALL_MATH_TYPESET = """() => {
  const spans = document.querySelectorAll(".nb-math");
  const done = document.querySelectorAll(".nb-math .MathJax, .nb-math .MathJax_CHTML");
  return spans.length > 0 && done.length === spans.length
    && !document.querySelector(".MathJax_Processing");
}"""


@pytest.fixture
def hostile(alice, admin_user, settings, tmp_path):
    # The live server runs in this process: it sees these settings too.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }
    return publish_notebook(
        alice,
        title="Pwn <img src=x onerror=alert(1)>",
        description="Try $x^2$ <img src=x onerror=\"window.__pwned='desc'\"> "
        "[click-me-description](javascript:alert('desc'))",
        cells=hostile_cells(),
        public=True,
        trusted_by=admin_user,
    )


class Watch:
    """What the page did that it should not have: dialogs, errors, failed assets."""

    def __init__(self, page: Page) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.bad_assets: list[str] = []
        page.on("dialog", self.on_dialog)
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        page.on("response", self.on_response)
        page.on("requestfailed", lambda request: self.note_failed(request.url))

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        text = message.text
        # The browser refusing hostile content is the point, not a fault of ours;
        # neither is a notebook's <img src=x> not being found.
        if "Content Security Policy" in text or text.startswith("Refused to"):
            return
        if text.startswith("Failed to load resource"):
            self.note_failed(message.location.get("url", ""))
            return
        self.errors.append(text)

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.note_failed(response.url)

    def note_failed(self, url: str) -> None:
        if urlsplit(url).path.startswith("/static/"):
            self.bad_assets.append(url)


def provoke_everything(page: Page) -> None:
    """Click every link, hover and toggle: whatever a payload waits for."""
    start = page.url
    targets = page.get_by_text(re.compile(r"^click-me-"))
    for index in range(targets.count()):
        targets.nth(index).click(force=True, no_wait_after=True, timeout=2_000)
        assert page.url == start, "a click on notebook content navigated away"
    for math in page.locator(".nb-math").all():
        math.click(force=True, no_wait_after=True, timeout=2_000)
        assert page.url == start
    page.get_by_text("hover-me").hover()
    page.locator(".notebook-content summary").first.click()
    page.wait_for_timeout(300)  # let anything scheduled by a payload fire


@pytest.mark.browser
def test_no_script_from_a_hostile_notebook_runs_but_mathjax_does(page: Page, hostile, live_server):
    assert hostile.trusted
    watch = Watch(page)

    for url in (hostile.get_absolute_url(), hostile.revisions.first().get_absolute_url()):
        response = page.goto(url)
        assert response is not None and response.status == 200
        # Our MathJax loaded and typeset the notebook's math.
        page.wait_for_function(ALL_MATH_TYPESET)
        assert page.evaluate("() => typeof window.MathJax.Hub") == "object"
        expect(page.get_by_text("hover-me")).to_be_visible()  # the HTML output is shown
        provoke_everything(page)

        assert page.evaluate("() => window.__pwned") is None
        assert watch.dialogs == []
        assert len(page.frames) == 1, "a notebook made a frame"

    page.goto(hostile.get_absolute_url())
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => window.__pwned") is None
    assert watch.dialogs == []
    assert watch.errors == []
    assert watch.bad_assets == []
