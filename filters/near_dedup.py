"""Near-duplicate detection with MinHash + LSH, split like datatrove's minhash stages.

Inside the datatrove tasks, ``MinHashSignature`` turns each document into ``bands`` LSH bucket keys:
a MinHash of its word n-gram shingles, then one xxh3 hash per band of ``rows`` values. Only these
keys are staged, so memory is bounded by signatures, not texts. Once all tasks are done,
``sloika.corpora.dedup.near_duplicate_clusters`` groups the keys (a DuckDB GROUP BY per band) and
verifies every candidate pair by the real shingle Jaccard of the two texts before joining them into
clusters (union-find). Signatures depend only on the text and the seed, so the clusters are the same
for any number of tasks.

The MinHash is datasketch's ``affine64`` scheme (its permutations, its MurmurHash3 pre-mix, then
``a·h + b mod 2⁶⁴``), computed on numpy arrays for the whole document at once: each word is hashed
once (xxh3-64), a shingle's hash is a polynomial of its words' hashes (``shingle_hashes``), so no
shingle string is ever built. tests/test_near_dedup.py checks the values against datasketch's own
``MinHash`` fed the same shingle hashes. datasketch (and scipy under it) is imported only when a
signature step is created, so builds without near-dedup don't pay for it.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import xxhash
from datatrove.data import Document

from sloika.config import ConfigError, NearDedupConfig
from sloika.filters.base import Signature
from sloika.text.ngrams import words

STEP = "near_dedup"
REASON = "near_duplicate"
# 64-bit shingle hashes: with 32-bit ones, distinct shingles collide by the birthday bound (in a
# 100k-document build "кот море 91442" and "река книга 45063" shared their xxh32, hence every bucket)
SCHEME = "affine64"
# the polynomial's base: odd (so each word's term is a bijection of its hash), the 64-bit golden ratio
SHINGLE_BASE = np.uint64(0x9E3779B97F4A7C15)
# shingles permuted per block: bounds the num_perm × block temporary of a very long document (8 MB)
BLOCK = 8192
# MurmurHash3's 64-bit finalizer, datasketch's pre-mix of every input hash in the affine schemes
_FMIX = (np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53))


def bands_rows(config: NearDedupConfig) -> tuple[int, int]:
    """Explicit bands × rows, or datasketch's optimum for the Jaccard threshold."""
    if config.bands and config.rows:
        return config.bands, config.rows
    return _optimal_bands_rows(config.threshold, config.num_perm)


@lru_cache
def _optimal_bands_rows(threshold: float, num_perm: int) -> tuple[int, int]:
    from datasketch import MinHashLSH  # scipy's integration under it: only for near-dedup

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def word_hashes(text: str) -> np.ndarray:
    """xxh3-64 of each of the text's words (``sloika.text.ngrams.words``), in order."""
    found = words(text)
    return np.fromiter(
        map(xxhash.xxh3_64_intdigest, map(str.encode, found)), dtype=np.uint64, count=len(found)
    )


def shingle_hashes(hashes: np.ndarray, n: int) -> np.ndarray:
    """The 64-bit hash of every ``n``-word window: ``Σ_j hashes[i+j] · BASE^(n-1-j) mod 2⁶⁴``.

    A text of fewer than ``n`` words is one shingle of all its words (as ``word_ngrams(short=True)``);
    no words, no shingles. Distinct windows collide with probability about 2⁻⁶², like any 64-bit hash.
    """
    count = len(hashes) - n + 1
    if count <= 0:
        n, count = len(hashes), min(1, len(hashes))
    result = np.zeros(count, dtype=np.uint64)
    for j in range(n):  # Horner's rule over the window; uint64 arithmetic wraps, which is the mod
        result *= SHINGLE_BASE
        result += hashes[j : j + count]
    return result


class AffinePermutations:
    """datasketch's ``affine64`` permutations for ``num_perm`` and ``seed`` (every process that draws
    them with the same seed gets the same ones), applied to numpy arrays of 64-bit hashes."""

    def __init__(self, num_perm: int, seed: int):
        from datasketch import MinHash  # scipy comes with datasketch: imported only for near-dedup

        a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
        self.a, self.b = a[:, None].copy(), b[:, None].copy()
        # one work area for every document: a fresh num_perm × shingles array per call is an mmap
        # and page faults for each document, ~a third of the time
        self._work = np.empty(num_perm * BLOCK, dtype=np.uint64)

    def minhash(self, shingles: np.ndarray) -> np.ndarray:
        """The MinHash of a set of 64-bit hashes: for each permutation k, the minimum over the set
        of ``a_k · fmix64(h) + b_k mod 2⁶⁴`` (datasketch's ``update_batch`` in the affine64 scheme)."""
        shift, m1, m2 = _FMIX
        h = shingles ^ (shingles >> shift)  # repeated shingles are left in: they change no minimum
        h *= m1
        h ^= h >> shift
        h *= m2
        h ^= h >> shift
        values = np.full(len(self.a), np.iinfo(np.uint64).max, dtype=np.uint64)
        for start in range(0, len(h), BLOCK):
            block = h[start : start + BLOCK]
            work = self._work[: len(self.a) * len(block)].reshape(len(self.a), len(block))
            np.multiply(self.a, block, out=work)
            np.add(work, self.b, out=work)
            np.minimum(values, work.min(axis=1), out=values)
        return values


class MinHashSignature(Signature):
    """Computes each document's LSH bucket keys (``minhash_bands``) for the corpus-wide near-dedup
    of ``sloika.corpora.dedup``.

    Args:
        config: ``NearDedupConfig``: word ``ngram`` size, ``num_perm``, ``seed``, and the Jaccard
            ``threshold`` (or explicit ``bands`` × ``rows``).
    """

    name = "🔏 MinHash signature"
    key = "minhash_bands"
    step = STEP  # what the corpus-wide pass records as rejected.step

    def __init__(self, config: NearDedupConfig):
        super().__init__()
        self.config = config
        self.bands, self.rows = bands_rows(config)
        if self.bands * self.rows > config.num_perm:
            raise ConfigError(f"bands × rows = {self.bands * self.rows} > num_perm {config.num_perm}")
        self._permutations: AffinePermutations | None = None  # drawn in the process that uses them

    def hash_values(self, text: str) -> np.ndarray | None:
        """The text's MinHash (``num_perm`` uint64 values), or None for a text without words."""
        shingles = shingle_hashes(word_hashes(text), self.config.ngram)
        if not len(shingles):
            return None
        if self._permutations is None:
            self._permutations = AffinePermutations(self.config.num_perm, self.config.seed)
        return self._permutations.minhash(shingles)

    def band_keys(self, text: str) -> list[int] | None:
        values = self.hash_values(text)
        if values is None:
            return None
        r = self.rows
        # signed 64-bit so Parquet and DuckDB store them as plain BIGINT
        return [
            xxhash.xxh3_64_intdigest(values[i * r : (i + 1) * r].tobytes(), seed=i) - 2**63
            for i in range(self.bands)
        ]

    def signature(self, doc: Document) -> list[int] | None:
        return self.band_keys(doc.text)
