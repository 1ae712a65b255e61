"""Similar code cells: distinct tokens, MinHash bands to find candidates, Jaccard to rank.

Each code cell of a current version gets its distinct identifier and number
tokens, and eight MinHash values folded into four bands of two. Cells that
share a band are candidates (at most ``CANDIDATES`` of them); their token
sets are then compared exactly. The ``cell_fingerprints`` job keeps the
table in step with each notebook's current content, touching only notebooks
whose content changed since their fingerprints were taken.
"""

from __future__ import annotations

import hashlib
import json
import re
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import numpy as np
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from nbgallery.health.models import CellFingerprint
from nbgallery.jobs.bulk import insert_rows
from nbgallery.jobs.registry import Progress
from nbgallery.lib import ipynb
from nbgallery.notebooks.blobs import StorageUnavailable, read_blob
from nbgallery.notebooks.models import Notebook

TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?")
MAX_TOKENS = 1000
MIN_TOKENS = 3  # fewer than this is too little to call anything similar
CANDIDATES = 200
MIN_SIMILARITY = 0.3
MASK64 = (1 << 64) - 1
# Multiply-shift hashing: odd multipliers, one per MinHash function.
MULTIPLIERS = [
    int(hashlib.sha256(f"nbgallery-minhash-{n}".encode()).hexdigest()[:16], 16) | 1
    for n in range(8)
]
MULTIPLIER_ARRAY = np.array(MULTIPLIERS, dtype=np.uint64)
# Notebooks fingerprinted per transaction, their files read by a few threads at once.
BATCH = 200
READERS = 8


def tokens_of(source: str) -> list[str]:
    """The distinct tokens of a cell, sorted, at most ``MAX_TOKENS``."""
    return sorted(set(TOKEN.findall(source)))[:MAX_TOKENS]


def bands_of(tokens: list[str]) -> list[int]:
    """Four band values (signed 63-bit, to fit a BigIntegerField) from eight MinHashes."""
    hashes = np.array([token_hash(t) for t in tokens] or [0], dtype=np.uint64)
    # uint64 products wrap around, as the & MASK64 of the plain-integer formula does.
    mins = [int(m) for m in ((MULTIPLIER_ARRAY[:, None] * hashes[None, :]) >> 32).min(axis=1)]
    return [((mins[2 * b] << 31) ^ mins[2 * b + 1]) & ((1 << 62) - 1) for b in range(4)]


@lru_cache(maxsize=200_000)
def token_hash(token: str) -> int:
    """64 bits of blake2b; cached, since the same names recur in most notebooks."""
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "big")


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


FIELDS = (
    "notebook_id",
    "cell_index",
    "md5",
    "content_sha256",
    "tokens",
    "band0",
    "band1",
    "band2",
    "band3",
)


def fingerprints_for(notebook_id: int, sha256: str, content: dict[str, Any]) -> list[tuple]:
    """Rows of CellFingerprint (values in the order of ``FIELDS``) for each code cell."""
    found = []
    for index, md5, source in ipynb.code_cells(content):
        tokens = tokens_of(source)
        found.append((notebook_id, index, md5, sha256, " ".join(tokens), *bands_of(tokens)))
    return found


def stale_notebooks() -> QuerySet[Notebook]:
    fresh = CellFingerprint.objects.filter(
        notebook=OuterRef("pk"), content_sha256=OuterRef("content_sha256")
    )
    stale = CellFingerprint.objects.filter(notebook=OuterRef("pk")).exclude(
        content_sha256=OuterRef("content_sha256")
    )
    # Notebooks never fingerprinted (a notebook without code cells has no rows
    # and is read again each run: cheap, and rare) or fingerprinted from older content.
    return Notebook.objects.filter(~Exists(fresh) | Exists(stale)).order_by("pk")


def update_fingerprints(progress: Progress = lambda done, total: None) -> None:
    """Fingerprint the code cells of every notebook whose content changed since last time.

    Idempotent and restartable: each batch of notebooks has its rows replaced
    in one transaction, and a notebook whose fingerprints match its content
    is skipped. A notebook whose content cannot be read is skipped until the
    next run.
    """
    todo = list(stale_notebooks().values_list("pk", "content_sha256"))
    with ThreadPoolExecutor(READERS) as readers:
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            contents = readers.map(read_content, [sha256 for _, sha256 in batch])
            rows = {
                (notebook_id, sha256): fingerprints_for(notebook_id, sha256, content)
                for (notebook_id, sha256), content in zip(batch, contents, strict=True)
                if content is not None
            }
            write_batch(rows)
            progress(start + len(batch), len(todo))
    if not todo:
        progress(0, 0)


def read_content(sha256: str) -> dict[str, Any] | None:
    try:
        content = json.loads(read_blob(sha256))
    except (StorageUnavailable, ValueError):
        return None
    return content if isinstance(content, dict) else None


def write_batch(rows: dict[tuple[int, str], list[tuple]]) -> None:
    """Replace the fingerprints of a batch of notebooks, in one transaction."""
    with transaction.atomic():
        # Deleted or changed meanwhile: left for the next run.
        current = set(
            Notebook.objects.filter(pk__in=[pk for pk, _ in rows]).values_list(
                "pk", "content_sha256"
            )
        )
        kept = [key for key in rows if key in current]
        CellFingerprint.objects.filter(notebook_id__in=[pk for pk, _ in kept]).delete()
        insert_rows(CellFingerprint, FIELDS, (row for key in kept for row in rows[key]))


def similar_cells(
    source: str, md5: str, readable: QuerySet[Notebook], *, limit: int = 10
) -> list[tuple[float, CellFingerprint]]:
    """Cells of readable notebooks' current versions that look like ``source``.

    Identical cells (same md5) are left out: the page lists them on their own.
    """
    tokens = tokens_of(source)
    if len(tokens) < MIN_TOKENS:
        return []
    b0, b1, b2, b3 = bands_of(tokens)
    candidates = (
        CellFingerprint.objects.filter(
            Q(band0=b0) | Q(band1=b1) | Q(band2=b2) | Q(band3=b3),
            notebook__in=readable.values("pk"),
            content_sha256=F("notebook__content_sha256"),
        )
        .exclude(md5=md5)
        .select_related("notebook")
        .order_by("pk")[:CANDIDATES]
    )
    mine = set(tokens)
    scored = []
    for candidate in candidates:
        score = jaccard(mine, set(candidate.tokens.split()))
        if score >= MIN_SIMILARITY:
            scored.append((score, candidate))
    scored.sort(key=lambda pair: (-pair[0], pair[1].pk))
    return scored[:limit]
