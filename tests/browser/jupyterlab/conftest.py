"""Tier C: Chromium drives a real JupyterLab 4, with the published nbgallery extensions
(``jupyterlab_nbgallery`` 3.0.6), against our live server (protocol §11, Tier C).

The gallery is pytest-django's live server and JupyterLab runs beside it on
127.0.0.1, on another port: the same site, so the gallery's Lax session cookie
rides along on the extensions' credentialed cross-origin requests, exactly as
in a same-host deployment.

One JupyterLab serves every scenario of a test process: starting one takes
seconds and every Lab page load 6-8 s more on a 2-core machine. What would leak
from one scenario into the next is reset instead of restarting the server:

* every Lab page is opened with ``?reset``, so no tab of an earlier scenario
  comes back (each would start a kernel);
* the kernels a scenario started are shut down after it;
* each scenario uses notebook files of its own name;
* scenarios that need the once-only traffic (registration, autodownload) clear
  the Lab setting or the folders that otherwise suppress it, through
  ``lab.forget_registration()`` and ``lab.forget_autodownloads()``.

The menu actions are run as Lab commands (``window.jupyterapp``, exposed by the
server's ``expose_app_in_browser``), not by clicking through menus: the commands
are the published client's code paths, the menus only call them.

Every scenario is also watched for cross-origin trouble (scenario 13 of the
plan, ``CrossOriginWatch``): a scenario whose own checks passed still fails,
at teardown, if a gallery request failed or came back without the CORS
headers Lab needs, if a preflight or a gallery server error was seen, or if
the console logged an error about CORS or the gallery.
"""

from __future__ import annotations

import json
import re
import shutil
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import ConsoleMessage, Locator, Page, Request, Response

from nbgallery.notebooks.tests.conftest import isolated_storage, new_version, publish  # noqa: F401
from tests.jupyter_support.jupyter_process import running_jupyter_lab

# A Lab page bootstraps in 6-8 s on an idle 2-core machine; the CI runs this
# beside other tests, so the waits on Lab itself are generous.
LAB_TIMEOUT_MS = 90_000
# Waits on what a command does (a request, a popup, a file saved, a row written).
ACTION_TIMEOUT_MS = 30_000
REGISTRATION_SETTINGS = "@jupyterlab-nbgallery/environment-registration:environment-registration"
AUTODOWNLOAD_FOLDERS = ("Starred", "Recently Executed")

# Lab, with the gallery menu built: the commands exist only once the extension
# has read the gallery URL from the server extension.
LAB_READY = """() => {
  const app = window.jupyterapp;
  return !!app && app.commands.hasCommand('gallery-upload');
}"""
# The notebook at ``path`` is open, loaded and the current widget: the gallery
# menu acts only on the notebook that is the shell's current widget.
NOTEBOOK_READY = """path => {
  const app = window.jupyterapp;
  const widget = app && app.shell.currentWidget;
  return !!widget && !!widget.context && widget.context.path === path
    && widget.context.isReady && !!widget.content && !!widget.content.model;
}"""
KERNEL_IDLE = """() => {
  const widget = window.jupyterapp.shell.currentWidget;
  const kernel = widget.sessionContext.session && widget.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle' && kernel.connectionStatus === 'connected';
}"""
# Errors the published clients log whatever the gallery does; none is about the gallery.
KNOWN_CLIENT_DEFECTS = (
    # environment-life needs Lab's status bar, which Notebook 7 has not (protocol §1.1).
    "Plugin '@jupyterlab-nbgallery/environment-life' failed to activate",
)
# Remember every URL the extensions open, and still open it: the popups' first
# requests lose the ``#STAGE``-style fragment, which the clients' contract includes.
RECORD_WINDOW_OPEN = """() => {
  window.__openedUrls = [];
  const open = window.open;
  window.open = function (url, ...rest) {
    window.__openedUrls.push(String(url));
    return open.call(window, url, ...rest);
  };
}"""
EXECUTE = """async ([id, args]) => { await window.jupyterapp.commands.execute(id, args); }"""


class CrossOriginWatch:
    """What went wrong between Lab and the gallery, across one scenario.

    * a gallery request that failed (a CORS refusal shows up as one);
    * a console error about CORS or the gallery;
    * a gallery response to Lab's origin without the CORS headers that let
      Lab's credentialed requests read it (the echoed origin, never ``*``, and
      ``Allow-Credentials: true``; protocol §2.1);
    * a preflight: every request the clients make is a "simple" one (§2.2);
    * a server error from the gallery (the clients ignore it; we may not).

    Listens on the whole browser context, so the gallery pages that the
    extensions open with ``window.open`` are watched too.
    """

    def __init__(self, gallery: str, jupyter: str) -> None:
        self.gallery = gallery
        self.jupyter_origin = jupyter.rstrip("/")
        self.failed: list[str] = []
        self.console_errors: list[str] = []
        self.responses: list[Response] = []

    def attach(self, context: Any) -> None:
        context.on("requestfailed", self.on_request_failed)
        context.on("console", self.on_console)
        context.on("response", self.on_response)

    def on_request_failed(self, request: Request) -> None:
        # A page closed or navigated away aborts its requests; that is no refusal.
        if request.url.startswith(self.gallery) and request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.method} {request.url}: {request.failure}")

    def on_response(self, response: Response) -> None:
        if response.url.startswith(self.gallery):
            self.responses.append(response)

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        # The first line is the message; the rest of an exception is its stack, whose
        # frames name the extensions' files whatever the error is about.
        text = message.text.split("\n", 1)[0]
        if any(defect in text for defect in KNOWN_CLIENT_DEFECTS):
            return
        if re.search(r"CORS|Access-Control|nbgallery", text, re.IGNORECASE) or self.gallery in text:
            self.console_errors.append(message.text)

    def gallery_responses(self, path: str) -> list[Response]:
        """Responses from the gallery whose path starts with ``path``."""
        return [r for r in self.responses if r.url.startswith(self.gallery + path)]

    def cross_origin_problems(self) -> list[str]:
        problems = []
        for response in self.responses:
            request = response.request
            if response.status >= 500:
                problems.append(f"{request.method} {response.url} answered {response.status}")
            if request.method == "OPTIONS":
                problems.append(f"preflight: OPTIONS {response.url}")
            # all_headers(): the plain ``headers`` leave out security-related ones.
            if request.all_headers().get("origin") != self.jupyter_origin:
                continue  # the gallery's own pages
            headers = response.all_headers()
            allowed = headers.get("access-control-allow-origin")
            credentials = headers.get("access-control-allow-credentials")
            if allowed != self.jupyter_origin or credentials != "true":
                problems.append(
                    f"{request.method} {response.url} ({response.status}) answered Lab's "
                    f"origin with Allow-Origin {allowed!r}, Allow-Credentials {credentials!r}"
                )
        return problems

    def problems(self) -> list[str]:
        return [
            *self.failed,
            *(f"console: {text}" for text in self.console_errors),
            *self.cross_origin_problems(),
        ]


class Lab:
    """One scenario's handle on the shared JupyterLab server and the browser page."""

    def __init__(self, server: Any, page: Page, gallery: str, sign_in: Callable) -> None:
        self.server = server
        self.url: str = server.url  # with its trailing slash, as Lab registers it
        self.token: str = server.token
        self.root = Path(server.root_dir)
        self.page = page
        self.gallery = gallery  # no trailing slash, as the gallery puts it in metadata
        self.sign_in = sign_in
        self.watch = CrossOriginWatch(gallery, self.url)
        self.watch.attach(page.context)

    # --- Jupyter's side, over its REST API (the test's own token, not the browser) ----

    def api(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(  # noqa: S310 (the loopback Jupyter only)
            self.url + path,
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            text = response.read()
        return json.loads(text) if text else None

    def registration_settings(self) -> dict[str, Any]:
        """What the user's Lab settings say about registration (only what was set)."""
        return self.api("GET", f"lab/api/settings/{REGISTRATION_SETTINGS}")["settings"]

    def forget_registration(self) -> None:
        """Clear the ``registered`` flag (and the copied gallery URL), as a new user's Lab has."""
        self.api("PUT", f"lab/api/settings/{REGISTRATION_SETTINGS}", {"raw": "{}"})

    def forget_autodownloads(self) -> None:
        """Remove the folders whose presence tells autodownload it already ran."""
        for folder in AUTODOWNLOAD_FOLDERS:
            shutil.rmtree(self.root / folder, ignore_errors=True)

    def shut_down_kernels(self) -> None:
        for session in self.api("GET", "api/sessions"):
            self.api("DELETE", f"api/sessions/{session['id']}")

    # --- Files in Jupyter's root ---------------------------------------------------------

    def write_notebook(self, name: str, content: bytes | dict[str, Any]) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, dict):
            content = json.dumps(content).encode()
        path.write_bytes(content)
        return path

    def read_notebook(self, name: str) -> dict[str, Any]:
        return json.loads((self.root / name).read_text(encoding="utf-8"))

    def cell_sources(self, name: str) -> list[str]:
        """The cells' sources of the file on disk (Jupyter saves them as lists of lines)."""
        sources = [cell["source"] for cell in self.read_notebook(name)["cells"]]
        return [source if isinstance(source, str) else "".join(source) for source in sources]

    def gallery_metadata(self, name: str) -> dict[str, Any] | None:
        """``metadata.gallery`` of the file as Lab saved it on disk."""
        try:
            return self.read_notebook(name)["metadata"].get("gallery")
        except (FileNotFoundError, json.JSONDecodeError):
            return None  # not there yet, or caught half-written

    def saved_gallery_metadata(
        self, name: str, check: Callable[[dict[str, Any]], bool]
    ) -> dict[str, Any]:
        """Wait until Lab has saved ``metadata.gallery`` such that ``check`` holds; return it.

        After staging, the gallery menu saves the notebook twice in a row
        without waiting (``setGalleryMetadata`` and ``updateMetadata`` both call
        ``triggerSave``). When the second save starts before the first is
        answered, Lab sees the file newer on disk than its copy and asks "File
        Changed"; a user answers "Overwrite" (the copy open in Lab is the one
        with the new metadata), and so does this wait.
        """

        def saved() -> list[dict[str, Any]]:
            changed = self.dialog().filter(has_text="File Changed")
            if changed.count():
                changed.locator(".jp-Dialog-button", has_text="Overwrite").click()
            gallery = self.gallery_metadata(name)
            # In a list, so that an empty ``{}`` that passes the check counts as found.
            return [gallery] if gallery is not None and check(gallery) else []

        try:
            return self.wait_until(saved, f"Lab saved the expected gallery metadata in {name}")[0]
        except AssertionError as error:
            dialogs = self.dialog().all_inner_texts()
            raise AssertionError(
                f"{error}; on disk: {self.gallery_metadata(name)!r}; dialogs open: {dialogs!r}"
            ) from None

    # --- The browser -----------------------------------------------------------------------

    def open(self, user: Any) -> None:
        """Sign ``user`` in to the gallery, then load Lab (which logs in with the token)."""
        self.sign_in(user)
        self.page.goto(f"{self.url}lab?reset&token={self.token}", timeout=LAB_TIMEOUT_MS)
        self.page.wait_for_function(LAB_READY, timeout=LAB_TIMEOUT_MS)
        self.page.evaluate(RECORD_WINDOW_OPEN)

    def opened_urls(self) -> list[str]:
        """What the extensions passed to ``window.open`` on this Lab page, in order."""
        return self.page.evaluate("() => window.__openedUrls")

    def command(self, command_id: str, args: dict[str, Any] | None = None) -> None:
        self.page.evaluate(EXECUTE, [command_id, args or {}])

    def open_notebook(self, name: str, *, wait_for_kernel: bool = False) -> None:
        self.command("docmanager:open", {"path": name})
        self.page.wait_for_function(NOTEBOOK_READY, arg=name, timeout=LAB_TIMEOUT_MS)
        if wait_for_kernel:
            self.page.wait_for_function(KERNEL_IDLE, timeout=LAB_TIMEOUT_MS)

    def set_cell_source(self, index: int, source: str) -> None:
        """Edit a cell as a user typing would: through the notebook's shared model."""
        self.page.evaluate(
            """([index, source]) => {
              const model = window.jupyterapp.shell.currentWidget.content.model;
              model.sharedModel.getCell(index).setSource(source);
            }""",
            [index, source],
        )

    @contextmanager
    def popup(self) -> Iterator[Any]:
        """The page that what runs inside the block opens with ``window.open``.

        Yields Playwright's event info: its ``.value`` is the popup page once
        the block is done.
        """
        with self.page.context.expect_page(timeout=ACTION_TIMEOUT_MS) as info:
            yield info

    def gallery_response(self, method: str, path: str, timeout_ms: int = ACTION_TIMEOUT_MS) -> Any:
        """Wait for the gallery's answer to ``method`` on a URL that starts with ``path``.

        A context manager: its ``.value`` is the Response once the block is done.
        """
        return self.page.expect_response(
            lambda r: r.url.startswith(self.gallery + path) and r.request.method == method,
            timeout=timeout_ms,
        )

    def stage_response(self) -> Any:
        """Wait for the extension's ``POST /stages?agree=yes…``."""
        return self.gallery_response("POST", "/stages?")

    def dialog(self) -> Locator:
        return self.page.locator(".jp-Dialog")

    def press_dialog_button(self, label: str) -> None:
        """Press a button of the open dialog and wait until that dialog is gone.

        Only that one: the button may open the next dialog straight away.
        """
        dialog = self.dialog().last.element_handle()
        button = dialog.query_selector(f".jp-Dialog-button:has-text('{label}')")
        assert button is not None, f"The dialog has no {label!r} button"
        button.click()
        dialog.wait_for_element_state("hidden")

    def wait_until(
        self, check: Callable[[], Any], what: str, timeout_ms: int = ACTION_TIMEOUT_MS
    ) -> Any:
        """Poll ``check`` (gallery DB state, a file on disk) until it returns something true.

        The browser's events are served while waiting, so the page goes on
        working; there is no fixed sleep to be too short on a loaded machine.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            result = check()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"Timed out after {timeout_ms} ms waiting until {what}")
            self.page.wait_for_timeout(150)


@pytest.fixture(scope="session")
def jupyter_server(live_server, tmp_path_factory) -> Iterator[Any]:
    """JupyterLab with the published extensions, configured for our live server."""
    with running_jupyter_lab(
        gallery_origin=live_server.url,
        root_dir=tmp_path_factory.mktemp("jupyter-root"),
        home=tmp_path_factory.mktemp("jupyter-home"),
        env={
            "NBGALLERY_ENABLE_INSTRUMENTATION": "1",
            "NBGALLERY_ENABLE_AUTODOWNLOAD": "1",
            "NBGALLERY_DEFAULT_TAGS": "ci",
        },
    ) as server:
        yield server


@pytest.fixture
def lab(jupyter_server, page: Page, live_server, sign_in_as, request) -> Iterator[Lab]:
    """This scenario's Lab: the shared server, this test's browser page, and the watch."""
    handle = Lab(jupyter_server, page, live_server.url, sign_in_as)
    page.context.set_default_timeout(ACTION_TIMEOUT_MS)  # the popups too
    yield handle
    try:
        handle.shut_down_kernels()
    except OSError as error:  # a server that died must not hide the test's own failure
        print(f"Could not shut down the scenario's kernels: {error}")
    report = getattr(request.node, "report_call", None)
    if report is not None and report.passed:
        problems = handle.watch.problems()
        assert not problems, "Cross-origin trouble between Lab and the gallery:\n" + "\n".join(
            problems
        )
