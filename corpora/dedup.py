"""Resolve duplicates across the whole corpus once the tasks are done: exact, then near.

The result is one table, ``dedup(id, dup_cluster, keeper, step, reason)``, over every staged kept
document; ``keeper`` is the id that stays (itself for kept documents), ``step``/``reason`` are null
for kept documents. Exact copies are folded first (the first copy by source, position stays), then
near-duplicate clusters are formed over the survivors; in a near cluster the longest document stays,
ties broken by (source, position). An exact copy points at its cluster's final keeper.

The signatures these passes group were computed inside the datatrove tasks by
``sloika.filters.exact_dedup.ExactDedupSignature`` and ``sloika.filters.near_dedup.MinHashSignature``.
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pyarrow as pa

from sloika.config import DedupConfig
from sloika.filters import exact_dedup, near_dedup
from sloika.text.ngrams import word_ngrams

VERIFY_BATCH = 2048  # candidate pairs compared per batch (bounded memory)


def resolve_duplicates(con: duckdb.DuckDBPyConnection, kept: str, config: DedupConfig) -> str:
    """Create the temp table ``dedup`` for the staged relation ``kept``; returns its name."""
    if config.exact:
        con.execute(f"CREATE TEMP TABLE exact AS {find_exact_duplicates_sql(kept)}")
    else:
        con.execute(
            f"CREATE TEMP TABLE exact AS SELECT id, NULL::VARCHAR AS dup_cluster, id AS keeper FROM {kept}"
        )

    roots: dict[str, str] = {}
    if config.near.enabled:
        survivors = (
            f"(SELECT k.id, k.text, k.minhash_bands FROM {kept} k "
            "JOIN exact e ON e.id = k.id AND e.keeper = k.id)"
        )
        roots = near_duplicate_clusters(con, survivors, config.near.threshold, config.near.ngram)
    near_roots = pa.table(
        {"id": list(roots), "root": list(roots.values())},
        schema=pa.schema([("id", pa.string()), ("root", pa.string())]),
    )
    con.register("near_roots", near_roots)
    con.execute(f"""
        CREATE TEMP TABLE near AS
        SELECT r.id, r.root,
               first_value(r.id) OVER (
                   PARTITION BY r.root ORDER BY k.n_chars DESC, k.source, k.position) AS keeper
        FROM near_roots r JOIN {kept} k USING (id)
    """)
    con.execute(f"""
        CREATE TEMP TABLE dedup AS
        SELECT e.id,
               CASE WHEN n.root IS NOT NULL THEN 'n' || left(n.root, 16)
                    ELSE e.dup_cluster END AS dup_cluster,
               coalesce(n.keeper, e.keeper) AS keeper,
               CASE WHEN e.id <> e.keeper THEN '{exact_dedup.STEP}'
                    WHEN n.keeper IS NOT NULL AND e.id <> n.keeper THEN '{near_dedup.STEP}' END AS step,
               CASE WHEN e.id <> e.keeper THEN '{exact_dedup.REASON}'
                    WHEN n.keeper IS NOT NULL AND e.id <> n.keeper THEN '{near_dedup.REASON}' END AS reason
        FROM exact e LEFT JOIN near n ON n.id = e.keeper
    """)
    con.unregister("near_roots")
    return "dedup"


def find_exact_duplicates_sql(kept: str) -> str:
    """SQL over the staged kept rows (a relation with id, source, position, text_hash) giving, per
    document, its cluster (the hash, when the cluster has more than one member) and its keeper."""
    return f"""
        SELECT id,
               CASE WHEN count(*) OVER w > 1 THEN 'x' || left(text_hash, 16) END AS dup_cluster,
               first_value(id) OVER (w ORDER BY source, position) AS keeper
        FROM {kept}
        WINDOW w AS (PARTITION BY text_hash)
    """


def near_duplicate_clusters(
    con: duckdb.DuckDBPyConnection, candidates: str, threshold: float, ngram: int
) -> dict[str, str]:
    """Map each document with a verified near duplicate to its cluster's root id.

    ``candidates`` is a relation with ``id``, ``text`` and ``minhash_bands``. A shared LSH bucket is
    evidence, not proof: each member is compared with its bucket's first (smallest) id and joined
    only when the real Jaccard of their word ``ngram`` shingles reaches ``threshold``. The root is
    the smallest id of the connected component: stable, whatever order the buckets arrive in.
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
        cached: tuple[str | None, set[str]] = (None, set())
        for a, b, text_a, text_b in zip(*(batch.column(i).to_pylist() for i in range(4)), strict=True):
            if cached[0] != a:
                cached = (a, word_ngrams(text_a, ngram, short=True))
            if jaccard(cached[1], word_ngrams(text_b, ngram, short=True)) >= threshold:
                yield a, b


def jaccard(left: set[str], right: set[str]) -> float:
    union = len(left | right)
    return len(left & right) / union if union else 0.0
