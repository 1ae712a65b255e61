"""The notebook corpus (../shared/corpus), read and parsed once per test session.

Parsing all 405 files takes seconds, so every corpus test shares this one
pass instead of parsing again. Tests must not modify what it holds.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from nbgallery.lib.ipynb import NotebookError, parse_notebook_with_repairs

CORPUS = Path(
    os.environ.get("NBGALLERY_CORPUS", Path(__file__).resolve().parents[5] / "shared" / "corpus")
)
# Larger than every corpus file: the size limit has its own tests.
CORPUS_MAX_BYTES = 16 * 1024 * 1024


@dataclass
class CorpusFile:
    """One MANIFEST row, the file's bytes and what parse_notebook made of them."""

    row: dict[str, str]
    raw: bytes
    nb: dict[str, Any] | None = None
    repairs: list[str] = field(default_factory=list)
    error: NotebookError | None = None

    @property
    def name(self) -> str:
        return self.row["file"]

    @property
    def valid(self) -> bool:
        return self.row["validation"] == "valid"

    @property
    def major(self) -> int:
        return int(self.row["nbformat"].split(".")[0])


@pytest.fixture(scope="session")
def corpus() -> list[CorpusFile]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        pytest.skip(f"no notebook corpus at {CORPUS} (set NBGALLERY_CORPUS)")
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    files = []
    for row in rows:
        entry = CorpusFile(row=row, raw=(CORPUS / row["file"]).read_bytes())
        try:
            entry.nb, entry.repairs = parse_notebook_with_repairs(entry.raw, CORPUS_MAX_BYTES)
        except NotebookError as error:
            entry.error = error
        files.append(entry)
    return files


@pytest.fixture(scope="session")
def accepted(corpus: list[CorpusFile]) -> list[CorpusFile]:
    """The corpus files that parse_notebook accepted (every valid one and the repaired ones)."""
    return [entry for entry in corpus if entry.nb is not None]
