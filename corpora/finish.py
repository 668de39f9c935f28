"""Finish a corpus from the staged task outputs: global exact dedup, final tables, manifest,
and the conservation check (sloika.corpora.storage publishes the result).

Everything here runs once, in one process, after all datatrove tasks are done. The tables are
written sorted by (source, position), so the corpus is the same whatever the number of workers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from sloika import __version__
from sloika.corpora.manifest import CorpusError, write_manifest
from sloika.corpora.schema import (
    DOCUMENT_COLUMNS,
    FORMAT_VERSION,
    REJECTED_COLUMNS,
    STAGED_KEPT,
    STAGED_REJECTED,
    parquet_options,
)
from sloika.corpora.sql import read_parquet, sql_literal
from sloika.filters.repeated_lines import REASON as EDIT_REASON
from sloika.filters.repeated_lines import STEP as EDIT_STEP

# (connection, staged-kept relation) → name of a table (id, dup_cluster, keeper, step, reason)
ResolveDuplicates = Callable[[duckdb.DuckDBPyConnection, str], str]
# (connection, relation of the surviving staged rows, work folder) → a relation of text edits:
# (id, text, emptied, removals: list of {start, end, at, docs, text} in old offsets; see
# sloika.corpora.repeated_lines.EDITS_SCHEMA). Emptied documents are rejected by `EDIT_STEP`.
EditTexts = Callable[[duckdb.DuckDBPyConnection, str, Path], str]
EDIT_LAYER = "removed"
_NO_EDITS = (
    "(SELECT NULL::VARCHAR AS id, NULL::VARCHAR AS text, NULL::BOOLEAN AS emptied, "
    'NULL::STRUCT("start" BIGINT, "end" BIGINT, "at" BIGINT, docs BIGINT, text VARCHAR)[] AS removals '
    "WHERE false)"
)


class ConservationError(CorpusError):
    """Documents went missing between reading and writing: the build must not look complete."""


def _staged(con: duckdb.DuckDBPyConnection, folder: Path, schema) -> str:
    """A relation over the staged files, or an empty one with the same columns when there are none."""
    files = sorted(folder.glob("*.parquet"))
    if files:
        return read_parquet(files)
    columns = ", ".join(f"NULL::{_duck_type(field.type)} AS {field.name}" for field in schema)
    return f"(SELECT {columns} WHERE false)"


def _duck_type(arrow_type) -> str:
    name = str(arrow_type)
    return {"int64": "BIGINT", "float": "FLOAT", "list<item: int64>": "BIGINT[]"}.get(name, "VARCHAR")


def finish_corpus(
    stage: Path,
    corpus: Path,
    name: str,
    resolve_duplicates: ResolveDuplicates | None,
    provenance: dict[str, Any],
    steps: list[str],
    edit_texts: EditTexts | None = None,
) -> dict[str, Any]:
    """Write ``corpus/documents``, ``corpus/rejected`` and ``corpus/manifest.json`` from ``stage``.

    ``provenance`` (config, inputs, ...) goes into the manifest as is; ``steps`` are the rejecting
    steps in pipeline order, for the funnel.
    """
    (corpus / "documents").mkdir(parents=True)
    (corpus / "rejected").mkdir()
    con = duckdb.connect()
    kept = _staged(con, stage / "kept", STAGED_KEPT)
    rejected = _staged(con, stage / "rejected", STAGED_REJECTED)
    if resolve_duplicates is None:
        dedup = "dedup"
        con.execute(f"""CREATE TEMP TABLE dedup AS SELECT id, NULL::VARCHAR AS dup_cluster, id AS keeper,
                        NULL::VARCHAR AS step, NULL::VARCHAR AS reason FROM {kept}""")
    else:
        dedup = resolve_duplicates(con, kept)

    survivors = f"(SELECT k.* FROM {kept} k JOIN {dedup} d USING (id) WHERE d.keeper = k.id)"
    edits = edit_texts(con, survivors, stage) if edit_texts else _NO_EDITS
    con.execute(f"CREATE TEMP TABLE edits AS SELECT * FROM {edits}")

    doc_select = {
        "text": "coalesce(e.text, k.text)",
        "dup_cluster": "d.dup_cluster",
        "n_chars": "length(coalesce(e.text, k.text))",
        "language": "k.lang",
        "language_score": "k.lang_score",
        "metadata": "k.metadata::JSON",
    }
    doc_cols = ", ".join(doc_select.get(c, f"k.{c}") + f" AS {c}" for c in DOCUMENT_COLUMNS)
    con.execute(f"""
        COPY (SELECT {doc_cols} FROM {kept} k JOIN {dedup} d USING (id) LEFT JOIN edits e USING (id)
              WHERE d.keeper = k.id AND NOT coalesce(e.emptied, false) ORDER BY k.source, k.position)
        TO {sql_literal(corpus / "documents" / "part-00000.parquet")} ({parquet_options(DOCUMENT_COLUMNS)})
    """)
    dup_select = {
        "step": "d.step",
        "reason": "d.reason",
        "detail": "CASE d.reason WHEN 'exact_duplicate' THEN 'same normalised text as '"
        " ELSE 'near-duplicate (MinHash) of ' END || d.keeper",
        "dup_cluster": "d.dup_cluster",
        "dup_of": "d.keeper",
        "n_chars": "length(k.text)",
        "metadata": "k.metadata::JSON",
    }
    rej_select = {
        "dup_cluster": "NULL::VARCHAR",
        "dup_of": "NULL::VARCHAR",
        "n_chars": "length(text)",
        "metadata": "metadata::JSON",
    }
    rej_cols = ", ".join(rej_select.get(c, c) + f" AS {c}" for c in REJECTED_COLUMNS)
    dup_cols = ", ".join(dup_select.get(c, f"k.{c}") + f" AS {c}" for c in REJECTED_COLUMNS)
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
    emptied_cols = ", ".join(emptied_select.get(c, f"k.{c}") + f" AS {c}" for c in REJECTED_COLUMNS)
    con.execute(f"""
        COPY (SELECT {rej_cols} FROM {rejected}
              UNION ALL
              SELECT {dup_cols} FROM {kept} k JOIN {dedup} d USING (id) WHERE d.keeper <> k.id
              UNION ALL
              SELECT {emptied_cols} FROM {kept} k JOIN edits e USING (id) WHERE e.emptied
              ORDER BY source, position)
        TO {sql_literal(corpus / "rejected" / "part-00000.parquet")} ({parquet_options(REJECTED_COLUMNS)})
    """)

    layers = _copy_layers(con, stage / "layers", corpus)
    counts = _count(con, corpus, stage, steps)
    manifest = {
        "name": name,
        "format_version": FORMAT_VERSION,
        "sloika_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **provenance,
        "counts": counts,
        "layers": layers,
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


def _copy_layers(con: duckdb.DuckDBPyConnection, staged: Path, corpus: Path) -> dict[str, Any]:
    """Spans staged during the build, kept for the documents that made it into the corpus, with
    offsets moved past any text cut after staging; the cuts themselves join the ``removed`` layer."""
    documents = read_parquet(corpus / "documents" / "*.parquet")
    layers: dict[str, Any] = {}
    names = {p.name for p in staged.glob("*") if p.is_dir()}
    if con.execute("SELECT count(*) FROM edits WHERE NOT emptied").fetchone()[0]:
        names.add(EDIT_LAYER)
    for name in sorted(names):
        parts = sorted((staged / name).glob("*.parquet"))
        target = corpus / "layers" / name
        target.mkdir(parents=True)
        start, end = _shifted("s.start"), _shifted('s."end"')
        staged_rows = (
            f'SELECT s.doc_id, {start} AS start, {end} AS "end", s.label, s.score, s.attrs, s.annotator '
            f"FROM {read_parquet(parts)} s LEFT JOIN edits e ON e.id = s.doc_id"
            if parts
            else None
        )
        sources = [r for r in (staged_rows, _REMOVED_ROWS if name == EDIT_LAYER else None) if r]
        rows = f"SELECT s.* FROM ({' UNION ALL '.join(sources)}) s SEMI JOIN {documents} d ON s.doc_id = d.id"
        con.execute(
            f'COPY ({rows} ORDER BY doc_id, start, "end", label) '
            f"TO {sql_literal(target / 'part-00000.parquet')} (FORMAT parquet, COMPRESSION zstd)"
        )
        count, annotators = con.execute(
            f"SELECT count(*), list(DISTINCT annotator ORDER BY annotator) FROM ({rows})"
        ).fetchone()
        layers[name] = {"produced_by": "build", "annotators": annotators, "spans": count}
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
