"""The corpus-wide half of repeated-line removal (``sloika.filters.repeated_lines``): once all
tasks have staged their line hashes, count in how many documents each line occurs (one DuckDB
GROUP BY) and rewrite only the documents that contain a line found in ``min_docs`` or more.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from sloika.config import RepeatedLinesConfig
from sloika.corpora.sql import read_parquet
from sloika.filters.repeated_lines import line_key

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
    return read_parquet(path)
