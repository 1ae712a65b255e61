"""The shortcuts that find each row's k best scores without sorting them all
(run maxima for dense blocks, value bins for sparse ones) pick exactly what
a full sort picks, ties going to the lowest column, with many tied scores."""

import numpy as np
import scipy.sparse as sp

from nbgallery.recommendations import matrices


def sorted_best(values: np.ndarray, k: int) -> set[tuple[int, int, float]]:
    best = set()
    for row in range(values.shape[0]):
        order = np.lexsort((np.arange(values.shape[1]), -values[row]))
        best |= {(row, int(c), float(values[row, c])) for c in order[:k] if values[row, c] > 0}
    return best


def as_set(found: matrices.Neighbours) -> set[tuple[int, int, float]]:
    return {(int(r), int(c), float(v)) for r, c, v in zip(*found, strict=True)}


def test_dense_and_sparse_shortcuts_match_a_full_sort():
    rng = np.random.default_rng(11)
    for density in (0.05, 0.3, 1.0):
        # Few distinct values, so that ties at the k-th place are common.
        values = (rng.integers(0, 6, (40, 300)) / 5).astype(np.float32)
        values[rng.random(values.shape) > density] = 0
        values[3] = 0  # a row with nothing
        values[4, :5] = 0.2  # a row with fewer than k
        values[4, 5:] = 0
        expected = sorted_best(values, 7)
        assert as_set(matrices.best_per_row(values.copy(), 7)) == expected
        product = sp.csr_matrix(values)
        # The sparse ranking leaves out the diagonal ("not oneself"): start far away.
        found = matrices.best_per_sparse_row(product, 7, 1000, None)
        assert {(r - 1000, c, v) for r, c, v in as_set(found)} == expected
