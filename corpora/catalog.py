"""Query a corpus with DuckDB, read-only by construction.

Views: ``documents``, ``rejected``, and (once layers exist) one view per layer plus ``spans``,
their union. No statement list decides what may run: the corpus's Parquet files reach DuckDB
only as Arrow datasets (pyarrow opens them for reading), the database DuckDB writes to is an
empty read-only one, and DuckDB's own file access is switched off and the configuration locked.
So ``COPY ... TO``, ``EXPLAIN ANALYZE COPY``, ``ATTACH``, ``EXPORT DATABASE``, ``read_text`` and
``SET``/``PRAGMA`` all fail, whatever their spelling, and the corpus stays as it was.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

from sloika.corpora.manifest import CorpusError, load_manifest
from sloika.corpora.storage import corpus_root, layer_names, parquet_dataset
from sloika.errors import SloikaError


class QueryError(SloikaError, ValueError):
    """A query that can't run; the message says why."""


# layers a build writes when it has something to record; querying one that stayed empty gives no
# rows instead of an error
BUILD_LAYERS = frozenset({"structure", "removed", "lang_spans", "citations"})
EMPTY_LAYER = (
    'SELECT NULL::VARCHAR AS doc_id, NULL::BIGINT AS start, NULL::BIGINT AS "end", NULL::VARCHAR AS label, '
    "NULL::FLOAT AS score, NULL::VARCHAR AS attrs, NULL::VARCHAR AS annotator WHERE false"
)


def _dataset(corpus: str | Path, table: str) -> ds.Dataset:
    """The Parquet parts of ``corpus/table`` as one Arrow dataset, local or behind an fsspec URL."""
    dataset = parquet_dataset(corpus, table)
    if dataset is None:
        raise CorpusError(f"{corpus}/{table} holds no Parquet files: the corpus is damaged; rebuild it")
    return dataset


def _read_only_database() -> duckdb.DuckDBPyConnection:
    """An empty DuckDB database opened read-only: ``CREATE``/``INSERT`` have nowhere to go."""
    with tempfile.TemporaryDirectory(prefix="sloika-query-") as folder:
        path = str(Path(folder) / "empty.duckdb")
        duckdb.connect(path).close()
        con = duckdb.connect(path, read_only=True)
    return con  # the file is gone; DuckDB keeps what it opened and never writes to it


def connect(corpus: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only DuckDB with the corpus's views and no access to any file.

    ``corpus`` is a folder or an fsspec URL (``s3://bucket/corpus``). A remote corpus is read the same
    way as a local one: pyarrow opens its parts through fsspec and hands DuckDB Arrow datasets, so
    DuckDB's httpfs (which would need external access, and could write to the bucket) stays off.
    """
    root = corpus_root(corpus)
    load_manifest(root)
    con = _read_only_database()
    for table in ("documents", "rejected"):
        dataset = _dataset(root, table)
        # corpora written before rejected/ had n_chars get it computed, so every query sees one shape
        extra = ", length(text) AS n_chars" if "n_chars" not in dataset.schema.names else ""
        con.register(f"_{table}_files", dataset)
        con.execute(f"CREATE TEMP VIEW {table} AS SELECT *{extra} FROM _{table}_files")
    layer_views = []
    for name in layer_names(root):
        if not name.isidentifier():
            continue
        con.register(name, _dataset(root, f"layers/{name}"))
        layer_views.append(f"SELECT '{name}' AS layer, doc_id, start, \"end\", label, score FROM {name}")
    present = {view.split("'")[1] for view in layer_views}
    for name in sorted(BUILD_LAYERS - present):  # a build that found nothing to record: an empty view
        con.execute(f'CREATE TEMP VIEW "{name}" AS {EMPTY_LAYER}')
    if layer_views:
        con.execute("CREATE TEMP VIEW spans AS " + " UNION ALL ".join(layer_views))
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def query(corpus: str | Path, sql: str, max_rows: int | None = None) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement over the corpus; returns (column names, rows), at most ``max_rows``
    of them when given (the rest is never fetched)."""
    con = connect(corpus)
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as err:
        raise QueryError(f"bad SQL: {err}") from err
    if len(statements) != 1:
        raise QueryError(f"give exactly one SQL statement, got {len(statements)}")
    try:
        result = con.execute(sql)
    except (duckdb.PermissionException, duckdb.InvalidInputException) as err:
        raise QueryError(f"corpora are queried read-only, without access to files: {err}") from err
    except duckdb.Error as err:
        views = ", ".join(
            row[0]
            for row in con.execute(
                "SELECT view_name FROM duckdb_views() "
                "WHERE NOT internal AND NOT starts_with(view_name, '_') ORDER BY view_name"
            ).fetchall()
        )
        raise QueryError(f"{err}\n(views in this corpus: {views})") from err
    if result.description is None:  # a statement without a result set
        return [], []
    rows = result.fetchall() if max_rows is None else result.fetchmany(max_rows)
    return [d[0] for d in result.description], rows


__all__ = ["CorpusError", "QueryError", "connect", "query"]
