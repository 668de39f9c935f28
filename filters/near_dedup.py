"""Near-duplicate detection with MinHash + LSH (datasketch), split like datatrove's minhash stages.

Inside the datatrove tasks, ``MinHashSignature`` turns each document into ``bands`` LSH bucket keys
(datasketch MinHash over 64-bit xxh3 hashes of word n-gram shingles, then one xxh3 hash per band of
``rows`` values). Only these keys are staged, so memory is bounded by signatures, not texts. Once
all tasks are done, ``near_duplicate_clusters`` groups the keys (a DuckDB GROUP BY per band), and
checks every candidate pair against the real shingle Jaccard of the two texts before joining them
into clusters (union-find): a shared bucket is evidence, not proof (with 32-bit shingle hashes,
"кот море 91442" and "река книга 45063" once shared every bucket). Signatures depend only on the
text and the seed, so the clusters are the same for any number of tasks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
SCHEME = "affine64"  # 64-bit shingle hashes: no birthday collisions between distinct shingles
VERIFY_BATCH = 2048  # candidate pairs compared per batch (bounded memory)


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


def _hash64(data: bytes) -> int:
    return xxhash.xxh3_64_intdigest(data)


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
            hashfunc=_hash64,
            permutations=self._permutations,
            scheme=SCHEME,
        )
        minhash.update_batch(list(grams))
        values = minhash.hashvalues.astype(np.uint64)
        r = self.rows
        # signed 64-bit so Parquet and DuckDB store them as plain BIGINT
        return [
            xxhash.xxh3_64_intdigest(values[i * r : (i + 1) * r].tobytes(), seed=i) - 2**63
            for i in range(self.bands)
        ]

    def filter(self, doc: Document) -> Verdict:
        doc.metadata["minhash_bands"] = self.band_keys(doc.text)
        return True


def near_duplicate_clusters(
    con: duckdb.DuckDBPyConnection, candidates: str, threshold: float, ngram: int
) -> dict[str, str]:
    """Map each document with a verified near duplicate to its cluster's root id.

    ``candidates`` is a relation with ``id``, ``text`` and ``minhash_bands``. Documents sharing an
    LSH bucket are compared with the bucket's first (smallest) id, and joined only when the real
    Jaccard of their word ``ngram`` shingles reaches ``threshold``. The root is the smallest id of
    the connected component: stable, and independent of the order the buckets arrive in.
    """
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE near_pairs AS
        WITH members AS (
            SELECT id, unnest(minhash_bands) AS key, generate_subscripts(minhash_bands, 1) AS band
            FROM {candidates} WHERE minhash_bands IS NOT NULL),
        buckets AS (SELECT band, key, min(id) AS first FROM members GROUP BY band, key HAVING count(*) > 1)
        SELECT DISTINCT b.first AS a, m.id AS b
        FROM buckets b JOIN members m USING (band, key) WHERE m.id <> b.first
    """)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in verified_pairs(con, candidates, threshold, ngram):
        low, high = sorted((find(a), find(b)))
        if low != high:
            parent[high] = low
    con.execute("DROP TABLE near_pairs")
    return {x: find(x) for x in parent}


def verified_pairs(
    con: duckdb.DuckDBPyConnection, candidates: str, threshold: float, ngram: int
) -> Iterator[tuple[str, str]]:
    """The pairs of ``near_pairs`` whose shingle Jaccard is at least ``threshold``, streamed in
    batches ordered by the first id, so each first document is shingled once per batch."""
    reader = con.sql(f"""
        SELECT p.a, p.b, x.text AS text_a, y.text AS text_b
        FROM near_pairs p JOIN {candidates} x ON x.id = p.a JOIN {candidates} y ON y.id = p.b
        ORDER BY p.a, p.b
    """).to_arrow_reader(VERIFY_BATCH)
    for batch in reader:
        cached: tuple[str | None, set[bytes]] = (None, set())
        for a, b, text_a, text_b in zip(*(batch.column(i).to_pylist() for i in range(4)), strict=True):
            if cached[0] != a:
                cached = (a, shingles(text_a, ngram))
            if jaccard(cached[1], shingles(text_b, ngram)) >= threshold:
                yield a, b


def jaccard(left: set[bytes], right: set[bytes]) -> float:
    union = len(left | right)
    return len(left & right) / union if union else 0.0
