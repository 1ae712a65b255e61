"""Start a real `nbgallery serve` in a subprocess, on the database the suite runs on.

On PostgreSQL each server gets a database of its own, made and dropped here,
because the test database is held inside per-test transactions.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def own_database() -> Iterator[str | None]:
    """A fresh PostgreSQL database URL when the suite runs on PostgreSQL, else None."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield None
        return
    server, _, _ = url.rpartition("/")
    name = f"nbgallery_serve_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (children, their children, ...)."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                for child in (task / "children").read_text().split():
                    found.add(int(child))
                    pending.append(int(child))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def command_line(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    return ""


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    data_dir: Path
    database_url: str | None
    output: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str) -> tuple[int, str, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=60) as response:  # noqa: S310
                return response.status, response.headers["Content-Type"], response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers["Content-Type"], error.read()

    def wait_for_line(self, text: str, timeout: float = 90) -> str:
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                if self.process.poll() is not None:
                    break
                continue
            self.output.append(line)
            if text in line:
                return line
        raise AssertionError(f"{text!r} never printed; output was:\n{''.join(self.output)}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout=timeout)


@contextlib.contextmanager
def running_server(tmp_path: Path, *args: str, **extra_env: str) -> Iterator[Server]:
    """`nbgallery serve` on a free port; always stopped (by its PID) afterwards."""
    with own_database() as database_url:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "NBGALLERY_ADMIN_PASSWORD", "DJANGO_SETTINGS_MODULE")
        }
        env.update(NBGALLERY_WEB_WORKERS="2", NBGALLERY_SCHEDULER_INTERVAL="1", **extra_env)
        if database_url:
            env["DATABASE_URL"] = database_url
        port = free_port()
        data_dir = tmp_path / "data"
        command = [sys.executable, "-m", "nbgallery.cli", "serve", "--port", str(port)]
        process = subprocess.Popen(
            [*command, "--data-dir", str(data_dir), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        server = Server(process, port, data_dir, database_url)
        try:
            yield server
        finally:
            family = descendants(process.pid)
            if process.poll() is None:
                process.kill()
                process.wait()
            for pid in family:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
