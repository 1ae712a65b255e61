"""Render time of nbgallery.rendering on the shared corpus, against a baseline.

Prints the median and 95th percentile of the time to render one notebook, for
the corpus's 10 largest valid notebooks and for all valid notebooks, trusted
(outputs shown) and untrusted (sources only), and the ratio to a baseline
measured in the same run on the same notebooks: nbconvert's HTMLExporter with
the "basic" template (what Jupyter's own "export as HTML" does, without any
sanitizing) when nbconvert is installed, else parsing the notebook's JSON.
The untrusted baseline converts the same notebook with its outputs removed.

Each notebook is rendered once untimed first (lexers and templates load on
first use), then timed --repeats times (the 10 largest) or --corpus-repeats
times (the whole corpus); its time is the fastest of those.

    .venv/bin/python bench/bench_render.py [--corpus DIR] [--repeats N] [--largest-only]
                                           [--clock wall|cpu]
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import nbformat  # noqa: E402

from nbgallery.rendering.render import render_notebook  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def load(corpus: Path) -> list[tuple[str, int, str, Any, str]]:
    """(file, bytes, language, notebook, raw JSON text) for every valid notebook."""
    with open(corpus / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        rows = [r for r in csv.DictReader(manifest, delimiter="\t") if r["validation"] == "valid"]
    notebooks = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for row in rows:
            text = (corpus / row["file"]).read_text(encoding="utf-8")
            nb = nbformat.reads(text, as_version=4)
            notebooks.append((row["file"], int(row["bytes"]), row["kernel_language"], nb, text))
    return notebooks


def without_outputs(nb: Any) -> Any:
    stripped = copy.deepcopy(nb)
    for cell in stripped.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return stripped


def baseline() -> tuple[str, Callable[[Any, str], Any]]:
    try:
        from nbconvert import HTMLExporter
    except ImportError:
        return "json.loads", lambda nb, text: json.loads(text)
    exporter = HTMLExporter(template_name="basic")
    return "nbconvert HTMLExporter (basic)", lambda nb, text: exporter.from_notebook_node(nb)


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
clock = time.perf_counter


def fastest(work: Callable[[], Any], repeats: int) -> float:
    work()  # warm-up
    best = float("inf")
    for _ in range(repeats):
        start = clock()
        work()
        best = min(best, clock() - start)
    return best


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(notebooks, trusted: bool, repeats: int, base) -> tuple[list[float], list[float], int]:
    """Times for ours and the baseline; a notebook the baseline cannot convert is left out."""
    ours, theirs, skipped = [], [], 0
    for _, _, language, nb, text in notebooks:
        other = nb if trusted else without_outputs(nb)
        try:
            baseline_time = fastest(partial(base, other, text), repeats)
        except Exception:  # nbconvert gives up on some real notebooks (widget metadata)
            skipped += 1
            continue
        theirs.append(baseline_time)
        render = partial(render_notebook, nb, trusted=trusted, language=language)
        ours.append(fastest(render, repeats))
    return ours, theirs, skipped


def row(label: str, ours: list[float], theirs: list[float]) -> str:
    ms = 1000
    return (
        f"{label:<28} {len(ours):>4} "
        f"{statistics.median(ours) * ms:>10.1f} {p95(ours) * ms:>9.1f} {sum(ours):>8.2f} "
        f"{statistics.median(theirs) * ms:>10.1f} {p95(theirs) * ms:>9.1f} {sum(theirs):>8.2f} "
        f"{statistics.median(ours) / statistics.median(theirs):>7.2f} "
        f"{p95(ours) / p95(theirs):>6.2f} {sum(ours) / sum(theirs):>7.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs, 10 largest")
    parser.add_argument("--corpus-repeats", type=int, default=1, help="timed runs, whole corpus")
    parser.add_argument("--largest-only", action="store_true", help="skip the whole corpus")
    parser.add_argument(
        "--clock",
        choices=CLOCKS,
        default="wall",
        help="wall time, or this process's CPU time (steadier on a busy machine)",
    )
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    # nbconvert's notes about lexers and unrepresentable outputs are not results.
    warnings.simplefilter("ignore")

    notebooks = load(args.corpus)
    largest = sorted(notebooks, key=lambda n: n[1], reverse=True)[:10]
    name, base = baseline()
    print(
        f"corpus: {len(notebooks)} valid notebooks; baseline: {name}; "
        f"best of {args.repeats} (10 largest) / {args.corpus_repeats} (whole corpus); "
        f"{args.clock} clock"
    )
    print(
        f"{'':<28} {'':>4} {'ours (ms)':>21} {'total s':>8} {'baseline (ms)':>21} {'total s':>8} "
        f"{'ratio ours/baseline':>23}"
    )
    print(
        f"{'set':<28} {'n':>4} {'median':>10} {'p95':>9} {'':>8} {'median':>10} {'p95':>9} "
        f"{'':>8} {'median':>7} {'p95':>6} {'total':>7}"
    )
    sets = [("10 largest", largest, args.repeats)]
    if not args.largest_only:
        sets.append(("whole corpus", notebooks, args.corpus_repeats))
    for label, chosen, repeats in sets:
        for trusted in (True, False):
            ours, theirs, skipped = measure(chosen, trusted, repeats, base)
            kind = "trusted" if trusted else "untrusted"
            note = f"  ({skipped} left out: the baseline failed)" if skipped else ""
            print(row(f"{label}, {kind}", ours, theirs) + note, flush=True)
    print("largest:", ", ".join(f"{Path(f).name} ({b / 1e6:.1f} MB)" for f, b, *_ in largest))


if __name__ == "__main__":
    main()
