"""Start a real JupyterLab, from the separate Jupyter venv, for a test.

Used by the Tier B tests (``tests/jupyter/``) and the browser tests that drive
the published clients. The server is configured exactly as docs/jupyter.md
tells a Jupyter administrator to configure it for a gallery: the gallery's
origin allowed with credentials, no XSRF check (the gallery cannot know
Jupyter's token), and ``NBGALLERY_URL`` in its environment.
"""

from __future__ import annotations

import functools
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO / "scripts" / "jupyter-venv"
# A loaded CI machine needs well over 10 s for JupyterLab's first start.
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 15.0
# Variables of the test process that must not leak into Jupyter: the gallery's
# own settings, and anything that would point Jupyter at another config,
# Python or user.
_NOT_INHERITED_PREFIXES = ("NBGALLERY_", "JUPYTER", "DJANGO_", "IPYTHON")
_NOT_INHERITED = {"DATABASE_URL", "NB_USER", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}


@dataclass(frozen=True)
class JupyterLab:
    """A running JupyterLab: ``url`` is its base URL with a trailing slash."""

    url: str
    token: str
    root_dir: Path
    pid: int
    log_path: Path


@functools.cache
def jupyter_venv() -> Path:
    """The Jupyter venv: ``$NBGALLERY_JUPYTER_VENV`` or ``<repo>/.venv-jupyter``.

    When it is missing (or when the variable is unset, so that a stale venv is
    rebuilt after jupyter-constraints.txt changed) scripts/jupyter-venv
    builds it; that takes about a minute, once. A failed build fails the test:
    these tests are never skipped.
    """
    configured = os.environ.get("NBGALLERY_JUPYTER_VENV")
    venv = Path(configured) if configured else REPO / ".venv-jupyter"
    if not venv.is_absolute():
        venv = REPO / venv
    if configured and (venv / "bin" / "jupyter").exists():
        return venv
    build = subprocess.run(
        [str(BUILD_SCRIPT)],
        env={**os.environ, "NBGALLERY_JUPYTER_VENV": str(venv)},
        capture_output=True,
        text=True,
        check=False,
    )
    if build.returncode != 0 or not (venv / "bin" / "jupyter").exists():
        pytest.fail(
            f"Could not build the Jupyter venv at {venv} with {BUILD_SCRIPT} "
            f"(exit {build.returncode}); it installs from PyPI. Its output:\n"
            f"{_tail(build.stdout + build.stderr)}",
            pytrace=False,
        )
    return venv


@contextmanager
def running_jupyter_lab(
    *,
    gallery_origin: str,
    root_dir: Path,
    home: Path,
    env: dict[str, str] | None = None,
    extra_args: Sequence[str] = (),
) -> Iterator[JupyterLab]:
    """Run ``jupyter lab`` on a free loopback port for the duration of the block.

    ``gallery_origin`` (for example ``http://127.0.0.1:8123``) is allowed as a
    cross-origin caller with credentials and is the ``NBGALLERY_URL`` the
    nbgallery extensions read. ``home`` becomes ``HOME`` and holds the Jupyter
    config (``<home>/.jupyter``, including the lab user settings, so a fresh
    ``home`` means an unregistered client); ``env`` is merged over the
    defaults; ``extra_args`` are appended to the command line. The server is
    stopped by its own PID (SIGTERM, then SIGKILL) when the block ends.
    """
    gallery_origin = gallery_origin.rstrip("/")
    venv = jupyter_venv()
    root_dir.mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="nbgallery-jupyter-"))
    log_path = work / "jupyter.log"
    port = _free_loopback_port()
    token = secrets.token_hex(24)
    command = [
        str(venv / "bin" / "jupyter"),
        "lab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        # Fail on a taken port rather than silently moving to another one.
        "--ServerApp.port_retries=0",
        f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={root_dir}",
        f"--ServerApp.allow_origin={gallery_origin}",
        "--ServerApp.allow_credentials=True",
        "--ServerApp.disable_check_xsrf=True",
        "--LabApp.expose_app_in_browser=True",
        "--JupyterNotebookApp.expose_app_in_browser=True",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    command.extend(extra_args)
    environment = _jupyter_environment(venv, home, work, gallery_origin, env or {})
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=root_dir,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group, so that helpers it started there (language
            # server probes) go with it even if it has to be killed. Kernels get
            # sessions of their own; Jupyter shuts them down on SIGTERM.
            start_new_session=True,
        )
    lab = JupyterLab(
        url=f"http://127.0.0.1:{port}/",
        token=token,
        root_dir=root_dir,
        pid=process.pid,
        log_path=log_path,
    )
    try:
        _wait_until_ready(lab, process)
        yield lab
    finally:
        _stop(process)
        shutil.rmtree(work, ignore_errors=True)


def _jupyter_environment(
    venv: Path, home: Path, work: Path, gallery_origin: str, extra: dict[str, str]
) -> dict[str, str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in _NOT_INHERITED and not name.startswith(_NOT_INHERITED_PREFIXES)
    }
    runtime_dir = work / "runtime"
    runtime_dir.mkdir()
    environment.update(
        HOME=str(home),
        JUPYTER_CONFIG_DIR=str(home / ".jupyter"),
        JUPYTER_RUNTIME_DIR=str(runtime_dir),
        PATH=f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        NBGALLERY_URL=gallery_origin,
    )
    environment.update(extra)
    return environment


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_ready(lab: JupyterLab, process: subprocess.Popen[bytes]) -> None:
    """Return once the API and the nbgallery server extension both answer."""
    deadline = time.monotonic() + START_TIMEOUT_S
    status_url = f"{lab.url}api/status?token={lab.token}"
    while True:
        if process.poll() is not None:
            _fail(lab, f"jupyter lab exited with status {process.returncode} while starting")
        if _answers(status_url):
            break
        if time.monotonic() > deadline:
            _fail(lab, f"jupyter lab did not answer {lab.url}api/status in {START_TIMEOUT_S:.0f} s")
        time.sleep(0.25)
    if not _answers(f"{lab.url}jupyterlab_nbgallery/environment?token={lab.token}"):
        _fail(lab, "jupyter lab is up but the jupyterlab_nbgallery server extension is not")


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback only)
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (Jupyter then shuts its kernels down), SIGKILL after a while.

    The process is reaped only at the very end: until then its PID, which is
    also the id of its process group, cannot be reused, so killing the group
    reaches exactly what it started and left behind, and nothing else.
    """
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while not _has_exited(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _has_exited(pid: int) -> bool:
    """Whether the child has exited, without reaping it."""
    status = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    return status is not None


def _fail(lab: JupyterLab, reason: str) -> None:
    log = lab.log_path.read_text(errors="replace") if lab.log_path.exists() else ""
    pytest.fail(f"{reason}. The end of its log ({lab.log_path}):\n{_tail(log)}", pytrace=False)


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])
