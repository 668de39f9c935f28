"""Near-duplicate detection with MinHash + LSH (datasketch), split like datatrove's minhash stages.

Inside the datatrove tasks, ``MinHashSignature`` turns each document into ``bands`` LSH bucket keys
(datasketch MinHash over 64-bit xxh3 hashes of word n-gram shingles, then one xxh3 hash per band of
``rows`` values). Only these keys are staged, so memory is bounded by signatures, not texts. Once
all tasks are done, ``sloika.corpora.dedup.near_duplicate_clusters`` groups the keys (a DuckDB
GROUP BY per band) and verifies every candidate pair by the real shingle Jaccard of the two texts
before joining them into clusters (union-find). Signatures depend only on the text and the seed,
so the clusters are the same for any number of tasks.
"""

from __future__ import annotations

import numpy as np
import xxhash
from datasketch import MinHash, MinHashLSH
from datatrove.data import Document

from sloika.config import ConfigError, NearDedupConfig
from sloika.filters.base import Signature
from sloika.text.ngrams import word_ngrams

STEP = "near_dedup"
REASON = "near_duplicate"
# 64-bit shingle hashes: with 32-bit ones, distinct shingles collide by the birthday bound (in a
# 100k-document build "кот море 91442" and "река книга 45063" shared their xxh32, hence every bucket)
SCHEME = "affine64"


def bands_rows(config: NearDedupConfig) -> tuple[int, int]:
    """Explicit bands × rows, or datasketch's optimum for the Jaccard threshold."""
    if config.bands and config.rows:
        return config.bands, config.rows
    lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)
    return lsh.b, lsh.r


def _hash64(data: bytes) -> int:
    return xxhash.xxh3_64_intdigest(data)


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
        self._permutations = None

    def band_keys(self, text: str) -> list[int] | None:
        grams = word_ngrams(text, self.config.ngram, short=True)
        if not grams:
            return None
        if self._permutations is None:  # per process: the generator is seeded, so all agree
            self._permutations = MinHash(
                num_perm=self.config.num_perm, seed=self.config.seed, scheme=SCHEME
            ).permutations
        minhash = MinHash(
            num_perm=self.config.num_perm,
            seed=self.config.seed,
            hashfunc=_hash64,
            permutations=self._permutations,
            scheme=SCHEME,
        )
        minhash.update_batch([gram.encode() for gram in grams])
        values = minhash.hashvalues.astype(np.uint64)
        r = self.rows
        # signed 64-bit so Parquet and DuckDB store them as plain BIGINT
        return [
            xxhash.xxh3_64_intdigest(values[i * r : (i + 1) * r].tobytes(), seed=i) - 2**63
            for i in range(self.bands)
        ]

    def signature(self, doc: Document) -> list[int] | None:
        return self.band_keys(doc.text)
