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
from typing import Any

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from nbgallery.health.models import CellFingerprint
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


def tokens_of(source: str) -> list[str]:
    """The distinct tokens of a cell, sorted, at most ``MAX_TOKENS``."""
    return sorted(set(TOKEN.findall(source)))[:MAX_TOKENS]


def bands_of(tokens: list[str]) -> list[int]:
    """Four band values (signed 63-bit, to fit a BigIntegerField) from eight MinHashes."""
    hashes = [
        int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "big") for t in tokens
    ] or [0]
    mins = [min(((m * h) & MASK64) >> 32 for h in hashes) for m in MULTIPLIERS]
    return [((mins[2 * b] << 31) ^ mins[2 * b + 1]) & ((1 << 62) - 1) for b in range(4)]


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def fingerprints_for(notebook_id: int, sha256: str, content: dict[str, Any]) -> list:
    found = []
    for index, md5, source in ipynb.code_cells(content):
        tokens = tokens_of(source)
        b0, b1, b2, b3 = bands_of(tokens)
        found.append(
            CellFingerprint(
                notebook_id=notebook_id,
                cell_index=index,
                md5=md5,
                content_sha256=sha256,
                tokens=" ".join(tokens),
                band0=b0,
                band1=b1,
                band2=b2,
                band3=b3,
            )
        )
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

    Idempotent and restartable: each notebook's rows are replaced in one
    transaction, and a notebook whose fingerprints match its content is skipped.
    A notebook whose content cannot be read is skipped until the next run.
    """
    todo = list(stale_notebooks().values_list("pk", "content_sha256"))
    for done, (notebook_id, sha256) in enumerate(todo, start=1):
        try:
            content = json.loads(read_blob(sha256))
        except (StorageUnavailable, ValueError):
            continue
        rows = fingerprints_for(notebook_id, sha256, content)
        with transaction.atomic():
            if not Notebook.objects.filter(pk=notebook_id, content_sha256=sha256).exists():
                continue  # deleted or changed meanwhile: the next run takes it
            CellFingerprint.objects.filter(notebook_id=notebook_id).delete()
            CellFingerprint.objects.bulk_create(rows)
        if done % 100 == 0 or done == len(todo):
            progress(done, len(todo))
    if not todo:
        progress(0, 0)


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
