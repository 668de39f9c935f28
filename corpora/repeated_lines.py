"""The corpus-wide half of repeated-line removal (``sloika.filters.repeated_lines``), as a datatrove
stage run after the build's tasks: ``RepeatedLineCounts`` counts, per shard of line hashes, in how
many surviving (not duplicate) documents each line occurs and writes the lines found in ``min_docs``
or more to ``repeated/<rank>.parquet``; ``sloika.corpora.finish.FinishPart`` then rewrites only the
documents that contain one (``cut_lines``).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from sloika.config import RepeatedLinesConfig
from sloika.corpora.dedup import decisions_relation
from sloika.corpora.sql import read_parquet, sql_literal
from sloika.corpora.staged import StagedKept, StagedPass
from sloika.filters.repeated_lines import line_key

REPEATED = "repeated"

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


class RepeatedLineCounts(StagedPass):
    """The line hashes of this task's shard (``hash % world_size == rank``) found in at least
    ``min_docs`` documents that are not duplicates: ``repeated/<rank>.parquet`` (h, docs).

    Args:
        stage: the staging folder (after the dedup stages, whose duplicates don't count).
        config: ``RepeatedLinesConfig``.
    """

    name = "🧾 repeated lines"

    def __init__(self, stage: str, config: RepeatedLinesConfig):
        super().__init__(stage)
        self.config = config

    def process(self, rank: int, world_size: int) -> None:
        kept = StagedKept.scan(self.stage)
        con = duckdb.connect()
        out = Path(self.stage) / REPEATED
        out.mkdir(parents=True, exist_ok=True)
        survivors = (
            f"(SELECT k.doc, k.line_hashes FROM {kept.relation(con)} k ANTI JOIN "
            f"(SELECT doc FROM {decisions_relation(self.stage)} WHERE step IS NOT NULL) d USING (doc))"
        )
        con.execute(f"""
            COPY (SELECT h, count(*) AS docs
                  FROM (SELECT unnest(line_hashes) AS h FROM {survivors})
                  WHERE hash(h) % {world_size} = {rank}
                  GROUP BY h HAVING count(*) >= {int(self.config.min_docs)} ORDER BY h)
            TO {sql_literal(out / f"{rank:05d}.parquet")} (FORMAT parquet)
        """)
        self.stat_update(
            "repeated_lines",
            value=con.execute(f"SELECT count(*) FROM {read_parquet(out / f'{rank:05d}.parquet')}").fetchone()[
                0
            ],
        )


def repeated_lines(stage: str | Path) -> dict[int, int]:
    """Every repeated line hash with the number of documents it occurs in (all shards)."""
    parts = sorted((Path(stage) / REPEATED).glob("*.parquet"))
    if not parts:
        return {}
    return dict(duckdb.connect().execute(f"SELECT h, docs FROM {read_parquet(parts)}").fetchall())


def line_edits(texts: list[tuple[str, str]], repeated: dict[int, int], min_chars: int) -> pa.Table:
    """The edits (EDITS_SCHEMA) for (id, text) pairs that contain a repeated line."""
    rows = []
    for doc_id, text in texts:
        new_text, removals = cut_lines(text, repeated, min_chars)
        if removals:
            rows.append(
                {"id": doc_id, "text": new_text, "emptied": not new_text.strip(), "removals": removals}
            )
    return pa.Table.from_pylist(rows, schema=EDITS_SCHEMA)
