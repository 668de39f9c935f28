"""Column layout of the corpus tables. docs/corpus-format.md explains each column."""

from __future__ import annotations

import json

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

# the published tables, in column order (DuckDB writes them; these lists fix the order).
# `language`/`language_score` repeat `lang`/`lang_score` under the names datatrove's LangStats and
# other stock consumers look for.
_COMMON_NAMES = [name for name, _ in _COMMON]
DOCUMENT_COLUMNS = [*_COMMON_NAMES, "language", "language_score", "dup_cluster", "n_chars", "metadata"]
REJECTED_COLUMNS = [
    *_COMMON_NAMES, "step", "reason", "detail", "dup_cluster", "dup_of", "n_chars", "metadata"
]  # fmt: skip

# what each published column means; written into every table's Parquet key-value metadata
# (`sloika:columns`), so a corpus describes itself to any Parquet reader (docs/corpus-format.md)
COLUMN_DESCRIPTIONS = {
    "id": "xxh3-128 hex of source + NUL + position: stable across runs and worker counts",
    "text": "the repaired text (for too_large records, a preview of the first 65,536 characters)",
    "kind": "document kind from the input spec: article, paper, transcript, chat, ...",
    "source": "the input file as the user wrote its path (URLs keep their protocol)",
    "position": "0-based line (JSONL) or row (Parquet) in the source; 0 for a text file; -1 for a whole file",
    "lang": "top language label of the language model (lid.176: ru, en, ...)",
    "lang_score": "probability of that label",
    "language": "the same as lang, under the name stock consumers (datatrove LangStats) read",
    "language_score": "the same as lang_score, under the name stock consumers read",
    "dup_cluster": "exact/near-duplicate cluster id when the text had copies, else null",
    "n_chars": "length of text in Unicode code points",
    "metadata": "JSON object: fields (the record's other fields), repairs, lang_top, lang_flag, ...",
    "step": "the step that rejected the record: read, repair, length, language, exact_dedup, ...",
    "reason": "short reason code, e.g. broken_json, wrong_language, exact_duplicate",
    "detail": "one sentence for a person: what was found and what to do",
    "dup_of": "for a duplicate: id of the kept copy",
}


ROW_GROUP_ROWS = 16_384  # small row groups: a lookup by source (the sort key) reads 1/8 of DuckDB's
# default 122,880 rows of text; on a 1M-document corpus a browser page's previews took 0.36 s
# instead of 1.18 s, for 0.25 % more bytes (bench/bench_browse.py)


def parquet_options(columns: list[str]) -> str:
    """DuckDB COPY options for a published table: zstd, small row groups, and the column
    descriptions and format version in the file's key-value metadata."""
    described = json.dumps({c: COLUMN_DESCRIPTIONS[c] for c in columns}, ensure_ascii=False)
    escaped = described.replace("'", "''")
    return (
        f"FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP_ROWS}, "
        f"KV_METADATA {{'sloika:columns': '{escaped}', 'sloika:format_version': '{FORMAT_VERSION}'}}"
    )


# metadata keys that became typed columns and are not repeated in the `metadata` JSON
TYPED_KEYS = frozenset({"source", "position", "kind", "lang", "lang_score"})
