"""Benchmark the notebook lifecycle on the shared corpus, on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_notebooks.py [--databases sqlite,postgresql] [--repeat 7]

For each database it prints medians and p95 of:
  * upload (step 1 + step 2) of the corpus's largest notebooks (and of one near 1 MiB),
  * the notebook page once its rendering is cached,
  * importing the whole corpus (`nbgallery import`),
each with a baseline measured in the same run, so the ratio means something on
any machine: reading + json-parsing the same file (upload), GET /healthz
(page), reading + json-parsing every corpus file (import).
PostgreSQL runs use a throw-away database on 127.0.0.1:5432 (or $BENCH_POSTGRES_URL).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from pathlib import Path

from harness import CORPUS, manifest, row, run_per_database, timed


def run_one(database: str, repeat: int) -> None:
    """Runs inside a child process configured for one database."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from nbgallery.accounts.models import User
    from nbgallery.notebooks import services

    call_command("migrate", verbosity=0)
    alice = User.objects.create_user("alice", "alice@example.org", "x")
    rows = [r for r in manifest() if r["validation"] == "valid"]
    largest = sorted(rows, key=lambda r: int(r["bytes"]), reverse=True)[:5]
    near_mib = min(rows, key=lambda r: abs(int(r["bytes"]) - 1024 * 1024))

    def upload(path: Path, title: str):
        stage = services.stage_upload(alice, path.read_bytes(), filename=path.name)
        notebook, _ = services.publish_notebook(
            alice, stage, title=title, description="", tags=[], owner=alice,
            public=True, agreed=True,
        )  # fmt: skip
        return notebook

    print(f"{database}:")
    for entry in [near_mib, *largest]:
        path = CORPUS / entry["file"]
        samples = [timed(lambda p=path: upload(p, uuid.uuid4().hex)) for _ in range(repeat)]
        baseline = [timed(lambda p=path: json.loads(p.read_bytes())) for _ in range(repeat)]
        label = f"upload {int(entry['bytes']) / 1048576:.2f} MiB {path.name[:22]}"
        print(row(label, samples, baseline))

    client = Client(HTTP_HOST="localhost")
    notebook = upload(CORPUS / near_mib["file"], "page")
    url = notebook.get_absolute_url()
    assert client.get(url).status_code == 200  # fills the render cache
    page = [timed(lambda: client.get(url)) for _ in range(repeat * 5)]
    health = [timed(lambda: client.get("/healthz")) for _ in range(repeat * 5)]
    print(row("notebook page (cached), ~1 MiB notebook", page, health))

    with tempfile.TemporaryDirectory() as folder:
        for entry in manifest():
            target = Path(folder) / entry["file"].replace("/", "__")
            target.write_bytes((CORPUS / entry["file"]).read_bytes())
        from io import StringIO

        read_all = [timed(lambda: [json.loads(p.read_bytes()) for p in Path(folder).iterdir()])]
        start = time.perf_counter()
        out = StringIO()
        call_command("import", folder, "--owner", "alice", stdout=out)
        whole = [time.perf_counter() - start]
        print(row("import the whole corpus (405 files)", whole, read_all))
        print("   ", out.getvalue().splitlines()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(args.child, args.repeat)
        return
    run_per_database(__file__, args.databases, ["--repeat", str(args.repeat)])


if __name__ == "__main__":
    main()
