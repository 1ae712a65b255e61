"""The vectorised MinHash bands equal the plain-integer formula they replace,
so fingerprints stored before and after agree, and a page's query finds them."""

import hashlib
import random

from nbgallery.health.fingerprints import MULTIPLIERS, bands_of

MASK64 = (1 << 64) - 1


def plain_bands(tokens: list[str]) -> list[int]:
    hashes = [
        int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "big") for t in tokens
    ] or [0]
    mins = [min(((m * h) & MASK64) >> 32 for h in hashes) for m in MULTIPLIERS]
    return [((mins[2 * b] << 31) ^ mins[2 * b + 1]) & ((1 << 62) - 1) for b in range(4)]


def test_bands_equal_the_plain_formula():
    rng = random.Random(3)
    for _ in range(300):
        tokens = sorted(
            {
                "".join(rng.choices("abxyz_19", k=rng.randint(1, 7)))
                for _ in range(rng.randint(0, 40))
            }
        )
        assert bands_of(tokens) == plain_bands(tokens)
    assert all(0 <= band < 1 << 62 for band in bands_of(["df", "pd", "read_csv"]))
