"""Finish a corpus from the staged task outputs: the final tables in many Parquet parts, the
manifest and the conservation check (sloika.corpora.storage publishes the result).

``FinishPart`` is a datatrove stage with one task per build task: it reads that task's staged files,
applies the corpus-wide decisions of the stages before it (``sloika.corpora.dedup`` duplicates,
``sloika.corpora.repeated_lines`` edits) and writes ``documents/part-<task>-<i>.parquet``,
``rejected/part-<task>-<i>.parquet`` and ``layers/<layer>/part-<task>.parquet``, each part bounded in
rows and bytes and sorted by (source, position), so DuckDB and other readers can read them in
parallel. ``finish_corpus`` then counts what was written (the conservation check) and writes
``manifest.json``; the same documents and records come out for any number of tasks.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika import __version__
from sloika.config import PartsConfig, RepeatedLinesConfig
from sloika.corpora.dedup import decisions_relation
from sloika.corpora.manifest import CorpusError, write_manifest
from sloika.corpora.repeated_lines import EDITS_SCHEMA, line_edits, repeated_lines
from sloika.corpora.schema import (
    DOCUMENT_COLUMNS,
    FORMAT_VERSION,
    REJECTED_COLUMNS,
    STAGED_REJECTED,
    parquet_options,
)
from sloika.corpora.sql import read_parquet, sql_literal
from sloika.corpora.staged import StagedKept
from sloika.filters import exact_dedup
from sloika.filters.repeated_lines import REASON as EDIT_REASON
from sloika.filters.repeated_lines import STEP as EDIT_STEP

EDIT_LAYER = "removed"
EDIT_BATCH = 1000  # documents with a repeated line rewritten per batch


class ConservationError(CorpusError):
    """Documents went missing between reading and writing: the build must not look complete."""


def _staged_rejected(files: list[Path]) -> str:
    if files:
        return read_parquet(files)
    types = {"int64": "BIGINT", "float": "FLOAT"}
    columns = ", ".join(
        f"NULL::{types.get(str(field.type), 'VARCHAR')} AS {field.name}" for field in STAGED_REJECTED
    )
    return f"(SELECT {columns} WHERE false)"


def _part_options(columns: list[str], rank: int, parts: PartsConfig) -> str:
    return (
        f"{parquet_options(columns)}, ROW_GROUPS_PER_FILE {parts.row_groups}, "
        f"FILE_SIZE_BYTES {parts.max_bytes}, FILENAME_PATTERN 'part-{rank:05d}-{{i}}', "
        "OVERWRITE_OR_IGNORE true"
    )


class FinishPart(PipelineStep):
    """Writes task ``rank``'s share of the corpus tables (run with as many tasks as the build had).

    Args:
        stage: the staging folder the build's tasks wrote (``StagingWriter``, ``RejectedWriter``).
        corpus: the corpus folder being written.
        parts: bounds of one Parquet part (``PartsConfig``).
        repeated_lines: the config of repeated-line removal when ``RepeatedLineCounts`` ran, else None.
    """

    type = "💽 - WRITER"
    name = "📦 sloika corpus parts"

    def __init__(
        self, stage: str, corpus: str, parts: PartsConfig, repeated_lines: RepeatedLinesConfig | None = None
    ):
        super().__init__()
        self.stage, self.corpus, self.parts, self.repeated_lines = stage, corpus, parts, repeated_lines

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data:
            yield from data
        with self.track_time():
            self.write(rank)

    def write(self, rank: int) -> None:
        stage, corpus = Path(self.stage), Path(self.corpus)
        for table in ("documents", "rejected"):
            (corpus / table).mkdir(parents=True, exist_ok=True)
            for old in (corpus / table).glob(f"part-{rank:05d}-*.parquet"):  # a re-run task's earlier parts
                old.unlink()
        con = duckdb.connect()
        staged = StagedKept.scan(stage).of_rank(rank)
        kept = staged.relation(con)
        rejected = _staged_rejected(sorted((stage / "rejected").glob(f"*-{rank:05d}.parquet")))
        decisions = decisions_relation(stage)
        con.execute(f"CREATE TEMP TABLE dedup AS SELECT * FROM {decisions} SEMI JOIN {kept} k USING (doc)")
        con.register("edits", self._edits(con, kept))

        doc_select = {
            "text": "coalesce(e.text, k.text)",
            "dup_cluster": "d.dup_cluster",
            "n_chars": "length(coalesce(e.text, k.text))",
            "language": "k.lang",
            "language_score": "k.lang_score",
            "metadata": "k.metadata::JSON",
        }
        doc_cols = ", ".join(doc_select.get(c, f"k.{c}") + f" AS {c}" for c in DOCUMENT_COLUMNS)
        survivors = (
            f"FROM {kept} k LEFT JOIN dedup d USING (doc) LEFT JOIN edits e USING (id) "
            "WHERE d.step IS NULL AND NOT coalesce(e.emptied, false)"
        )
        con.execute(f"CREATE TEMP TABLE documents_part AS SELECT k.id {survivors}")
        con.execute(f"""
            COPY (SELECT {doc_cols} {survivors} ORDER BY k.source, k.position)
            TO {sql_literal(corpus / "documents")} ({_part_options(DOCUMENT_COLUMNS, rank, self.parts)})
        """)
        dup_select = {
            "step": "d.step",
            "reason": "d.reason",
            "detail": f"CASE d.reason WHEN '{exact_dedup.REASON}' THEN 'same normalised text as '"
            " ELSE 'near-duplicate (MinHash) of ' END || d.keeper_id",
            "dup_cluster": "d.dup_cluster",
            "dup_of": "d.keeper_id",
            "n_chars": "length(k.text)",
            "metadata": "k.metadata::JSON",
        }
        rej_select = {
            "dup_cluster": "NULL::VARCHAR",
            "dup_of": "NULL::VARCHAR",
            "n_chars": "length(text)",
            "metadata": "metadata::JSON",
        }
        emptied_select = {
            "step": f"'{EDIT_STEP}'",
            "reason": f"'{EDIT_REASON}'",
            "detail": "'every line also appears in at least ' "
            "|| list_min(list_transform(e.removals, lambda r: r.docs)) || ' documents (boilerplate)'",
            "dup_cluster": "NULL::VARCHAR",
            "dup_of": "NULL::VARCHAR",
            "n_chars": "length(k.text)",
            "metadata": "k.metadata::JSON",
        }
        rej_cols, dup_cols, emptied_cols = (
            ", ".join(select.get(c, f"{prefix}{c}") + f" AS {c}" for c in REJECTED_COLUMNS)
            for select, prefix in ((rej_select, ""), (dup_select, "k."), (emptied_select, "k."))
        )
        con.execute(f"""
            COPY (SELECT {rej_cols} FROM {rejected}
                  UNION ALL
                  SELECT {dup_cols} FROM {kept} k JOIN dedup d USING (doc) WHERE d.step IS NOT NULL
                  UNION ALL
                  SELECT {emptied_cols} FROM {kept} k JOIN edits e USING (id) WHERE e.emptied
                  ORDER BY source, position)
            TO {sql_literal(corpus / "rejected")} ({_part_options(REJECTED_COLUMNS, rank, self.parts)})
        """)
        _copy_layers(con, stage / "layers", corpus, rank, kept)

    def _edits(self, con: duckdb.DuckDBPyConnection, kept: str):
        """The repeated-line edits of this task's surviving documents (EDITS_SCHEMA)."""
        repeated = repeated_lines(self.stage) if self.repeated_lines else {}
        if not repeated:
            return EDITS_SCHEMA.empty_table()
        con.register("repeated_keys", pa.table({"h": pa.array(list(repeated), pa.int64())}))
        hits = con.execute(f"""
            SELECT id, text FROM {kept} WHERE doc NOT IN (SELECT doc FROM dedup WHERE step IS NOT NULL)
              AND id IN (SELECT DISTINCT s.id FROM (SELECT id, unnest(line_hashes) AS h FROM {kept}) s
                         JOIN repeated_keys r USING (h))
        """)
        tables = []
        while batch := hits.fetchmany(EDIT_BATCH):
            tables.append(line_edits(batch, repeated, self.repeated_lines.min_chars))
        return pa.concat_tables(tables) if tables else EDITS_SCHEMA.empty_table()


def finish_corpus(
    stage: Path, corpus: Path, name: str, provenance: dict[str, Any], steps: list[str]
) -> dict[str, Any]:
    """Count what the ``FinishPart`` tasks wrote against what the readers read (read ≠ kept +
    rejected + duplicates raises ConservationError) and write ``corpus/manifest.json``.

    ``provenance`` (config, inputs, ...) goes into the manifest as is; ``steps`` are the rejecting
    steps in pipeline order, for the funnel.
    """
    counts = _count(duckdb.connect(), corpus, stage, steps)
    manifest = {
        "name": name,
        "format_version": FORMAT_VERSION,
        "sloika_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **provenance,
        "counts": counts,
        "layers": _layer_summary(corpus),
    }
    write_manifest(corpus, manifest)
    return manifest


def _shifted(offset: str) -> str:
    """``offset`` moved left by the text removed before it (spans inside a cut shrink to its edge)."""
    removed = f'list_transform(e.removals, lambda r: greatest(0, least(r."end", {offset}) - r.start))'
    return f"({offset} - coalesce(list_sum({removed}), 0))::BIGINT"


_REMOVED_ROWS = f"""
    SELECT e.id AS doc_id, r.at AS start, r.at AS "end", 'repeated_line' AS label, NULL::FLOAT AS score,
           json_object('text', r.text, 'docs', r.docs, 'original_start', r.start)::VARCHAR AS attrs,
           'sloika.{EDIT_STEP}@{__version__}' AS annotator
    FROM edits e, unnest(e.removals) AS t(r) WHERE NOT e.emptied
"""


def _copy_layers(con: duckdb.DuckDBPyConnection, staged: Path, corpus: Path, rank: int, kept: str) -> None:
    """This task's staged spans, kept for its documents that made it into the corpus, with offsets
    moved past any text cut after staging; the cuts themselves join the ``removed`` layer."""
    names = {p.name for p in staged.glob("*") if p.is_dir()}
    if con.execute("SELECT count(*) FROM edits WHERE NOT emptied").fetchone()[0]:
        names.add(EDIT_LAYER)
    for name in sorted(names):
        part = staged / name / f"{rank:05d}.parquet"
        target = corpus / "layers" / name
        target.mkdir(parents=True, exist_ok=True)
        start, end = _shifted("s.start"), _shifted('s."end"')
        staged_rows = (
            f'SELECT s.doc_id, {start} AS start, {end} AS "end", s.label, s.score, s.attrs, s.annotator '
            f"FROM {read_parquet(part)} s LEFT JOIN edits e ON e.id = s.doc_id"
            if part.is_file()
            else None
        )
        sources = [r for r in (staged_rows, _REMOVED_ROWS if name == EDIT_LAYER else None) if r]
        if not sources:
            continue
        survivors = f"(SELECT k.id FROM {kept} k JOIN documents_part USING (id))"
        rows = f"SELECT s.* FROM ({' UNION ALL '.join(sources)}) s SEMI JOIN {survivors} d ON s.doc_id = d.id"
        con.execute(
            f'COPY ({rows} ORDER BY doc_id, start, "end", label) '
            f"TO {sql_literal(target / f'part-{rank:05d}.parquet')} (FORMAT parquet, COMPRESSION zstd)"
        )


def _layer_summary(corpus: Path) -> dict[str, Any]:
    con = duckdb.connect()
    layers: dict[str, Any] = {}
    for folder in sorted(p for p in (corpus / "layers").glob("*") if p.is_dir()):
        parts = read_parquet(folder / "*.parquet")
        count, annotators = con.execute(
            f"SELECT count(*), list(DISTINCT annotator ORDER BY annotator) FROM {parts}"
        ).fetchone()
        layers[folder.name] = {"produced_by": "build", "annotators": annotators or [], "spans": count}
    return layers


def _count(con: duckdb.DuckDBPyConnection, corpus: Path, stage: Path, steps: list[str]) -> dict[str, Any]:
    """Counts from what was actually written, checked against what the readers emitted."""
    read: Counter[str] = Counter()
    for part in sorted((stage / "counts").glob("read-*.json")):
        read.update(json.loads(part.read_text()))
    docs = read_parquet(corpus / "documents" / "*.parquet")
    rej = read_parquet(corpus / "rejected" / "*.parquet")
    kept = dict(con.execute(f"SELECT source, count(*) FROM {docs} GROUP BY 1").fetchall())
    by_source_reason = con.execute(
        f"SELECT source, step, reason, count(*) FROM {rej} GROUP BY ALL ORDER BY ALL"
    ).fetchall()

    sources: dict[str, dict[str, int]] = {
        src: {"read": n, "kept": 0, "rejected": 0, "duplicates": 0} for src, n in sorted(read.items())
    }
    by_reason: Counter[tuple[str, str]] = Counter()
    for src, n in kept.items():
        sources.setdefault(src, {"read": 0, "kept": 0, "rejected": 0, "duplicates": 0})["kept"] = n
    for src, step, reason, n in by_source_reason:
        entry = sources.setdefault(src, {"read": 0, "kept": 0, "rejected": 0, "duplicates": 0})
        entry["duplicates" if step.endswith("dedup") else "rejected"] += n
        by_reason[(step, reason)] += n

    broken = {s: c for s, c in sources.items() if c["read"] != c["kept"] + c["rejected"] + c["duplicates"]}
    if broken:
        raise ConservationError(
            "documents were lost or invented between reading and writing "
            "(read ≠ kept + rejected + duplicates): "
            + "; ".join(f"{s}: {c}" for s, c in list(broken.items())[:5])
            + ". This is a bug in sloika or in a custom step: please report it with the config."
        )

    funnel = [{"step": "input", "documents": sum(read.values())}]
    for step in steps:
        removed = sum(n for (s, _), n in by_reason.items() if s == step)
        funnel.append({"step": step, "documents": funnel[-1]["documents"] - removed})
    return {
        "read": sum(c["read"] for c in sources.values()),
        "kept": sum(c["kept"] for c in sources.values()),
        "rejected": sum(c["rejected"] for c in sources.values()),
        "duplicates": sum(c["duplicates"] for c in sources.values()),
        "rejected_by_reason": [
            {"step": s, "reason": r, "documents": n} for (s, r), n in sorted(by_reason.items())
        ],
        "funnel": funnel,
        "by_source": sources,
    }
