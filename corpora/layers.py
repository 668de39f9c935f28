"""Annotation layers: one folder of span rows per layer, beside the documents (like Dolma's
attributes), joined by ``doc_id``. Writing a layer never rewrites documents or other layers.

Row: ``doc_id``, ``start``, ``end`` (0-based code-point offsets into ``documents.text``, end
exclusive, so DuckDB's ``substring(text, start + 1, "end" - start)`` is Python's
``text[start:end]``), ``label``, ``score``, ``attrs`` (JSON), ``annotator`` (name@version).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from sloika.corpora.manifest import CorpusError, load_manifest, swap_into_place, write_manifest

LAYER_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("label", pa.string()),
        ("score", pa.float32()),
        ("attrs", pa.string()),
        ("annotator", pa.string()),
    ]
)
_NAME = re.compile(r"[a-z][a-z0-9_]*")


def check_layer_name(name: str) -> str:
    """Layer names become folder and DuckDB view names: lower-case identifiers only."""
    if not _NAME.fullmatch(name) or name in ("documents", "rejected", "spans"):
        raise CorpusError(
            f"bad layer name {name!r}: use lower-case letters, digits and _ "
            "(not documents, rejected or spans)"
        )
    return name


def publish_layer(corpus: Path, name: str, written: Path, producer: dict[str, Any]) -> None:
    """Swap the folder ``written`` (Parquet parts of one layer) in as ``layers/<name>`` and record
    the producer (annotator@version, config, span count) in the manifest."""
    check_layer_name(name)
    manifest = load_manifest(corpus)
    target = corpus / "layers" / name
    target.parent.mkdir(exist_ok=True)
    swap_into_place(written, target, owned=True)  # a layer of the corpus just loaded
    manifest.setdefault("layers", {})[name] = producer | {
        "written_at": datetime.now(UTC).isoformat(timespec="seconds")
    }
    write_manifest(corpus, manifest)
