"""Django-free numeric helpers: TF-IDF, top-k neighbours in blocks, row picks.

Neighbour searches never build an N×N matrix: rows are multiplied a block at
a time, each block turned dense (a bounded number of cells) and cut down to
its best k per row with ``argpartition``.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import numpy as np
import scipy.sparse as sp

# Cells of one dense block of scores (float32): about 32 MB.
BLOCK_CELLS = 8_000_000
# Value bins used to find each row's k-th best entry without sorting them all.
BINS = 1024
# Largest dense copy of a matrix's transpose kept for BLAS products: 256 MB.
DENSE_BYTES = 256 * 2**20
# ... and only for few columns: BLAS multiplies every zero, a sparse product skips them.
DENSE_COLUMNS = 256
WORD = re.compile(r"[a-z][a-z0-9_]+")
# Words every notebook has; they only add noise to "more like this".
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "not",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "def",
        "import",
        "return",
        "print",
        "self",
        "none",
        "true",
        "false",
        "else",
        "elif",
        "while",
        "try",
        "except",
        "pass",
        "class",
        "lambda",
    ]
)

Neighbours = tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, columns, scores


def tokens(text: str) -> Counter[str]:
    """Lower-case words of two or more characters, stop words left out."""
    return Counter(w for w in WORD.findall(text.lower()) if w not in STOP_WORDS)


def tfidf(texts: Iterable[str]) -> sp.csr_matrix:
    """Rows of L2-normalised TF-IDF (sublinear tf, smoothed idf), one per text.

    Words found in one text only cannot make two texts alike, and words in
    more than half of a large corpus say little; both are dropped.
    """
    vocabulary: dict[str, int] = {}
    indptr, indices, counts = array("q", [0]), array("i"), array("f")
    for text in texts:
        for word, count in tokens(text).items():
            indices.append(vocabulary.setdefault(word, len(vocabulary)))
            counts.append(count)
        indptr.append(len(indices))
    n = len(indptr) - 1
    matrix = sp.csr_matrix(
        (np.frombuffer(counts, dtype=np.float32), np.frombuffer(indices, dtype=np.int32), indptr),
        shape=(n, len(vocabulary)),
        dtype=np.float32,
    )
    if n == 0 or not vocabulary:
        return sp.csr_matrix((n, 0), dtype=np.float32)
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    keep = df >= 2
    if n >= 20:
        keep &= df <= n / 2
    matrix = matrix[:, np.flatnonzero(keep)].tocsr()
    df = df[keep]
    matrix.data = 1.0 + np.log(matrix.data)
    matrix = matrix @ sp.diags((np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32))
    return normalise_rows(matrix.tocsr())


def normalise_rows(matrix: sp.spmatrix) -> sp.csr_matrix:
    """Each row scaled to unit length (empty rows stay empty)."""
    matrix = sp.csr_matrix(matrix, dtype=np.float32)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


def blocks(n_rows: int, n_columns: int) -> Iterator[tuple[int, int]]:
    """(start, stop) row ranges whose dense score blocks stay within BLOCK_CELLS."""
    size = max(1, BLOCK_CELLS // max(n_columns, 1))
    for start in range(0, n_rows, size):
        yield start, min(n_rows, start + size)


def top_neighbours(
    matrix: sp.csr_matrix,
    k: int,
    *,
    score: Callable[[np.ndarray, int, int], np.ndarray] | None = None,
    progress: Callable[[int, int], None] | None = None,
    query_terms: int | None = None,
) -> Neighbours:
    """The k best other rows for every row of ``matrix``, by dot product
    (cosine when the rows are normalised), or by ``score(dots, start, stop)``.

    With ``query_terms``, each row asks with its strongest entries only (the
    others still count on the answering side). Sparse products are ranked
    from their non-zero entries; dense ones a whole row at a time. Once a
    product turns out dense and the matrix has few columns (a small
    vocabulary, a few users), the remaining blocks are multiplied as dense
    arrays (BLAS), much faster than a sparse product that fills in. Scores
    of zero or less are not neighbours.
    """
    n = matrix.shape[0]
    # CSR, as the products want it: given CSC, scipy converts it again for every block.
    transposed = matrix.T.tocsr()
    found: list[Neighbours] = []
    query = matrix if query_terms is None else strongest_per_row(matrix, query_terms)
    dense_right: np.ndarray | None = None
    for start, stop in blocks(n, n):
        if dense_right is not None:
            dots = np.asarray(query[start:stop].toarray(), dtype=np.float32) @ dense_right
            found.append(rank_dense_block(dots, k, start, stop, score))
        else:
            product = (query[start:stop] @ transposed).tocsr()
            if product.nnz * 4 > (stop - start) * n:
                # Dense enough that ranking whole rows is cheaper than sorting entries.
                dots = np.asarray(product.todense(), dtype=np.float32)
                found.append(rank_dense_block(dots, k, start, stop, score))
                if matrix.shape[1] <= DENSE_COLUMNS and matrix.shape[1] * n * 4 <= DENSE_BYTES:
                    dense_right = np.ascontiguousarray(matrix.T.toarray(), dtype=np.float32)
            else:
                found.append(best_per_sparse_row(product, k, start, score))
        if progress:
            progress(stop, n)
    return concatenate(found)


def rank_dense_block(
    dots: np.ndarray,
    k: int,
    start: int,
    stop: int,
    score: Callable[[np.ndarray, int, int], np.ndarray] | None,
) -> Neighbours:
    values = dots if score is None else score(dots, start, stop)
    values[np.arange(stop - start), np.arange(start, stop)] = 0.0  # not oneself
    return best_per_row(values, k, start)


def best_per_sparse_row(
    product: sp.csr_matrix,
    k: int,
    start: int,
    score: Callable[[np.ndarray, int, int], np.ndarray] | None,
) -> Neighbours:
    """Like ``best_per_row`` but from the non-zero entries only."""
    coo = product.tocoo()
    rows, columns = coo.row.astype(np.int64), coo.col.astype(np.int64)
    values = coo.data.astype(np.float32)
    if score is not None:
        values = score.sparse(values, rows + start, columns)  # type: ignore[attr-defined]
    keep = (rows + start != columns) & (values > 0)
    rows, columns, values = rows[keep], columns[keep], values[keep]
    keep = above_kth_bin(rows, values, k, product.shape[0])
    rows, columns, values = rows[keep], columns[keep], values[keep]
    order = np.lexsort((columns, -values, rows))
    rows, columns, values = rows[order], columns[order], values[order]
    keep = rank_in_row(rows) < k
    return rows[keep] + start, columns[keep], values[keep]


def above_kth_bin(rows: np.ndarray, values: np.ndarray, k: int, n_rows: int) -> np.ndarray:
    """A mask of the entries that may be among their row's k best, found without sorting.

    Values are put in BINS bins; counting per row and bin (one bincount)
    tells in which bin each row's k-th best lies, and everything below that
    bin is out. What is left, a little more than k per row, is then sorted.
    """
    if rows.size == 0:
        return np.ones(0, dtype=bool)
    top = float(values.max())
    bins = np.minimum((values * (BINS / top)).astype(np.int64), BINS - 1)
    counts = np.bincount(rows * BINS + bins, minlength=n_rows * BINS).reshape(n_rows, BINS)
    from_top = np.cumsum(counts[:, ::-1], axis=1)
    # The first bin, from the top, at which a row has k entries (none: keep the whole row).
    reached = from_top >= k
    floor = np.where(reached.any(axis=1), BINS - 1 - reached.argmax(axis=1), 0)
    return bins >= floor[rows]


def rank_in_row(rows: np.ndarray) -> np.ndarray:
    """0, 1, 2, ... within each run of equal (sorted) row numbers."""
    if rows.size == 0:
        return rows
    first = np.r_[True, rows[1:] != rows[:-1]]
    starts = np.maximum.accumulate(np.where(first, np.arange(rows.size), 0))
    return np.arange(rows.size) - starts


def strongest_per_row(matrix: sp.csr_matrix, t: int) -> sp.csr_matrix:
    """Only the t largest entries of each row (ties: the lowest columns): a
    notebook's "interesting terms", as Solr's More-Like-This asks with, or a
    user's most used notebooks."""
    coo = matrix.tocoo()
    order = np.lexsort((-coo.data, coo.row))
    rows, columns, values = coo.row[order], coo.col[order], coo.data[order]
    keep = rank_in_row(rows) < t
    return sp.csr_matrix((values[keep], (rows[keep], columns[keep])), shape=matrix.shape)


def best_per_row(values: np.ndarray, k: int, row_offset: int = 0) -> Neighbours:
    """The k largest positive values of each row of a dense block (ties: the lowest columns).

    Rather than partitioning every row (slow on rows of 100,000 columns), a
    floor is found cheaply: split a row into k runs, and the smallest of the
    runs' maxima is exceeded or met by at least k values. Only the few values
    at or above it are then sorted.
    """
    rows, columns = values.shape
    k = min(k, columns)
    if k == 0 or rows == 0:
        return empty()
    width = columns // k
    floor = values[:, : width * k].reshape(rows, k, width).max(axis=2).min(axis=1)
    candidate = (values >= floor[:, None]) & (values > 0)
    # flatnonzero on the flat mask: many times faster than a 2-D nonzero.
    row_ids, column_ids = np.divmod(np.flatnonzero(candidate), columns)
    chosen = values[row_ids, column_ids]
    order = np.lexsort((column_ids, -chosen, row_ids))
    row_ids, column_ids, chosen = row_ids[order], column_ids[order], chosen[order]
    keep = rank_in_row(row_ids) < k
    return (
        row_ids[keep].astype(np.int64) + row_offset,
        column_ids[keep].astype(np.int64),
        chosen[keep].astype(np.float32),
    )


def jaccard(counts: np.ndarray) -> Callable[[np.ndarray, int, int], np.ndarray]:
    """Turns intersections of binary rows into ∩ / (nᵢ + nⱼ − ∩), for a dense
    block of rows (``score(dots, start, stop)``) or for entries
    (``score.sparse(dots, rows, columns)``)."""

    def ratio(intersections: np.ndarray, union: np.ndarray) -> np.ndarray:
        return np.divide(intersections, union, out=np.zeros_like(intersections), where=union > 0)

    def score(intersections: np.ndarray, start: int, stop: int) -> np.ndarray:
        return ratio(intersections, counts[start:stop, None] + counts[None, :] - intersections)

    def sparse(intersections: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        return ratio(intersections, counts[rows] + counts[columns] - intersections)

    score.sparse = sparse  # type: ignore[attr-defined]
    return score


def concatenate(parts: list[Neighbours]) -> Neighbours:
    if not parts:
        return empty()
    return tuple(np.concatenate([part[i] for part in parts]) for i in range(3))  # type: ignore[return-value]


def empty() -> Neighbours:
    return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)


def scaled_top(
    columns: np.ndarray, values: np.ndarray, keep: int, cap: int, *, low: float = 0.5
) -> tuple[np.ndarray, np.ndarray]:
    """The original's ranking of candidates: the ``keep`` best, then the
    ``cap`` best of those, min–max scaled into [low, 1]."""
    if columns.size == 0:
        return columns, values
    order = np.lexsort((columns, -values))[: min(keep, cap)]
    columns, values = columns[order], values[order]
    spread = values.max() - values.min()
    if spread <= 0:
        return columns, np.ones_like(values, dtype=np.float64)
    return columns, low + (1.0 - low) * (values - values.min()) / spread
