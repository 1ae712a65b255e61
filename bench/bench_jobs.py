"""Benchmark the whole nightly job suite at scale (issue 7, Performance), on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_jobs.py [--databases sqlite,postgresql]
        [--notebooks 100000] [--users 10000] [--clicks 5000000]

For each database, in a throw-away data folder / database, it builds a
synthetic gallery: ``--users`` users in groups, ``--notebooks`` notebooks
(each a small generated notebook stored as a blob, with its first revision
and code cells), stars, and ``--clicks`` usage rows over the last 90 days,
four fifths clicks (views, downloads, runs, executed) and one fifth cell
executions with their execution histories. The big tables are written with
``COPY`` on PostgreSQL and ``executemany`` on SQLite; that generation time is
printed separately and is not part of the benchmark.

It then runs EVERY registered job (``all_jobs()``, so each app's jobs count
as they land), in registry order and as the worker does (``run_job``), and
prints the wall time of each and in total, and the peak memory of the
process (``ru_maxrss``), against the target: the whole suite under 10
minutes and under 2 GB.
PostgreSQL runs use a throw-away database on 127.0.0.1:5432 (or $BENCH_POSTGRES_URL).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import time
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from harness import run_per_database

SEED = 20261126
TARGET_SECONDS, TARGET_MB = 600, 2048
WORDS = [
    "sales",
    "revenue",
    "churn",
    "forecast",
    "model",
    "cluster",
    "regression",
    "survey",
    "sensor",
    "latency",
    "traffic",
    "inventory",
    "customer",
    "weather",
    "energy",
    "genome",
    "image",
    "text",
    "network",
    "fraud",
    "budget",
    "risk",
    "quality",
    "retention",
    "pricing",
    "demand",
    "supply",
    "anomaly",
    "trend",
    "report",
]
LINES = [
    "import pandas as pd",
    "import numpy as np",
    "import matplotlib.pyplot as plt",
    "from sklearn.linear_model import LinearRegression",
    "df = pd.read_csv('{w}.csv')",
    "df.describe()",
    "df.groupby('{w}').sum()",
    "x = np.linspace(0, {n}, 100)",
    "plt.plot(x, np.sin(x))",
    "model = LinearRegression().fit(X, y)",
    "print(len({w}))",
    "{w} = df['{w}'].mean()",
    "for i in range({n}):\n    total += i",
    "result = {w}.merge({w}_2, on='id')",
]
CLICK_ACTIONS = [
    ("viewed notebook", 0.6),
    ("downloaded notebook", 0.15),
    ("ran notebook", 0.15),
    ("executed notebook", 0.1),
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bulk_insert(table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """COPY on PostgreSQL, executemany in one transaction on SQLite."""
    from django.db import connection, transaction

    names = ", ".join(columns)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            raw = cursor.cursor  # psycopg 3
            with raw.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 (our names)
    with transaction.atomic(), connection.cursor() as cursor:
        raw = cursor.cursor
        batch: list[tuple] = []
        for row in rows:
            batch.append(tuple(map(sqlite_value, row)))
            if len(batch) == 20_000:
                raw.executemany(sql, batch)
                batch = []
        if batch:
            raw.executemany(sql, batch)


def sqlite_value(value: object) -> object:
    """What Django stores: naive UTC text for datetimes, ISO text for dates."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def notebook_content(rng: random.Random) -> tuple[bytes, list[str]]:
    sources = []
    for _ in range(rng.randint(2, 8)):
        lines = rng.sample(LINES, rng.randint(1, 4))
        sources.append(
            "\n".join(line.format(w=rng.choice(WORDS), n=rng.randint(2, 500)) for line in lines)
        )
    cells = [{"cell_type": "markdown", "metadata": {}, "source": " ".join(rng.sample(WORDS, 8))}]
    cells += [
        {"cell_type": "code", "metadata": {}, "source": s, "outputs": [], "execution_count": None}
        for s in sources
    ]
    content = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
        "cells": cells,
    }
    return json.dumps(content).encode(), sources


def build(notebooks: int, users: int, clicks: int, rng: random.Random) -> None:
    """The synthetic gallery; see the module docstring."""
    from django.db import connection, transaction

    from nbgallery.accounts.models import Group, Membership, User
    from nbgallery.jupyter.models import Execution, ExecutionHistory
    from nbgallery.notebooks import blobs
    from nbgallery.notebooks.models import CodeCell, Notebook, Revision, Star
    from nbgallery.usage.models import Click

    now = datetime.now(UTC)
    User.objects.bulk_create(
        (
            User(username=f"user{i}", email=f"user{i}@example.org", password="!")  # noqa: S106
            for i in range(users)
        ),
        batch_size=5000,
    )
    user_ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
    Group.objects.bulk_create(Group(name=f"team {i}") for i in range(max(1, users // 50)))
    group_ids = list(Group.objects.order_by("pk").values_list("pk", flat=True))
    members = {(rng.choice(user_ids), rng.choice(group_ids)) for _ in range(users * 2)}
    Membership.objects.bulk_create(
        (Membership(user_id=u, group_id=g) for u, g in members), batch_size=5000
    )

    fields = [Notebook._meta.get_field("created_at"), Notebook._meta.get_field("updated_at")]
    for field in fields:
        field.auto_now = field.auto_now_add = False  # type: ignore[attr-defined]
    notebook_ids: list[int] = []
    for first in range(0, notebooks, 2000):
        batch, sources = [], []
        for i in range(first, min(notebooks, first + 2000)):
            raw, code = notebook_content(rng)
            created = now - timedelta(days=rng.uniform(1, 4 * 365))
            updated = created + (now - created) * rng.random()
            owner = rng.choice(user_ids)
            group = rng.random() < 0.05
            batch.append(
                Notebook(
                    uuid=uuid.uuid4(),
                    title=f"{' '.join(rng.sample(WORDS, 3)).title()} {i}",
                    description=" ".join(rng.choices(WORDS, k=12)),
                    public=rng.random() < 0.85,
                    lang="python",
                    commit_id=uuid.uuid4().hex,
                    content_sha256=blobs.save_blob(raw),
                    content_updated_at=updated,
                    owner_user_id=None if group else owner,
                    owner_group_id=rng.choice(group_ids) if group else None,
                    creator_id=owner,
                    updater_id=owner,
                    created_at=created,
                    updated_at=updated,
                )
            )
            sources.append(code)
        with transaction.atomic():
            made = Notebook.objects.bulk_create(batch)
            if connection.vendor != "postgresql":  # SQLite returns ids too, but be sure
                made = list(
                    Notebook.objects.filter(uuid__in=[n.uuid for n in batch]).order_by("pk")
                )
            revisions = Revision.objects.bulk_create(
                Revision(
                    notebook=n,
                    user_id=n.creator_id,
                    revtype=Revision.CREATE,
                    commit_id=n.commit_id,
                    public=n.public,
                    content_sha256=n.content_sha256,
                )
                for n in made
            )
            CodeCell.objects.bulk_create(
                CodeCell(
                    revision=revision,
                    cell_index=index + 1,
                    md5=hashlib.md5(source.encode()).hexdigest(),  # noqa: S324 (the protocol's)
                )
                for revision, code in zip(revisions, sources, strict=True)
                for index, source in enumerate(code)
            )
        notebook_ids += [n.pk for n in made]
    for field in fields:
        field.auto_now_add = field.name == "created_at"  # type: ignore[attr-defined]
        field.auto_now = field.name == "updated_at"  # type: ignore[attr-defined]

    stars = {(rng.choice(notebook_ids), rng.choice(user_ids)) for _ in range(notebooks * 2)}
    Star.objects.bulk_create((Star(notebook_id=n, user_id=u) for n, u in stars), batch_size=5000)

    # Popularity is skewed: a few notebooks and users make most of the use.
    def some_notebook() -> int:
        if rng.random() < 0.3:
            return notebook_ids[min(len(notebook_ids) - 1, int(rng.paretovariate(1.2)) - 1)]
        return notebook_ids[rng.randrange(len(notebook_ids))]

    def when() -> datetime:
        return now - timedelta(seconds=rng.uniform(0, 90 * 86400))

    executions = clicks // 5
    actions = [a for a, _ in CLICK_ACTIONS]
    weights = [w for _, w in CLICK_ACTIONS]
    bulk_insert(
        Click._meta.db_table,
        ["user_id", "notebook_id", "action", "tracking", "created_at"],
        (
            (rng.choice(user_ids), some_notebook(), action, "", when())
            for action in rng.choices(actions, weights, k=clicks - executions)
        ),
    )
    cells: dict[int, list[int]] = {}
    for notebook, cell in CodeCell.objects.values_list("revision__notebook_id", "pk").iterator():
        cells.setdefault(notebook, []).append(cell)
    histories: set[tuple[int, int, object]] = set()

    def execution_rows():
        for _ in range(executions):
            notebook, user, moment = some_notebook(), rng.choice(user_ids), when()
            histories.add((user, notebook, moment.date()))
            yield (
                user,
                notebook,
                rng.choice(cells[notebook]),
                rng.random() < 0.85,
                "1200",
                rng.expovariate(1.0),
                moment,
            )

    bulk_insert(
        Execution._meta.db_table,
        [
            "user_id",
            "notebook_id",
            "code_cell_id",
            "success",
            "runtime_sent",
            "runtime_seconds",
            "created_at",
        ],  # fmt: skip
        execution_rows(),
    )
    bulk_insert(
        ExecutionHistory._meta.db_table,
        ["user_id", "notebook_id", "day", "known_cell", "unknown_cell"],
        ((u, n, d, 1, 0) for u, n, d in histories),
    )


def run_one(database: str, notebooks: int, users: int, clicks: int) -> None:
    """Runs inside a child process configured for one database."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from nbgallery.jobs.registry import all_jobs
    from nbgallery.jobs.runner import run_job

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    build(notebooks, users, clicks, random.Random(SEED))  # noqa: S311 (not secrets)
    if database == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    made = time.perf_counter() - start
    print(
        f"{database}: {notebooks} notebooks, {users} users, {clicks} clicks and executions "
        f"made in {made:.0f} s (not part of the benchmark); peak so far {peak_mb():.0f} MB",
        flush=True,
    )
    total = 0.0
    for name, job in all_jobs().items():
        began = time.perf_counter()
        run_job(name)  # as the worker runs it
        seconds = time.perf_counter() - began
        total += seconds
        print(
            f"  {name:<24} {job.schedule:<8} {seconds:8.1f} s   peak {peak_mb():7.0f} MB",
            flush=True,
        )
    verdict = "OK" if total < TARGET_SECONDS and peak_mb() < TARGET_MB else "OVER TARGET"
    print(
        f"  {'all jobs':<24} {'':<8} {total:8.1f} s   peak {peak_mb():7.0f} MB   "
        f"target < {TARGET_SECONDS} s and < {TARGET_MB} MB: {verdict}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--notebooks", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--clicks", type=int, default=5_000_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(args.child, args.notebooks, args.users, args.clicks)
        return
    sizes = ["--notebooks", str(args.notebooks), "--users", str(args.users),
             "--clicks", str(args.clicks)]  # fmt: skip
    run_per_database(__file__, args.databases, sizes)


if __name__ == "__main__":
    main()
