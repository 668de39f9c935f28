"""Query a corpus with DuckDB, read-only.

Views: ``documents``, ``rejected``, and (once layers exist) one view per layer plus ``spans``,
their union. Two locks keep a query from changing the corpus: only read statements
(SELECT/WITH/FROM/DESCRIBE/SUMMARIZE/EXPLAIN) are accepted, and DuckDB's file access is
limited to the corpus folder and then locked.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from sloika.corpora.manifest import CorpusError, load_manifest
from sloika.corpora.sql import read_parquet, sql_literal
from sloika.errors import SloikaError

READ_ONLY_STATEMENTS = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


class QueryError(SloikaError, ValueError):
    """A query that can't run; the message says why."""


def connect(corpus: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the corpus's views, unable to read or write outside it."""
    root = Path(corpus).resolve()
    load_manifest(root)
    con = duckdb.connect(":memory:")
    for table in ("documents", "rejected"):
        files = read_parquet(root / table / "*.parquet")
        columns = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {files}").fetchall()}
        # corpora written before rejected/ had n_chars get it computed, so every query sees one shape
        extra = ", length(text) AS n_chars" if "n_chars" not in columns else ""
        con.execute(f"CREATE VIEW {table} AS SELECT *{extra} FROM {files}")
    layer_views = []
    for layer in sorted(p for p in (root / "layers").glob("*") if p.is_dir()):
        name = layer.name
        if not name.isidentifier():
            continue
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM {read_parquet(layer / '*.parquet')}")
        layer_views.append(f"SELECT '{name}' AS layer, doc_id, start, \"end\", label, score FROM {name}")
    if layer_views:
        con.execute("CREATE VIEW spans AS " + " UNION ALL ".join(layer_views))
    con.execute(f"SET allowed_directories = [{sql_literal(root)}]")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def query(corpus: str | Path, sql: str, max_rows: int | None = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only SQL statement over the corpus; returns (column names, rows), at most
    ``max_rows`` of them when given (the rest is never fetched)."""
    con = connect(corpus)
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as err:
        raise QueryError(f"bad SQL: {err}") from err
    if len(statements) != 1:
        raise QueryError(f"give exactly one SQL statement, got {len(statements)}")
    if statements[0].type not in READ_ONLY_STATEMENTS:
        raise QueryError(
            f"corpora are queried read-only: {statements[0].type.name} statements are not allowed"
        )
    try:
        result = con.execute(sql)
    except duckdb.Error as err:
        views = ", ".join(
            row[0]
            for row in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        )
        raise QueryError(f"{err}\n(views in this corpus: {views})") from err
    rows = result.fetchall() if max_rows is None else result.fetchmany(max_rows)
    return [d[0] for d in result.description], rows


__all__ = ["CorpusError", "QueryError", "connect", "query"]
