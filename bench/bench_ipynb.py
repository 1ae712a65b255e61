"""Benchmark nbgallery.lib.ipynb (parse, strip, serialize) on the shared corpus.

    .venv/bin/python bench/bench_ipynb.py [--largest 8] [--repeat 7] [--corpus-repeat 3]

Two workloads, each timed as whole passes (one pass = every file once):
  * the corpus's largest notebooks (``--largest``, by size),
  * the whole corpus (405 files, 53 MB; files that are refused count too).
For each it prints the median and p95 pass time of every operation and its
ratio to a baseline measured in the same run: plain ``json.loads`` +
``json.dumps`` of the same bytes, the least any upload path must do. The
"upload" row is what the stage endpoint does: parse + strip_outputs +
serialize + sha256. ``serialize`` uses the pure-Python JSON encoder (the C
one is not used with ``indent``), so it is timed both on stripped notebooks
and on notebooks that keep their outputs (trusted ones). A last table gives
the per-file spread over the corpus.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from nbgallery.lib.ipynb import (  # noqa: E402
    NotebookError,
    content_sha256,
    parse_notebook,
    serialize,
    strip_outputs,
)

CORPUS = Path(
    os.environ.get("NBGALLERY_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)
LIMIT = 16 * 1024 * 1024


def load_corpus() -> list[tuple[str, bytes]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(row["file"], (CORPUS / row["file"]).read_bytes()) for row in rows]


def try_parse(raw: bytes) -> dict[str, Any] | None:
    try:
        return parse_notebook(raw, LIMIT)
    except NotebookError:
        return None


def baseline(raw: bytes) -> None:
    json.dumps(json.loads(raw))


def upload(raw: bytes) -> None:
    nb = try_parse(raw)
    if nb is not None:
        content_sha256(serialize(strip_outputs(nb)))


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def passes(action: Callable[[Any], object], items: list[Any], repeat: int) -> list[float]:
    """Time ``repeat`` passes of ``action`` over ``items`` (after one untimed warm-up pass)."""
    for item in items:
        action(item)
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for item in items:
            action(item)
        samples.append(time.perf_counter() - start)
    return samples


def workload(title: str, files: list[tuple[str, bytes]], repeat: int) -> None:
    raws = [raw for _, raw in files]
    parsed = [nb for nb in map(try_parse, raws) if nb is not None]
    stripped = [strip_outputs(nb) for nb in parsed]
    data = [serialize(nb) for nb in stripped]
    size = sum(map(len, raws)) / 1e6
    print(f"\n{title}: {len(files)} files, {size:.1f} MB, {len(parsed)} accepted, {repeat} passes")
    base = passes(baseline, raws, repeat)
    base_median, _ = summary(base)
    operations: list[tuple[str, list[float]]] = [
        ("baseline: json.loads + json.dumps", base),
        ("parse_notebook", passes(try_parse, raws, repeat)),
        ("strip_outputs", passes(strip_outputs, parsed, repeat)),
        ("serialize (stripped)", passes(serialize, stripped, repeat)),
        ("serialize (outputs kept: trusted)", passes(serialize, parsed, repeat)),
        ("content_sha256", passes(content_sha256, data, repeat)),
        ("upload: parse + strip + serialize + sha256", passes(upload, raws, repeat)),
    ]
    print(f"  {'operation (per pass)':<44} {'median':>10} {'p95':>10} {'x baseline':>11}")
    for name, samples in operations:
        median, p95 = summary(samples)
        print(f"  {name:<44} {median:8.1f} ms {p95:7.1f} ms {median / base_median:10.2f}")


def per_file(files: list[tuple[str, bytes]]) -> None:
    """The spread over single files: median and p95 of per-file times and ratios."""
    times, ratios = [], []
    for _, raw in files:
        base = min(passes(baseline, [raw], 3))
        spent = min(passes(upload, [raw], 3))
        times.append(spent)
        ratios.append(spent / base)
    median, p95 = summary(times)
    ordered = sorted(ratios)
    print("\nPer file over the whole corpus (best of 3 each)")
    print(f"  upload time      median {median:8.2f} ms   p95 {p95:8.2f} ms")
    print(
        f"  x baseline       median {statistics.median(ordered):8.2f}      "
        f"p95 {ordered[round(0.95 * (len(ordered) - 1))]:8.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--largest", type=int, default=8, help="how many of the largest files")
    parser.add_argument("--repeat", type=int, default=7, help="passes over the largest files")
    parser.add_argument("--corpus-repeat", type=int, default=3, help="passes over the corpus")
    args = parser.parse_args()
    files = load_corpus()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load {load:.1f}; "
        f"corpus {CORPUS}"
    )
    largest = sorted(files, key=lambda item: len(item[1]), reverse=True)[: args.largest]
    workload(f"Largest {args.largest} notebooks", largest, args.repeat)
    workload("Whole corpus", files, args.corpus_repeat)
    per_file(files)


if __name__ == "__main__":
    main()
