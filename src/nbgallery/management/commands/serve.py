"""``nbgallery serve``: everything the gallery needs, in one command.

Prepares the data folder and database, makes the first admin, then runs and
supervises two child processes: gunicorn (the web server, several workers)
and ``nbgallery worker`` (background jobs and the scheduler). Ctrl-C or
SIGTERM stops both; if either dies, the other is stopped too. Children are
also told by the kernel to stop if this process is killed outright, so no
orphan is ever left behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import socket
import subprocess
import sys
import time
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from nbgallery.accounts.bootstrap import ensure_first_admin

PR_SET_PDEATHSIG = 1
STOP_TIMEOUT_SECONDS = 15


def die_with_parent() -> None:
    """Runs in the child before exec: SIGTERM it when the parent dies (Linux)."""
    # Not on Linux, there is no prctl: the parent's own signal handling still stops them.
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class Command(BaseCommand):
    help = "Serve nbgallery: web server, job worker and scheduler."
    requires_system_checks = []  # run explicitly below, so they come before anything else

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on.")
        parser.add_argument("--data-dir", help="Folder for the database and files.")
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Only the web side; run `nbgallery worker` elsewhere.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("check")
        call_command("migrate", interactive=False, verbosity=0)
        self.announce_admin()

        children = {"web": self.start_web(options["host"], options["port"])}
        if not options["no_worker"]:
            children["worker"] = self.start([sys.executable, "-m", "nbgallery.cli", "worker"])
        if not self.wait_until_listening(options["host"], options["port"], children["web"]):
            self.stop_all(children)
            raise CommandError(
                f"The web server did not start on {options['host']}:{options['port']}; "
                "see its messages above (is the port already in use?)."
            )
        self.stdout.write(
            f"nbgallery is running at http://{self.display_host(options['host'])}:{options['port']}/"
            f"  (data in {settings.DATA_DIR}; press Ctrl-C to stop)"
        )
        self.stdout.flush()
        self.supervise(children)

    def announce_admin(self) -> None:
        user, generated = ensure_first_admin()
        if user and generated:
            self.stdout.write(
                f"Created the first admin {user.username!r} with the password {generated!r}. "
                "It is shown only this once: sign in and change it."
            )
        elif user:
            self.stdout.write(f"Created the first admin {user.username!r}.")

    def start_web(self, host: str, port: int) -> subprocess.Popen:
        return self.start(
            [
                sys.executable, "-m", "gunicorn", "nbgallery.wsgi:application",
                "--bind", f"{host}:{port}",
                "--workers", str(settings.NBGALLERY_WEB_WORKERS),
                "--worker-class", "gthread", "--threads", "4",
                "--graceful-timeout", "10",
                "--access-logfile", "-",
                "--forwarded-allow-ips", "127.0.0.1,::1",
                "--no-control-socket",
            ]
        )  # fmt: skip

    def start(self, command: list[str]) -> subprocess.Popen:
        return subprocess.Popen(command, preexec_fn=die_with_parent)  # noqa: PLW1509

    @staticmethod
    def wait_until_listening(host: str, port: int, web: subprocess.Popen) -> bool:
        """Print the URL only once it answers, so that what we print works."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and web.poll() is None:
            try:
                socket.create_connection((host or "127.0.0.1", port), timeout=1).close()
                return True
            except OSError:
                time.sleep(0.2)
        return False

    @staticmethod
    def display_host(host: str) -> str:
        return "127.0.0.1" if host in ("0.0.0.0", "") else host  # noqa: S104

    def supervise(self, children: dict[str, subprocess.Popen]) -> None:
        stopping = False

        def request_stop(signum: int, frame: Any) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)
        failed = None
        while not stopping:
            failed = next((name for name, c in children.items() if c.poll() is not None), None)
            if failed:
                break
            time.sleep(0.2)
        self.stop_all(children)
        if failed:
            code = children[failed].returncode
            raise CommandError(f"The {failed} process stopped unexpectedly (exit code {code}).")
        self.stdout.write("nbgallery stopped.")

    def stop_all(self, children: dict[str, subprocess.Popen]) -> None:
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for child in children.values():
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
