"""Column layout of the corpus tables. docs/corpus-format.md explains each column."""

from __future__ import annotations

import pyarrow as pa

FORMAT_VERSION = 1

_COMMON = [
    ("id", pa.string()),
    ("text", pa.large_string()),
    ("kind", pa.string()),
    ("source", pa.string()),
    ("position", pa.int64()),
    ("lang", pa.string()),
    ("lang_score", pa.float32()),
]

STAGED_KEPT = pa.schema(
    _COMMON
    + [("text_hash", pa.string()), ("minhash_bands", pa.list_(pa.int64())), ("n_chars", pa.int64())]
    + [("line_hashes", pa.list_(pa.int64()))]
    + [("metadata", pa.string())]
)
STAGED_REJECTED = pa.schema(
    _COMMON
    + [("step", pa.string()), ("reason", pa.string()), ("detail", pa.string()), ("metadata", pa.string())]
)

# the published tables, in column order (DuckDB writes them; these lists fix the order)
_COMMON_NAMES = [name for name, _ in _COMMON]
DOCUMENT_COLUMNS = [*_COMMON_NAMES, "dup_cluster", "n_chars", "metadata"]
REJECTED_COLUMNS = [*_COMMON_NAMES, "step", "reason", "detail", "dup_cluster", "dup_of", "metadata"]

# metadata keys that became typed columns and are not repeated in the `metadata` JSON
TYPED_KEYS = frozenset({"source", "position", "kind", "lang", "lang_score"})
