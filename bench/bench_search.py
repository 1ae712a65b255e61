"""Benchmark search at scale (issue 5 item 10), on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_search.py [--databases sqlite,postgresql] [--notebooks 100000]

For each database, in a throw-away data folder / database, it builds a
gallery of ``--notebooks`` notebooks made as variants of the corpus's valid
notebooks (their cell sources, outputs dropped, under a markdown cell of
words mixed from the corpus's own vocabulary, with mixed titles,
descriptions and tags), a few thousand users and groups, memberships,
shares, stars, views and usage summaries; most notebooks are public, some private to their
owner, some owned by a group. It then prints:

  * the time to build the search index of all of them (the project's own
    ``build_document`` and ``SearchDocument`` rows, written in bulk; the
    full-text structures follow by trigger: FTS5 on SQLite, search_match on
    PostgreSQL),
  * median and p95 of ``search_notebooks`` (first page of 20, facets and
    total included: what the search page calls) over 50 fixed, varied
    queries, as a normal (non-admin) user in three groups,
  * median and p95 of re-indexing one notebook (``index_notebook``),

each beside a baseline measured in the same run: the first page (20) of
``Notebook.objects.readable_by(user)`` (the plain listing, no search), so
the ratio means something on any machine. Targets at 100,000 notebooks:
query median < 30 ms, p95 < 100 ms; re-indexing one notebook < 20 ms.
PostgreSQL runs use a throw-away database on 127.0.0.1:5432 (or $BENCH_POSTGRES_URL).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from harness import CORPUS, manifest, row, run_per_database, timed

MAX_SOURCE_CHARS = 40_000  # keeps 100,000 variants to a few GB of text
USERS, GROUPS, TAGS = 3000, 300, 400
SEED = 20260501

# Fixed and varied: common and rare words, phrases, field terms, package
# filters, negation, OR, dates, and every sort. Rare words are looked up in
# the corpus vocabulary at run time ("{rare0}"...) so the set stays the same
# for a given corpus and seed.
QUERIES: list[tuple[str, str]] = [
    ("data", "relevance"),
    ("import", "relevance"),
    ("the", "relevance"),
    ("plot", "relevance"),
    ("model", "relevance"),
    ("python", "relevance"),
    ("numpy", "relevance"),
    ("dataframe", "relevance"),
    ("{rare0}", "relevance"),
    ("{rare1}", "relevance"),
    ("{rare2}", "relevance"),
    ("{rare3}", "relevance"),
    ("zzyzxnotaword", "relevance"),
    ('"import numpy as np"', "relevance"),
    ('"for i in range"', "relevance"),
    ('"read_csv"', "relevance"),
    ("pd.read_csv", "relevance"),
    ("data plot", "relevance"),
    ("matplotlib pyplot figure", "relevance"),
    ("tag:{tag0}", "relevance"),
    ("tag:{tag1} data", "relevance"),
    ("tag:{tag2}", "updated"),
    ("lang:python", "relevance"),
    ("lang:r", "relevance"),
    ("lang:julia plot", "relevance"),
    ("owner:{owner}", "relevance"),
    ("owner:{group}", "relevance"),
    ("user:{owner} data", "relevance"),
    ("title:{title_word}", "relevance"),
    ("description:{title_word}", "relevance"),
    ("package:numpy", "relevance"),
    ("package:pandas data", "relevance"),
    ("package:matplotlib -package:seaborn", "relevance"),
    ("package:torch", "updated"),
    ("data -plot", "relevance"),
    ("model -tag:{tag0}", "relevance"),
    ("-data", "relevance"),
    ("plot or chart", "relevance"),
    ("{rare0} or {rare1}", "relevance"),
    ("numpy pandas or julia", "relevance"),
    ("created:>=2024-01-01", "relevance"),
    ("data created:<2021-06-01", "relevance"),
    ("updated:>2023-03-01 plot", "relevance"),
    ("", "trending"),
    ("", "updated"),
    ("data", "stars"),
    ("data", "views"),
    ("data", "title"),
    ("plot", "created"),
    ("model", "trending"),
]


def source_of(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def corpus_bases() -> list[dict]:
    """The valid corpus notebooks, sources only, not too large."""
    bases = []
    for entry in manifest():
        if entry["validation"] != "valid":
            continue
        content = json.loads((CORPUS / entry["file"]).read_bytes())
        cells = [
            {"cell_type": cell.get("cell_type", "code"), "source": source_of(cell)}
            for cell in content.get("cells", [])
        ]
        if not cells or sum(len(cell["source"]) for cell in cells) > MAX_SOURCE_CHARS:
            continue
        lang = entry["kernel_language"] if entry["kernel_language"] != "unspecified" else "python"
        name = Path(entry["file"]).stem.replace("_", " ").replace("-", " ")
        bases.append({"cells": cells, "lang": lang.lower(), "name": name})
    return bases


def vocabulary(bases: list[dict]) -> Counter[str]:
    words: Counter[str] = Counter()
    for base in bases:
        for cell in base["cells"]:
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,15}", cell["source"]))
    return words


def build_gallery(count: int, rng: random.Random):
    """Users, groups, notebooks with content blobs, tags, shares, stars and views."""
    from django.db import transaction

    from nbgallery.accounts.models import Group, Membership, User
    from nbgallery.notebooks import blobs
    from nbgallery.notebooks.models import Notebook, NotebookTag, Share, Star, Tag
    from nbgallery.usage.models import Click, NotebookSummary

    bases = corpus_bases()
    words = vocabulary(bases)
    common = [w for w, _ in words.most_common(3000)]
    weights = [c for _, c in words.most_common(3000)]
    rare = sorted(w for w, c in words.items() if c == 2)

    def mixed(n: int) -> str:
        return " ".join(rng.choices(common, weights=weights, k=n))

    users = User.objects.bulk_create(
        User(
            username=f"user{i}",
            email=f"user{i}@example.org",
            first_name=rng.choice(common).title(),
            last_name=rng.choice(common).title(),
            password="!",  # noqa: S106 (unusable: nobody signs in here)
        )
        for i in range(USERS)
    )
    users = list(User.objects.order_by("pk"))
    viewer = users[0]
    groups = Group.objects.bulk_create(
        Group(name=f"{mixed(2).title()} team {i}") for i in range(GROUPS)
    )
    groups = list(Group.objects.order_by("pk"))
    memberships = {(viewer.pk, group.pk) for group in groups[:3]}
    while len(memberships) < GROUPS * 10:
        memberships.add((rng.choice(users[1:]).pk, rng.choice(groups).pk))
    Membership.objects.bulk_create(Membership(user_id=u, group_id=g) for u, g in memberships)
    tag_names = sorted({w for w in common[50:] if len(w) > 3})[:TAGS]
    Tag.objects.bulk_create(Tag(name=name) for name in tag_names)
    tags = list(Tag.objects.order_by("pk"))

    # Dates spread over six years; auto_now(_add) would stamp them all "now".
    fields = [Notebook._meta.get_field("created_at"), Notebook._meta.get_field("updated_at")]
    for field in fields:
        field.auto_now = field.auto_now_add = False  # type: ignore[attr-defined]
    start_day = datetime(2019, 1, 1, tzinfo=UTC)
    for first in range(0, count, 2000):
        batch = []
        for i in range(first, min(count, first + 2000)):
            base = rng.choice(bases)
            cells = [{"cell_type": "markdown", "source": mixed(rng.randint(15, 40))}]
            content = {
                "nbformat": 4,
                "nbformat_minor": 5,
                "metadata": {"kernelspec": {"language": base["lang"]}},
                "cells": cells + base["cells"],
            }
            sha = blobs.save_blob(json.dumps(content).encode())
            kind = rng.random()
            owner = rng.choice(users)
            created = start_day + timedelta(minutes=rng.randrange(6 * 365 * 24 * 60))
            updated = created + timedelta(minutes=rng.randrange(365 * 24 * 60))
            batch.append(
                Notebook(
                    uuid=uuid.uuid4(),
                    title=f"{base['name'][:60]} {mixed(rng.randint(1, 4))} {i}",
                    description=mixed(rng.randint(5, 25)),
                    public=kind < 0.85,
                    lang=base["lang"],
                    commit_id=uuid.uuid4().hex,
                    content_sha256=sha,
                    content_updated_at=updated,
                    owner_user=None if kind >= 0.95 else owner,
                    owner_group=rng.choice(groups) if kind >= 0.95 else None,
                    creator=owner,
                    updater=rng.choice([owner, rng.choice(users)]),
                    created_at=created,
                    updated_at=updated,
                )
            )
        with transaction.atomic():
            Notebook.objects.bulk_create(batch)
    for field in fields:
        field.auto_now_add = field.name == "created_at"  # type: ignore[attr-defined]
        field.auto_now = field.name == "updated_at"  # type: ignore[attr-defined]

    ids = list(Notebook.objects.order_by("pk").values_list("pk", flat=True))
    with transaction.atomic():
        pairs = {(n, rng.choice(tags).pk) for n in ids for _ in range(rng.randint(0, 4))}
        NotebookTag.objects.bulk_create(
            (NotebookTag(notebook_id=n, tag_id=t) for n, t in pairs), batch_size=5000
        )
        shares = {(rng.choice(ids), rng.choice(users).pk) for _ in range(count // 20)}
        shares |= {(rng.choice(ids), viewer.pk) for _ in range(50)}
        Share.objects.bulk_create(
            (Share(notebook_id=n, user_id=u, shared_by=viewer) for n, u in shares),
            batch_size=5000,
        )
        stars = {(rng.choice(ids), rng.choice(users).pk) for _ in range(count // 5)}
        Star.objects.bulk_create(
            (Star(notebook_id=n, user_id=u) for n, u in stars), batch_size=5000
        )
        Click.objects.bulk_create(
            (
                Click(notebook_id=rng.choice(ids), user=rng.choice(users), action=Click.VIEWED)
                for _ in range(count // 2)
            ),
            batch_size=5000,
        )
        # What the usage jobs keep, for the popularity sorts: most notebooks
        # have been used, a long tail barely, some never.
        NotebookSummary.objects.bulk_create(
            (
                NotebookSummary(
                    notebook_id=n,
                    views=(views := int(rng.paretovariate(1.2))),
                    unique_views=max(1, views // 2),
                    downloads=int(rng.paretovariate(1.5)),
                    runs=int(rng.paretovariate(1.5)) - 1,
                    stars=int(rng.paretovariate(2)) - 1,
                    trendiness=round(rng.random() ** 4, 4),
                )
                for n in ids
                if rng.random() < 0.7
            ),
            batch_size=5000,
        )
    fill = {
        **{f"rare{i}": word for i, word in enumerate(rng.sample(rare, 4))},
        **{f"tag{i}": tag.name for i, tag in enumerate(rng.sample(tags, 3))},
        "owner": rng.choice(users[1:]).username,
        "group": f'"{groups[1].name}"',
        "title_word": common[200],
    }
    return viewer, ids, fill


def run_one(database: str, count: int, repeat: int) -> None:
    """Runs inside a child process configured for one database."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from nbgallery.notebooks.models import Notebook
    from nbgallery.search import indexing
    from nbgallery.search.services import search_notebooks

    call_command("migrate", verbosity=0)
    rng = random.Random(SEED)  # noqa: S311 (the same gallery every run, not secrets)
    start = time.perf_counter()
    viewer, ids, fill = build_gallery(count, rng)
    made = time.perf_counter() - start
    print(f"{database}: {count} notebooks made in {made:.0f} s (not part of the benchmark)")

    start = time.perf_counter()
    for first in range(0, len(ids), 1000):
        indexing.index_notebooks_in_bulk(ids[first : first + 1000])
    indexing.get_backend().rebuild()  # as `nbgallery reindex` ends (FTS5 merge, VACUUM)
    build = time.perf_counter() - start
    print(
        f"  build the index of {count} notebooks: {build:8.1f} s "
        f"({build / count * 1000:.2f} ms each)"
    )
    if database == "postgresql":
        # The rest of the database as autovacuum keeps it in production (it
        # may be off where this runs): statistics, and visibility maps so
        # that star and tag counts read their indexes only.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    def first_page():
        return list(Notebook.objects.readable_by(viewer).order_by("-updated_at")[:20])

    baseline = [timed(first_page) for _ in range(repeat * 10)]
    per_query: list[tuple[str, float, int]] = []
    samples: list[float] = []
    for template, sort in QUERIES:
        text = template.format(**fill)
        search_notebooks(viewer, text, sort=sort)  # warm
        times, results = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            results.append(search_notebooks(viewer, text, sort=sort))
            times.append(time.perf_counter() - start)
        total = results[-1].total
        per_query.append((f"{text} [{sort}]", statistics.median(times), total))
        samples.append(statistics.median(times))
    print(row("readable_by page of 20 (baseline)", baseline, baseline, width=38))
    print(
        row(
            "search, 50 queries (median of each)",
            samples,
            baseline,
            "target <30 / p95 <100",
            width=38,
        )
    )
    targets = rng.sample(ids, 50)
    indexing.index_notebook(targets[0])  # warm
    reindex = [timed(lambda n=n: indexing.index_notebook(n)) for n in targets]
    print(row("re-index one notebook", reindex, baseline, "target <20", width=38))
    print("  slowest queries:")
    for text, seconds, total in sorted(per_query, key=lambda q: -q[1])[:8]:
        print(f"    {seconds * 1000:8.1f} ms  {total:6d} hits  {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--notebooks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(args.child, args.notebooks, args.repeat)
        return
    run_per_database(
        __file__, args.databases, ["--notebooks", str(args.notebooks), "--repeat", str(args.repeat)]
    )


if __name__ == "__main__":
    main()
