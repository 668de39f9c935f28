"""Corpus-wide duplicate resolution as datatrove stages, run on the build's executor after its tasks.

    ExactDuplicates       (N tasks, sharded by text hash)    → dedup/exact/<rank>.parquet
    NearDuplicateBuckets  (≤ bands tasks, sharded by band)   → dedup/near/<rank>-candidates.parquet
    NearDuplicateVerify   (N tasks, sharded by first id)     → dedup/near/<rank>-edges|-members.parquet
    DuplicateClusters     (1 task: only the verified edges)  → dedup/decisions.parquet

Documents are numbered densely (``sloika.corpora.staged``). Exact copies are folded first: within a
text hash the first copy by (source, position) stays. Near duplicates are searched among the
survivors: each shard groups the MinHash band keys of its bands (computed in the tasks by
``sloika.filters.near_dedup.MinHashSignature``) and pairs each bucket member with the bucket's
smallest id; a pair is kept only when the real Jaccard of the two texts' word n-gram shingles
reaches the threshold (a shared bucket is evidence, not proof), each pair verified once. One
process then joins the verified edges into clusters with a union-find over integer arrays; in a
near cluster the longest document stays, ties broken by (source, position), and an exact copy
points at its cluster's final keeper.

``decisions.parquet`` holds one row per document in a cluster: ``doc``, ``keeper`` (dense ids),
``keeper_id``, ``dup_cluster`` and, for documents that leave, ``step`` and ``reason``.
``sloika.corpora.finish.FinishPart`` applies it. All four are ordinary datatrove steps: a user's own
pipeline can stage documents with ``StagingWriter`` and run them (docs/dedup.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from sloika.config import NearDedupConfig
from sloika.corpora.sql import read_parquet, sql_literal
from sloika.corpora.staged import StagedKept, StagedPass
from sloika.filters import exact_dedup, near_dedup
from sloika.text.ngrams import word_ngram_tuples

READ_GROUPS = 32  # Parquet row groups decoded at once when texts are looked up (a group: ~1,000 rows)
VERIFY_BATCH = 50_000  # candidate pairs verified per batch: their texts are read together
# verifying this many candidate pairs takes longer (~5 CPU-s) than starting a worker process (~2 s
# of imports): then the verification's tasks run in parallel even on the local executor
PARALLEL_VERIFY_PAIRS = 50_000
DECISIONS = "dedup/decisions.parquet"
_EDGES = pa.schema([("a", pa.int64()), ("b", pa.int64())])
_MEMBERS = pa.schema(
    [("doc", pa.int64()), ("id", pa.string()), ("n_chars", pa.int64()), ("source", pa.string()),
     ("position", pa.int64())]
)  # fmt: skip


def _parts(folder: Path, pattern: str = "*.parquet") -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def exact_relation(stage: str | Path) -> str:
    """The rows ExactDuplicates wrote (doc, keeper, keeper_id, cluster), or none."""
    parts = _parts(Path(stage) / "dedup" / "exact")
    if parts:
        return read_parquet(parts)
    return (
        "(SELECT NULL::BIGINT AS doc, NULL::BIGINT AS keeper, NULL::VARCHAR AS keeper_id, "
        "NULL::VARCHAR AS cluster WHERE false)"
    )


class ExactDuplicates(StagedPass):
    """Exact-duplicate clusters of the staged documents whose ``text_hash`` falls in this task's
    shard: one row per member of a cluster with more than one, pointing at the first copy by
    (source, position).

    Args:
        stage: the staging folder the build's tasks wrote (``StagingWriter``).
    """

    name = "🫂 exact duplicates"

    def process(self, rank: int, world_size: int) -> None:
        kept = StagedKept.scan(self.stage)
        con = duckdb.connect()
        out = Path(self.stage) / "dedup" / "exact"
        out.mkdir(parents=True, exist_ok=True)
        con.execute(f"""
            COPY (SELECT doc, keeper, keeper_id, cluster FROM (
                    SELECT doc, count(*) OVER w AS members,
                           first_value(doc) OVER (w ORDER BY source, position) AS keeper,
                           first_value(id) OVER (w ORDER BY source, position) AS keeper_id,
                           'x' || left(text_hash, 16) AS cluster
                    FROM {kept.relation(con)}
                    WHERE text_hash IS NOT NULL AND hash(text_hash) % {world_size} = {rank}
                    WINDOW w AS (PARTITION BY text_hash))
                  WHERE members > 1 ORDER BY doc)
            TO {sql_literal(out / f"{rank:05d}.parquet")} (FORMAT parquet)
        """)
        copies = con.execute(
            f"SELECT count(*) FROM {read_parquet(out / f'{rank:05d}.parquet')} WHERE doc <> keeper"
        ).fetchone()[0]
        self.stat_update("exact_duplicates", value=copies)


def candidate_edges(
    con: duckdb.DuckDBPyConnection, members: str, shard: int = 0, shards: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (a, b) of dense ids sharing an LSH bucket in one of this shard's bands, ``a`` being
    the bucket's member with the smallest string id. ``members``: a relation (doc, id, minhash_bands)."""
    edges = con.execute(f"""
        WITH keys AS (
            SELECT doc, id, unnest(minhash_bands) AS key, generate_subscripts(minhash_bands, 1) AS band
            FROM {members} WHERE minhash_bands IS NOT NULL),
        owned AS (SELECT * FROM keys WHERE (band - 1) % {shards} = {shard}),
        buckets AS (SELECT band, key, arg_min(doc, id) AS first FROM owned
                    GROUP BY band, key HAVING count(*) > 1)
        SELECT DISTINCT b.first AS a, m.doc AS b FROM buckets b JOIN owned m USING (band, key)
        WHERE m.doc <> b.first ORDER BY a, b
    """).fetchnumpy()
    return edges["a"].astype(np.int64), edges["b"].astype(np.int64)


def verified(
    a: np.ndarray,
    b: np.ndarray,
    texts: Callable[[np.ndarray], dict[int, str]],
    threshold: float,
    ngram: int,
) -> np.ndarray:
    """Mask of the pairs whose word ``ngram`` shingle Jaccard reaches ``threshold``. ``texts`` gives
    the texts of sorted dense ids; pairs are read in batches of ``VERIFY_BATCH`` (bounded memory),
    each first document shingled once per batch (pairs are sorted by ``a``)."""
    keep = np.zeros(len(a), dtype=bool)
    for start in range(0, len(a), VERIFY_BATCH):
        stop = start + VERIFY_BATCH
        text = texts(np.unique(np.concatenate([a[start:stop], b[start:stop]])))
        cached: tuple[int | None, set[tuple[str, ...]]] = (None, set())
        for i in range(start, min(stop, len(a))):
            left, right = int(a[i]), int(b[i])
            if cached[0] != left:
                cached = (left, word_ngram_tuples(text[left], ngram, short=True))
            keep[i] = jaccard(cached[1], word_ngram_tuples(text[right], ngram, short=True)) >= threshold
    return keep


def jaccard(left: set, right: set) -> float:
    union = len(left | right)
    return len(left & right) / union if union else 0.0


def read_rows(kept: StagedKept, docs: np.ndarray, columns: list[str]) -> pa.Table:
    """``columns`` of the staged documents ``docs`` (sorted dense ids) plus ``doc``, reading only
    the Parquet row groups that hold them."""
    tables = []
    for path, low, size in zip(kept.files, kept.starts, kept.sizes, strict=True):
        high = low + size
        rows = docs[(docs >= low) & (docs < high)] - low
        if not len(rows):
            continue
        parquet = pq.ParquetFile(path)
        sizes = np.array([parquet.metadata.row_group(g).num_rows for g in range(parquet.num_row_groups)])
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        group_of = np.searchsorted(starts, rows, side="right") - 1
        groups = np.unique(group_of)
        for at in range(0, len(groups), READ_GROUPS):  # a few groups at a time: bounded memory
            chunk = groups[at : at + READ_GROUPS]
            wanted = (group_of >= chunk[0]) & (group_of <= chunk[-1])
            table = parquet.read_row_groups(chunk.tolist(), columns=columns)
            at_in_table = np.concatenate([[0], np.cumsum(sizes[chunk])[:-1]])
            where = (
                at_in_table[np.searchsorted(chunk, group_of[wanted])]
                + rows[wanted]
                - starts[group_of[wanted]]
            )
            docs_read = pa.array(rows[wanted] + low, pa.int64())
            tables.append(table.take(pa.array(where)).append_column("doc", docs_read))
    if not tables:
        return pa.table({c: [] for c in columns} | {"doc": pa.array([], pa.int64())})
    return pa.concat_tables(tables)


class NearDuplicateBuckets(StagedPass):
    """Candidate near-duplicate pairs among the exact survivors, from the LSH bands this task owns
    (band ``b`` belongs to task ``b % world_size``: run it with at most ``bands`` tasks):
    ``dedup/near/<rank>-candidates.parquet`` (a, b). Reads only the band keys, never a text.

    Args:
        stage: the staging folder (after ``ExactDuplicates``, when exact dedup is on).
    """

    name = "🫂 near-duplicate buckets"

    def process(self, rank: int, world_size: int) -> None:
        kept = StagedKept.scan(self.stage)
        con = duckdb.connect()
        survivors = (
            f"(SELECT k.doc, k.id, k.minhash_bands FROM {kept.relation(con)} k ANTI JOIN "
            f"(SELECT doc FROM {exact_relation(self.stage)} WHERE doc <> keeper) x USING (doc))"
        )
        a, b = candidate_edges(con, survivors, rank, world_size)
        self.stat_update("candidate_pairs", value=len(a))
        out = Path(self.stage) / "dedup" / "near"
        out.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table({"a": a, "b": b}, schema=_EDGES), out / f"{rank:05d}-candidates.parquet")


def candidate_pairs(stage: str | Path) -> int:
    """How many candidate pairs ``NearDuplicateBuckets`` found (from the Parquet footers)."""
    parts = _parts(Path(stage) / "dedup" / "near", "*-candidates.parquet")
    return sum(pq.ParquetFile(p).metadata.num_rows for p in parts)


class NearDuplicateVerify(StagedPass):
    """The candidate pairs whose first document falls in this task's shard (``a % world_size``),
    each pair once however many bands found it, kept when the real Jaccard of the two texts' word
    n-gram shingles reaches the threshold: ``dedup/near/<rank>-edges.parquet`` and the id, length
    and source of their documents (``<rank>-members.parquet``). Texts are read only from the Parquet
    row groups that hold a candidate.

    Args:
        stage: the staging folder, after ``NearDuplicateBuckets``.
        config: the ``NearDedupConfig`` the signatures were computed with (threshold, ngram).
    """

    name = "🫂 near-duplicate verification"

    def __init__(self, stage: str, config: NearDedupConfig):
        super().__init__(stage)
        self.config = config

    def process(self, rank: int, world_size: int) -> None:
        kept = StagedKept.scan(self.stage)
        folder = Path(self.stage) / "dedup" / "near"
        candidates = _parts(folder, "*-candidates.parquet")
        mine = f"SELECT DISTINCT a, b FROM {read_parquet(candidates)} WHERE a % {world_size} = {rank}"
        pairs = (
            duckdb.connect().execute(f"{mine} ORDER BY a, b").fetchnumpy()
            if candidates
            else {"a": np.array([], np.int64), "b": np.array([], np.int64)}
        )
        a, b = pairs["a"].astype(np.int64), pairs["b"].astype(np.int64)

        def texts(docs: np.ndarray) -> dict[int, str]:
            table = read_rows(kept, docs, ["text"])
            return dict(zip(table["doc"].to_pylist(), table["text"].to_pylist(), strict=True))

        keep = verified(a, b, texts, self.config.threshold, self.config.ngram)
        a, b = a[keep], b[keep]
        self.stat_update("verified_pairs", value=len(a))
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table({"a": a, "b": b}, schema=_EDGES), folder / f"{rank:05d}-edges.parquet")
        members = read_rows(kept, np.unique(np.concatenate([a, b])), ["id", "n_chars", "source", "position"])
        pq.write_table(members.select(_MEMBERS.names).cast(_MEMBERS), folder / f"{rank:05d}-members.parquet")


def components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Connected components of the graph on 0..n-1 with edges (a, b): each node's label is the
    smallest node of its component. Union-find in numpy: hook every edge onto the smaller label,
    then shortcut (``label = label[label]``) until nothing changes."""
    label = np.arange(n, dtype=np.int64)
    while True:
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, label[a], low)  # hook the roots, not only the endpoints
        np.minimum.at(new, label[b], low)
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        while not np.array_equal(new, new[new]):
            new = new[new]
        if np.array_equal(new, label):
            return label
        label = new


def _near_roots(edges: pa.Table, members: pa.Table) -> pa.Table:
    """(doc, root) for every document with a verified near duplicate: root is the smallest string
    id of its component, so clusters don't depend on how the documents were numbered."""
    members = members.sort_by("id")
    docs = members["doc"].to_numpy()
    order = np.argsort(docs, kind="stable")

    def local(x: np.ndarray) -> np.ndarray:
        return order[np.searchsorted(docs[order], x)]

    label = components(local(edges["a"].to_numpy()), local(edges["b"].to_numpy()), len(docs))
    ids = members["id"]
    return members.append_column("root", ids.take(pa.array(label)))


class DuplicateClusters(StagedPass):
    """Joins the exact clusters and the verified near-duplicate edges into ``dedup/decisions.parquet``
    (one task: only the edges and their documents' ids, lengths and sources reach it).

    Args:
        stage: the staging folder, after ``ExactDuplicates`` and/or ``NearDuplicateBuckets``.
    """

    name = "🫂 duplicate clusters"

    def process(self, rank: int, world_size: int) -> None:
        if rank != 0:
            return
        folder = Path(self.stage) / "dedup" / "near"
        edges = pa.concat_tables(
            [pq.read_table(p) for p in _parts(folder, "*-edges.parquet")] or [_EDGES.empty_table()]
        )
        con = duckdb.connect()
        members_parts = _parts(folder, "*-members.parquet")
        members = (
            con.sql(f"SELECT DISTINCT * FROM {read_parquet(members_parts)}").to_arrow_table()
            if members_parts
            else _MEMBERS.empty_table()
        )
        con.register(
            "near_roots",
            _near_roots(edges, members)
            if len(edges)
            else members.append_column("root", pa.array([], pa.string())),
        )
        con.execute("""
            CREATE TEMP TABLE near AS
            SELECT doc, root,
                   first_value(doc) OVER w AS keeper, first_value(id) OVER w AS keeper_id
            FROM near_roots WINDOW w AS (PARTITION BY root ORDER BY n_chars DESC, source, position)
        """)
        exact = exact_relation(self.stage)
        out = Path(self.stage) / DECISIONS
        con.execute(f"""
            COPY (
                WITH docs AS (SELECT doc FROM {exact} UNION SELECT doc FROM near)
                SELECT d.doc,
                       coalesce(n.keeper, e.keeper) AS keeper,
                       coalesce(n.keeper_id, e.keeper_id) AS keeper_id,
                       CASE WHEN n.root IS NOT NULL THEN 'n' || left(n.root, 16)
                            ELSE e.cluster END AS dup_cluster,
                       CASE WHEN e.keeper <> d.doc THEN '{exact_dedup.STEP}'
                            WHEN n.keeper <> d.doc THEN '{near_dedup.STEP}' END AS step,
                       CASE WHEN e.keeper <> d.doc THEN '{exact_dedup.REASON}'
                            WHEN n.keeper <> d.doc THEN '{near_dedup.REASON}' END AS reason
                FROM docs d LEFT JOIN {exact} e USING (doc)
                LEFT JOIN near n ON n.doc = coalesce(e.keeper, d.doc)
                ORDER BY d.doc)
            TO {sql_literal(out)} (FORMAT parquet)
        """)
        self.stat_update(
            "duplicates",
            value=con.execute(f"SELECT count(*) FROM {read_parquet(out)} WHERE step IS NOT NULL").fetchone()[
                0
            ],
        )


def decisions_relation(stage: str | Path) -> str:
    """``dedup/decisions.parquet``, or no rows when no dedup stage ran."""
    path = Path(stage) / DECISIONS
    if path.is_file():
        return read_parquet(path)
    return (
        "(SELECT NULL::BIGINT AS doc, NULL::BIGINT AS keeper, NULL::VARCHAR AS keeper_id, "
        "NULL::VARCHAR AS dup_cluster, NULL::VARCHAR AS step, NULL::VARCHAR AS reason WHERE false)"
    )


def near_duplicate_clusters(
    con: duckdb.DuckDBPyConnection, candidates: str, threshold: float, ngram: int
) -> dict[str, str]:
    """Map each document of ``candidates`` (a relation with ``id``, ``text``, ``minhash_bands``)
    that has a verified near duplicate to its cluster's root (smallest) id: the stages' algorithm
    in one process, for benchmarks and quick experiments."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE near_candidates AS "
        f"SELECT row_number() OVER () - 1 AS doc, id, text, minhash_bands FROM {candidates}"
    )
    a, b = candidate_edges(con, "near_candidates")

    def texts(docs: np.ndarray) -> dict[int, str]:
        con.register("wanted", pa.table({"doc": docs}))
        rows = con.execute("SELECT doc, text FROM near_candidates SEMI JOIN wanted USING (doc)").fetchall()
        con.unregister("wanted")
        return dict(rows)

    keep = verified(a, b, texts, threshold, ngram)
    edges = pa.table({"a": a[keep], "b": b[keep]}, schema=_EDGES)
    if not len(edges):
        con.execute("DROP TABLE near_candidates")
        return {}
    con.register("wanted", pa.table({"doc": np.unique(np.concatenate([a[keep], b[keep]]))}))
    members = con.sql("SELECT doc, id FROM near_candidates SEMI JOIN wanted USING (doc)").to_arrow_table()
    con.unregister("wanted")
    con.execute("DROP TABLE near_candidates")
    roots = _near_roots(edges, members)
    return dict(zip(roots["id"].to_pylist(), roots["root"].to_pylist(), strict=True))
