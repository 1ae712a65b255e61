"""Run in Jupyter, driven in Chromium against real Jupyter servers (no stand-ins).

The servers run from the separate Jupyter venv with the published
``jupyterlab_nbgallery`` 3.0.6 (tests/jupyter_support), on 127.0.0.1 beside
the live server: the same site, so Jupyter's login cookie rides along on the
gallery page's cross-origin requests, as in a same-host deployment.

Starting a JupyterLab takes seconds (far more on a loaded CI machine), so each
server is started once per test process, only when a test first asks for it,
and shared:

* ``jupyter`` and ``another_jupyter``: two servers set up as our environments
  page tells users to (this gallery's origin allowed with credentials, no XSRF
  check). Two, so that a test can see which one got the notebook. Either one
  also serves the Notebook 7 (``notebooks/``) and nbclassic
  (``nbclassic/notebooks/``) interfaces, so an environment's interface is
  whatever the test registers.
* ``jupyter_checking_xsrf``: a real misconfiguration, the XSRF check left on.

What a test leaves behind is cleared after it instead of restarting a
server: every file in the root folder and every kernel session. A fresh
browser context per test means the browser starts signed in to no Jupyter.

Under pytest-xdist every worker is a test process of its own, with servers of
its own. The tests are therefore all in the ``xdist_group`` "run_in_jupyter":
with ``--dist loadgroup`` they all run in one worker, which starts each server
once; with the default ``--dist load`` the mark does nothing.
"""

from __future__ import annotations

import json
import shutil
import socket
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Request, Response

from nbgallery.notebooks.tests.conftest import isolated_storage, publish  # noqa: F401
from tests.jupyter_support.jupyter_process import JupyterLab, running_jupyter_lab


@dataclass(frozen=True)
class Jupyter:
    """One test's handle on a shared Jupyter server."""

    server: JupyterLab

    @property
    def url(self) -> str:
        """The base URL with its trailing slash, as the clients register it."""
        return self.server.url

    @property
    def root_dir(self) -> Path:
        return self.server.root_dir

    def sign_in(self, page: Page) -> None:
        """Log the browser in, as a user who opened Jupyter with its token link has.

        Any request with the token sets Jupyter's login cookie; ``api/status``
        is the one that loads no Lab page (and starts no kernel).
        """
        response = page.goto(f"{self.url}api/status?token={self.server.token}")
        assert response is not None and response.ok, "Jupyter did not take its own token"

    def files(self) -> list[str]:
        """The names in Jupyter's root folder that its file browser shows.

        Not the hidden ones, such as the ``.ipynb_checkpoints`` Jupyter makes itself.
        """
        return sorted(path.name for path in self.root_dir.iterdir() if path.name[0] != ".")

    def notebook(self, name: str) -> dict[str, Any]:
        """A notebook in the root folder, as Jupyter saved it."""
        return json.loads((self.root_dir / name).read_text(encoding="utf-8"))

    def log(self) -> str:
        return self.server.log_path.read_text(encoding="utf-8", errors="replace")

    def clear(self) -> None:
        """Shut down every kernel session, then empty the root folder, for the next test."""
        for session in self._api("GET", "api/sessions"):
            self._api("DELETE", f"api/sessions/{session['id']}")
        for path in self.root_dir.iterdir():
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()

    def _api(self, method: str, path: str) -> Any:
        # With the token, as the test itself: not what the browser under test does.
        request = urllib.request.Request(  # noqa: S310 (the loopback Jupyter only)
            self.url + path, method=method, headers={"Authorization": f"token {self.server.token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            body = response.read()
        return json.loads(body) if body else None


def _start(live_server: Any, folder: Path, **options: Any) -> Any:
    return running_jupyter_lab(
        gallery_origin=live_server.url, root_dir=folder / "root", home=folder / "home", **options
    )


@pytest.fixture(scope="session")
def _jupyter_server(live_server, tmp_path_factory) -> Iterator[JupyterLab]:
    with _start(live_server, tmp_path_factory.mktemp("jupyter")) as server:
        yield server


@pytest.fixture(scope="session")
def _another_jupyter_server(live_server, tmp_path_factory) -> Iterator[JupyterLab]:
    with _start(live_server, tmp_path_factory.mktemp("another-jupyter")) as server:
        yield server


@pytest.fixture(scope="session")
def _jupyter_server_checking_xsrf(live_server, tmp_path_factory) -> Iterator[JupyterLab]:
    # running_jupyter_lab passes --ServerApp.disable_check_xsrf=True, and a trait
    # given twice on the command line is a start-up error. Tornado's settings are
    # applied over the ones the ServerApp derives from its traits, so this turns
    # the check back on in the very place Jupyter's handlers read it.
    xsrf_on = '--ServerApp.tornado_settings={"disable_check_xsrf": False}'
    with _start(
        live_server, tmp_path_factory.mktemp("jupyter-xsrf"), extra_args=[xsrf_on]
    ) as server:
        yield server


def _cleared_after_the_test(server: JupyterLab) -> Iterator[Jupyter]:
    handle = Jupyter(server)
    yield handle
    handle.clear()


@pytest.fixture
def jupyter(_jupyter_server) -> Iterator[Jupyter]:
    """A correctly configured JupyterLab, empty when the test starts."""
    yield from _cleared_after_the_test(_jupyter_server)


@pytest.fixture
def another_jupyter(_another_jupyter_server) -> Iterator[Jupyter]:
    """A second correctly configured JupyterLab, with a root folder of its own."""
    yield from _cleared_after_the_test(_another_jupyter_server)


@pytest.fixture
def jupyter_checking_xsrf(_jupyter_server_checking_xsrf) -> Iterator[Jupyter]:
    """A JupyterLab that allows this gallery but still checks XSRF on a POST."""
    yield from _cleared_after_the_test(_jupyter_server_checking_xsrf)


@pytest.fixture
def address_where_nothing_listens() -> Iterator[str]:
    """A loopback URL that refuses connections, for as long as the test runs.

    The port is held bound but not listening: the kernel refuses every
    connection to it, and no other process can start listening there meanwhile.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{held.getsockname()[1]}/"


@dataclass
class JupyterTraffic:
    """What the browser sent to the Jupyter servers, and the pages they served.

    Only watched, never answered: every request goes to the real server.
    """

    origins: tuple[str, ...]
    requests: list[Request] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)

    def on_request(self, request: Request) -> None:
        if request.url.startswith(self.origins):
            self.requests.append(request)

    def on_response(self, response: Response) -> None:
        if response.request.resource_type == "document" and response.url.startswith(self.origins):
            self.pages[response.url] = response.status

    def to(self, jupyter: Jupyter) -> list[Request]:
        return [request for request in self.requests if request.url.startswith(jupyter.url)]


@pytest.fixture
def watch_jupyter(page: Page):
    """``watch_jupyter(*jupyters)``: from now on, record what the browser sends them."""

    def watch(*jupyters: Jupyter) -> JupyterTraffic:
        traffic = JupyterTraffic(tuple(each.url for each in jupyters))
        page.context.on("request", traffic.on_request)
        page.context.on("response", traffic.on_response)
        return traffic

    return watch
