"""The blockwise neighbour search finds what a plain N×N computation finds."""

import numpy as np
import pytest
import scipy.sparse as sp

from nbgallery.recommendations import matrices


def brute_force(scores: np.ndarray, k: int) -> dict[int, set[int]]:
    np.fill_diagonal(scores, 0)
    return {
        row: {int(c) for c in np.argsort(-scores[row], kind="stable")[:k] if scores[row, c] > 0}
        for row in range(scores.shape[0])
    }


def as_sets(found: matrices.Neighbours) -> dict[int, set[int]]:
    rows, columns, _ = found
    sets: dict[int, set[int]] = {}
    for r, c in zip(rows.tolist(), columns.tolist(), strict=True):
        sets.setdefault(r, set()).add(c)
    return sets


@pytest.mark.parametrize("density", [0.02, 0.6])  # the sparse and the dense path
def test_cosine_and_jaccard_neighbours(monkeypatch, density):
    monkeypatch.setattr(matrices, "BLOCK_CELLS", 7 * 60)  # several blocks
    rng = np.random.default_rng(7)
    binary = (rng.random((60, 40)) < density).astype(np.float32)
    binary[np.arange(60), rng.integers(0, 40, 60)] = 1  # every row has something
    weights = binary * rng.random((60, 40)).astype(np.float32)
    normalised = matrices.normalise_rows(sp.csr_matrix(weights))
    dense = normalised.toarray()

    cosine = matrices.top_neighbours(normalised, 5)
    expected = brute_force(dense @ dense.T, 5)
    assert {r: len(s) for r, s in as_sets(cosine).items()} == {
        r: len(s) for r, s in expected.items() if s
    }
    # The k-th score may tie, so compare the scores found rather than the ids.
    for row, columns in as_sets(cosine).items():
        best = sorted((dense @ dense.T)[row, list(columns)], reverse=True)
        truth = sorted(np.delete((dense @ dense.T)[row], row), reverse=True)[: len(best)]
        assert best == pytest.approx(truth, abs=1e-5)

    counts = binary.sum(axis=1)
    found = matrices.top_neighbours(sp.csr_matrix(binary), 5, score=matrices.jaccard(counts))
    inter = binary @ binary.T
    jaccard = inter / (counts[:, None] + counts[None, :] - inter)
    for row, column, value in zip(*found, strict=True):
        assert value == pytest.approx(jaccard[row, column], abs=1e-5)
        assert row != column
