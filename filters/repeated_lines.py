"""Lines repeated across many documents (a channel's outro in every transcript, page headers,
navigation text) are boilerplate: removed from every document, like datatrove's sentence dedup,
and recorded in the ``removed`` layer.

Split like the other corpus-wide steps: ``LineHashes`` runs in the datatrove tasks and stages the
hashes of a document's lines; once all tasks are done ``remove_repeated_lines`` counts in how many
documents each line occurs (one DuckDB GROUP BY) and rewrites only the documents that contain a
repeated line. Off by default: on small or code-heavy corpora common code lines
(``import { useState } from 'react';``) would count as boilerplate too.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash
from datatrove.data import Document

from sloika.config import RepeatedLinesConfig
from sloika.filters.base import SloikaFilter, Verdict

STEP = "repeated_lines"
REASON = "only_repeated_lines"
EDITS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.large_string()),
        ("emptied", pa.bool_()),
        # removed ranges in the old text, with the offset where each gap sits in the new text
        (
            "removals",
            pa.list_(
                pa.struct(
                    [
                        ("start", pa.int64()),
                        ("end", pa.int64()),
                        ("at", pa.int64()),
                        ("docs", pa.int64()),
                        ("text", pa.string()),
                    ]
                )
            ),
        ),
    ]
)


def line_key(line: str, min_chars: int) -> int | None:
    """Hash of a line with case, Unicode form and spacing normalised; None for short lines."""
    canonical = " ".join(unicodedata.normalize("NFKC", line).casefold().split())
    if len(canonical) < min_chars:
        return None
    return xxhash.xxh3_64_intdigest(canonical.encode("utf-8", errors="surrogatepass")) - 2**63


class LineHashes(SloikaFilter):
    """Stores the distinct line hashes of a document in ``metadata["line_hashes"]``."""

    name = "🧾 Line hashes"
    step = STEP

    def __init__(self, config: RepeatedLinesConfig):
        super().__init__()
        self.config = config

    def filter(self, doc: Document) -> Verdict:
        keys = {line_key(line, self.config.min_chars) for line in doc.text.splitlines()}
        keys.discard(None)
        doc.metadata["line_hashes"] = sorted(keys)
        return True


def cut_lines(text: str, repeated: dict[int, int], min_chars: int) -> tuple[str, list[dict]]:
    """The text without its repeated lines (newline included) and what was cut where."""
    pieces, removals = [], []
    position = removed = 0
    for line in text.splitlines(keepends=True):
        key = line_key(line, min_chars)
        if key in repeated:
            removals.append(
                {
                    "start": position,
                    "end": position + len(line),
                    "at": position - removed,
                    "docs": repeated[key],
                    "text": line.rstrip("\r\n"),
                }
            )
            removed += len(line)
        else:
            pieces.append(line)
        position += len(line)
    return "".join(pieces), removals


def remove_repeated_lines(
    con: duckdb.DuckDBPyConnection, survivors: str, work: Path, config: RepeatedLinesConfig
) -> str:
    """Write the edits for the documents of ``survivors`` (id, text, line_hashes) that contain a
    line found in at least ``min_docs`` documents; returns a relation over them (EDITS_SCHEMA)."""
    repeated = dict(
        con.execute(f"""
            SELECT h, count(*) FROM (SELECT id, unnest(line_hashes) AS h FROM {survivors})
            GROUP BY h HAVING count(*) >= {int(config.min_docs)}
        """).fetchall()
    )
    path = work / "line_edits.parquet"
    with pq.ParquetWriter(path, EDITS_SCHEMA) as writer:
        if repeated:
            con.register("repeated_keys", pa.table({"h": pa.array(list(repeated), pa.int64())}))
            hits = con.execute(f"""
                SELECT id, text FROM {survivors} WHERE id IN (
                    SELECT DISTINCT s.id FROM (SELECT id, unnest(line_hashes) AS h FROM {survivors}) s
                    JOIN repeated_keys r USING (h))
            """)
            while batch := hits.fetchmany(1000):
                rows = []
                for doc_id, text in batch:
                    new_text, removals = cut_lines(text, repeated, config.min_chars)
                    rows.append(
                        {
                            "id": doc_id,
                            "text": new_text,
                            "emptied": not new_text.strip(),
                            "removals": removals,
                        }
                    )
                writer.write_table(pa.Table.from_pylist(rows, schema=EDITS_SCHEMA))
            con.unregister("repeated_keys")
    return f"read_parquet('{path}')"
