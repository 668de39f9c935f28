"""The one way sloika writes a value into DuckDB SQL text: as a quoted string literal.

DuckDB's table functions (``read_parquet``) and ``COPY ... TO`` take file paths as literals, not
parameters, so a path with a quote in it (``O'Brien/corpus``) must be escaped, always the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def sql_literal(value: str | Path) -> str:
    """``value`` as a DuckDB string literal (single quotes doubled)."""
    return "'" + str(value).replace("'", "''") + "'"


def read_parquet(paths: str | Path | Iterable[str | Path]) -> str:
    """``read_parquet(...)`` over one path or glob, or over a list of files."""
    if isinstance(paths, str | Path):
        return f"read_parquet({sql_literal(paths)})"
    return "read_parquet([" + ", ".join(sql_literal(p) for p in paths) + "])"
