"""Near-duplicate detection with MinHash + LSH (datasketch), split like datatrove's minhash stages.

Inside the datatrove tasks, ``MinHashSignature`` turns each document into ``bands`` LSH bucket keys
(datasketch MinHash over word n-gram shingles, then one xxh3 hash per band of ``rows`` values).
Only these keys are staged, so memory is bounded by signatures, not texts. Once all tasks are done,
``near_duplicate_clusters`` groups the keys (a DuckDB GROUP BY per band) and joins documents that
share a bucket into clusters (union-find). Signatures depend only on the text and the seed, so the
clusters are the same for any number of tasks.
"""

from __future__ import annotations

import re

import duckdb
import numpy as np
import xxhash
from datasketch import MinHash, MinHashLSH
from datatrove.data import Document

from sloika.config import NearDedupConfig
from sloika.filters.base import SloikaFilter, Verdict

STEP = "near_dedup"
REASON = "near_duplicate"
_WORD = re.compile(r"\w+")
SCHEME = "affine32"  # datasketch 2's default, named because we pass permutations in


def shingles(text: str, ngram: int) -> set[bytes]:
    """Word n-grams of the lower-cased ``\\w+`` tokens (Cyrillic included, nothing downloaded)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= ngram:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + ngram]).encode() for i in range(len(words) - ngram + 1)}


def bands_rows(config: NearDedupConfig) -> tuple[int, int]:
    """Explicit bands × rows, or datasketch's optimum for the Jaccard threshold."""
    if config.bands and config.rows:
        return config.bands, config.rows
    lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)
    return lsh.b, lsh.r


def _hash32(data: bytes) -> int:
    return xxhash.xxh32_intdigest(data)


class MinHashSignature(SloikaFilter):
    """Stores the document's LSH bucket keys in ``metadata["minhash_bands"]``; rejects nothing."""

    name = "🔏 MinHash signature"
    step = STEP

    def __init__(self, config: NearDedupConfig):
        super().__init__()
        self.config = config
        self.bands, self.rows = bands_rows(config)
        if self.bands * self.rows > config.num_perm:
            raise ValueError(f"bands × rows = {self.bands * self.rows} > num_perm {config.num_perm}")
        self._permutations = None

    def band_keys(self, text: str) -> list[int] | None:
        grams = shingles(text, self.config.ngram)
        if not grams:
            return None
        if self._permutations is None:  # per process: the generator is seeded, so all agree
            self._permutations = MinHash(
                num_perm=self.config.num_perm, seed=self.config.seed, scheme=SCHEME
            ).permutations
        minhash = MinHash(
            num_perm=self.config.num_perm,
            seed=self.config.seed,
            hashfunc=_hash32,
            permutations=self._permutations,
            scheme=SCHEME,
        )
        minhash.update_batch(list(grams))
        values = minhash.hashvalues.astype(np.uint32)
        r = self.rows
        # signed 64-bit so Parquet and DuckDB store them as plain BIGINT
        return [
            xxhash.xxh3_64_intdigest(values[i * r : (i + 1) * r].tobytes(), seed=i) - 2**63
            for i in range(self.bands)
        ]

    def filter(self, doc: Document) -> Verdict:
        doc.metadata["minhash_bands"] = self.band_keys(doc.text)
        return True


def near_duplicate_clusters(con: duckdb.DuckDBPyConnection, candidates: str) -> dict[str, str]:
    """Map each document that shares an LSH bucket with another to its cluster's root id.

    ``candidates`` is a relation with ``id`` and ``minhash_bands``. The root is the smallest id of
    the connected component: stable, and independent of the order the buckets arrive in.
    """
    buckets = con.execute(f"""
        SELECT list(id ORDER BY id) FROM (
            SELECT id, unnest(minhash_bands) AS key, generate_subscripts(minhash_bands, 1) AS band
            FROM {candidates} WHERE minhash_bands IS NOT NULL)
        GROUP BY band, key HAVING count(*) > 1
    """).fetchall()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (ids,) in buckets:
        root = find(ids[0])
        for other in ids[1:]:
            other_root = find(other)
            if other_root != root:
                low, high = sorted((root, other_root))
                parent[high] = low
                root = low
    return {x: find(x) for x in parent}
