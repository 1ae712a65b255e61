"""Diff time of nbgallery.diffs on the corpus's largest notebooks, against baselines.

Each notebook is diffed against a variant of itself made the way notebooks
change (deterministic: some cells edited, a few moved, deleted and inserted),
outputs stripped as the gallery stores them. Picked from the MANIFEST: the
largest file, the largest by source text, the one with the most cells and
the one with the longest line; then the largest by source repeated to
thousands of cells, to show how the time grows.

For each pair the table gives the median and p95 of:

* ours: ``notebook_diff`` (cell matching, line diffs, the NotebookDiff) and,
  separately, rendering it with ``diffs/notebook_diff.html`` (split layout);
* baseline: difflib's unified diff of the two notebooks' JSON text (what a
  plain text diff would do), measured in the same run;
* stock nbdime: ``nbdime.diff_notebooks`` as shipped, only where it finishes
  in reasonable time (it compares every cell with every other, and every
  character of a changed line with every other, so it is skipped above
  ``--nbdime-max-cells`` cells or ``--nbdime-max-line`` characters in a line).

    .venv/bin/python bench/bench_diff.py [--corpus DIR] [--repeats N] [--big 1000,5000]
"""

from __future__ import annotations

import argparse
import copy
import csv
import difflib
import json
import os
import random
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import nbformat  # noqa: E402
from harness import summary  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nbgallery.settings")
    os.environ.setdefault("NBGALLERY_LOG_LEVEL", "error")
    import django

    django.setup()


def stripped(nb: dict[str, Any]) -> dict[str, Any]:
    """The notebook as the gallery keeps it: no outputs, no execution counts."""
    nb = copy.deepcopy(nb)
    for cell in nb.get("cells", []):
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
        cell.setdefault("source", "")
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return nb


def variant(nb: dict[str, Any], seed: int = 6) -> dict[str, Any]:
    """Edit ~10% of the cells (a line changed, a line added), move ~3%, delete ~3%, insert ~3%."""
    rng = random.Random(seed)  # noqa: S311 (a repeatable variant, not a secret)
    new = copy.deepcopy(nb)
    cells = new["cells"]
    n = len(cells)
    for index in rng.sample(range(n), max(1, n // 10)):
        lines = cells[index]["source"].split("\n")
        spot = rng.randrange(len(lines))
        lines[spot] = (
            lines[spot].replace("=", "= 2 *", 1)
            if "=" in lines[spot]
            else lines[spot] + " # edited"
        )
        lines.insert(rng.randrange(len(lines) + 1), "# a line added in review")
        cells[index]["source"] = "\n".join(lines)
    for _ in range(max(1, n // 30)):
        cell = cells.pop(rng.randrange(len(cells)))
        cells.insert(rng.randrange(len(cells) + 1), cell)
    for _ in range(max(1, n // 30)):
        if len(cells) > 1:
            cells.pop(rng.randrange(len(cells)))
    for k in range(max(1, n // 30)):
        cells.insert(
            rng.randrange(len(cells) + 1),
            {"cell_type": "markdown", "metadata": {}, "source": f"New note {k}"},
        )
    return new


def repeated(nb: dict[str, Any], cells: int) -> dict[str, Any]:
    """The notebook's cells over and over up to ``cells``, each copy made distinct."""
    new = copy.deepcopy(nb)
    source = nb["cells"]
    new["cells"] = []
    for k in range(cells):
        cell = copy.deepcopy(source[k % len(source)])
        cell["source"] = f"# copy {k // len(source)}\n" + cell["source"]
        new["cells"].append(cell)
    return new


def json_baseline(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    a = json.dumps(old, indent=1, sort_keys=True).splitlines()
    b = json.dumps(new, indent=1, sort_keys=True).splitlines()
    return list(difflib.unified_diff(a, b, lineterm=""))


def measure(work: Callable[[], Any], repeats: int) -> list[float]:
    work()  # warm-up: imports, template loading
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def stats(nb: dict[str, Any]) -> tuple[int, int, int]:
    sources = [cell["source"] for cell in nb["cells"]]
    longest = max((len(line) for s in sources for line in s.split("\n")), default=0)
    return len(sources), sum(len(s) for s in sources), longest


def pick(corpus: Path) -> list[tuple[str, dict[str, Any]]]:
    with open(corpus / "MANIFEST.tsv", newline="", encoding="utf-8") as manifest:
        rows = [r for r in csv.DictReader(manifest, delimiter="\t") if r["validation"] == "valid"]
    loaded = []
    for row in rows:
        text = (corpus / row["file"]).read_text(encoding="utf-8")
        nb = stripped(json.loads(nbformat.writes(nbformat.reads(text, as_version=4))))
        if nb.get("cells"):
            loaded.append((row["file"], int(row["bytes"]), nb))
    choices = {
        "largest file": max(loaded, key=lambda x: x[1]),
        "most source": max(loaded, key=lambda x: stats(x[2])[1]),
        "most cells": max(loaded, key=lambda x: stats(x[2])[0]),
        "longest line": max(loaded, key=lambda x: stats(x[2])[2]),
    }
    return [(f"{label}: {Path(file).name}", nb) for label, (file, _, nb) in choices.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--big", default="1000,5000", help="cell counts of the repeated notebook")
    parser.add_argument("--nbdime-max-cells", type=int, default=400)
    parser.add_argument("--nbdime-max-line", type=int, default=2_000)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    setup_django()

    from django.template.loader import render_to_string
    from nbdime import diff_notebooks

    from nbgallery.diffs.services import notebook_diff

    pairs = pick(args.corpus)
    most_source = pairs[1][1]
    for cells in [int(c) for c in args.big.split(",") if c]:
        pairs.append((f"most source ×{cells} cells", repeated(most_source, cells)))

    print(f"best-effort medians over {args.repeats} runs (ms); ratio = ours / JSON-text difflib")
    header = (
        f"{'pair':<48} {'cells':>5} {'chars':>8} {'line':>6} | {'ours':>8} {'p95':>8} "
        f"{'render':>8} | {'baseline':>8} {'ratio':>6} | {'nbdime':>8} {'ratio':>6} | result"
    )
    print(header)
    print("-" * len(header))
    for label, old in pairs:
        new = variant(old)
        cells, chars, longest = stats(old)
        ours = measure(lambda old=old, new=new: notebook_diff(old, new), args.repeats)
        diff = notebook_diff(old, new)
        context = {"diff": diff, "layout": "split"}
        rendering = measure(
            lambda c=context: render_to_string("diffs/notebook_diff.html", c), args.repeats
        )
        base = measure(lambda old=old, new=new: json_baseline(old, new), args.repeats)
        ours_ms, ours_p95 = summary(ours)
        render_ms, _ = summary(rendering)
        base_ms, _ = summary(base)
        if cells <= args.nbdime_max_cells and longest <= args.nbdime_max_line:
            stock_ms, _ = summary(measure(lambda old=old, new=new: diff_notebooks(old, new), 1))
            stock = f"{stock_ms:8.1f} {ours_ms / stock_ms:6.2f}"
        else:
            stock = f"{'skipped':>8} {'':>6}"
        result = f"+{diff.added} -{diff.removed} ~{diff.changed} ↕{diff.moved}"
        if diff.notes:
            result += f" ({len(diff.notes)} note{'s' if len(diff.notes) > 1 else ''})"
        print(
            f"{label[:48]:<48} {cells:>5} {chars:>8} {longest:>6} | {ours_ms:8.1f} {ours_p95:8.1f} "
            f"{render_ms:8.1f} | {base_ms:8.1f} {ours_ms / base_ms:6.2f} | {stock} | {result}",
            flush=True,
        )


if __name__ == "__main__":
    main()
