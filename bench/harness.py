"""What every benchmark shares: the corpus, timing, summaries, and one child process per database.

Each database runs in its own child process (Django is configured once per
process): SQLite in a temporary data folder, PostgreSQL in a throw-away
database on 127.0.0.1:5432 (or $BENCH_POSTGRES_URL) that is dropped afterwards.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432")


def manifest() -> list[dict[str, str]]:
    lines = (CORPUS / "MANIFEST.tsv").read_text().splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def summary(samples: list[float]) -> tuple[float, float]:
    """Median and p95, in milliseconds, of samples in seconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def row(
    name: str, samples: list[float], baseline: list[float], target: str = "", width: int = 44
) -> str:
    median, p95 = summary(samples)
    base, _ = summary(baseline)
    line = (
        f"  {name:<{width}} median {median:9.1f} ms   p95 {p95:9.1f} ms   "
        f"×{median / base:7.1f} baseline"
    )
    return f"{line}  {target}" if target else line


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run_per_database(script: str, databases: str, child_args: list[str]) -> None:
    """Run ``script --child <database> <child_args>`` once per database, on a fresh one."""
    for database in databases.split(","):
        with tempfile.TemporaryDirectory() as data_dir:
            env = {**os.environ, "NBGALLERY_DATA_DIR": data_dir, "NBGALLERY_LOG_LEVEL": "error",
                   "DJANGO_SETTINGS_MODULE": "nbgallery.settings"}  # fmt: skip
            env.pop("DATABASE_URL", None)
            name = f"nbgallery_bench_{uuid.uuid4().hex[:8]}"
            if database == "postgresql":
                import psycopg

                with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
                    admin.execute(f'CREATE DATABASE "{name}"')
                env["DATABASE_URL"] = f"{POSTGRES}/{name}"
            try:
                command = [sys.executable, script, "--child", database, *child_args]
                subprocess.run(command, env=env, check=True)
            finally:
                if database == "postgresql":
                    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
                        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
