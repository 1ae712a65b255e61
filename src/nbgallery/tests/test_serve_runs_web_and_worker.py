"""`nbgallery serve` starts everything with one command and stops it cleanly."""

import http.cookiejar
import re
import signal
import sqlite3
import time
import urllib.parse
import urllib.request

import psycopg

from nbgallery.tests.server_process import alive, command_line, descendants, running_server


def sign_in(server, username, password) -> int:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(server.url + "/accounts/login/", timeout=60).read()
    token = next(cookie.value for cookie in jar if cookie.name == "nbgallery_csrftoken")
    body = urllib.parse.urlencode(
        {"login": username, "password": password, "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(  # noqa: S310  (our own http URL)
        server.url + "/accounts/login/", data=body, headers={"Referer": server.url + "/"}
    )
    opener.open(request, timeout=60).read()
    with opener.open(server.url + "/api/v1/me", timeout=60) as response:
        return response.status


def finished_tasks(server) -> list[tuple[str, str]]:
    query = "SELECT task_path, status FROM django_tasks_database_dbtaskresult"
    if server.database_url:
        with psycopg.connect(server.database_url) as connection:
            return connection.execute(query).fetchall()
    with sqlite3.connect(server.data_dir / "nbgallery.sqlite3") as connection:
        return connection.execute(query).fetchall()


def test_serve_prepares_the_site_serves_it_runs_jobs_and_stops_cleanly(tmp_path):
    with running_server(tmp_path) as server:
        server.wait_for_line(f"running at http://127.0.0.1:{server.port}/")
        printed = "".join(server.output)
        password = re.search(r"admin 'admin' with the password '([^']+)'", printed)
        assert password, printed

        status, content_type, body = server.get("/healthz")
        assert (status, content_type) == (200, "application/json")
        assert b'"database": "ok"' in body
        status, content_type, _ = server.get("/static/bootstrap/css/bootstrap.min.css")
        assert (status, content_type.split(";")[0]) == (200, "text/css")
        assert server.get("/")[0] == 200
        assert sign_in(server, "admin", password.group(1)) == 200

        # The job worker and its scheduler run: the daily clean-up job ran once.
        deadline = time.monotonic() + 30
        while ("nbgallery.jobs.tasks.prune_task_results", "SUCCESSFUL") not in finished_tasks(
            server
        ):
            assert time.monotonic() < deadline, finished_tasks(server)
            time.sleep(0.5)

        family = descendants(server.process.pid)
        commands = [command_line(pid) for pid in family]
        assert any("gunicorn" in command for command in commands)
        assert any("nbgallery.cli worker" in command for command in commands)

        assert server.stop(signal.SIGTERM) == 0
        time.sleep(0.5)
        assert [pid for pid in family if alive(pid)] == []


def test_serve_data_folder_holds_the_database_secret_and_files(tmp_path):
    with running_server(tmp_path) as server:
        server.wait_for_line("running at")

        assert (server.data_dir / "secret_key").stat().st_mode & 0o077 == 0
        if not server.database_url:
            assert (server.data_dir / "nbgallery.sqlite3").exists()
            with sqlite3.connect(server.data_dir / "nbgallery.sqlite3") as connection:
                assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_serve_no_worker_runs_only_the_web_side(tmp_path):
    with running_server(tmp_path, "--no-worker") as server:
        server.wait_for_line("running at")

        commands = [command_line(pid) for pid in descendants(server.process.pid)]
        assert any("gunicorn" in command for command in commands)
        assert not any("nbgallery.cli worker" in command for command in commands)


def test_killing_serve_outright_leaves_no_orphans(tmp_path):
    with running_server(tmp_path) as server:
        server.wait_for_line("running at")
        family = descendants(server.process.pid)
        assert family

        server.stop(signal.SIGKILL)

        deadline = time.monotonic() + 30
        while [pid for pid in family if alive(pid)]:
            assert time.monotonic() < deadline, [command_line(p) for p in family if alive(p)]
            time.sleep(0.2)


def test_the_admin_password_can_come_from_the_environment(tmp_path):
    with running_server(tmp_path, NBGALLERY_ADMIN_PASSWORD="a chosen passphrase") as server:
        server.wait_for_line("running at")

        assert "Created the first admin 'admin'." in "".join(server.output)
        assert "with the password" not in "".join(server.output)
        assert sign_in(server, "admin", "a chosen passphrase") == 200
