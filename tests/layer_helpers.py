"""Publish annotation layers into a test corpus the way an annotator does (corpora.layers)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sloika.corpora.layers import LAYER_SCHEMA, publish_layer


def add_layer(corpus: Path, name: str, rows: list[dict[str, Any]], annotator: str = "test@1") -> None:
    """``rows``: dicts with doc_id, start, end, label and optional score / attrs (a dict)."""
    written = corpus / f".{name}-written"
    written.mkdir()
    table = pa.Table.from_pylist(
        [
            {
                "doc_id": r["doc_id"],
                "start": r["start"],
                "end": r["end"],
                "label": r["label"],
                "score": r.get("score"),
                "attrs": json.dumps(r.get("attrs") or {}, ensure_ascii=False),
                "annotator": annotator,
            }
            for r in rows
        ],
        schema=LAYER_SCHEMA,
    )
    pq.write_table(table, written / "part-00000.parquet")
    publish_layer(corpus, name, written, {"annotators": [annotator], "spans": len(rows)})
