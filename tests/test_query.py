"""sloika query: DuckDB views over a corpus, read-only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sloika.corpora.catalog import QueryError, connect, query
from sloika.corpora.manifest import CorpusError

from conftest import DATA, build_checked


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_checked(tmp_path_factory.mktemp("q") / "corpus", [DATA / "rust_book"])


def test_views_and_results(corpus):
    columns, result = query(corpus, "SELECT kind, count(*) AS n FROM documents GROUP BY 1")
    assert columns == ["kind", "n"]
    # 13 chapters, COMMIT.txt, and COPYRIGHT and the two LICENSE files: extensionless text, sniffed
    assert result == [("article", 17)]
    _, result = query(corpus, "SELECT reason, count(*) FROM rejected GROUP BY 1 ORDER BY 1")
    assert result == []


def test_read_statements_of_every_shape(corpus):
    assert query(corpus, "WITH t AS (SELECT 1 AS x) SELECT x FROM t")[1] == [(1,)]
    assert query(corpus, "FROM documents SELECT count(*)")[1] == [(17,)]
    assert "column_name" in query(corpus, "DESCRIBE documents")[0]


@pytest.mark.parametrize(
    "sql",
    [
        "COPY documents TO 'x.csv'",
        "CREATE TABLE t AS SELECT 1",
        "INSERT INTO documents VALUES (1)",
        "ATTACH 'other.db'",
        "SET enable_external_access = true",
    ],
)
def test_writes_are_refused(corpus, sql):
    with pytest.raises(QueryError):
        query(corpus, sql)
    assert sorted(p.name for p in corpus.iterdir()) == [
        "documents",
        "layers",
        "logs",
        "manifest.json",
        "rejected",
    ]  # layers: Markdown code spans


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the sha256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize(
    "sql",
    [
        # the form that once replaced every text: EXPLAIN ANALYZE runs the COPY it explains
        "EXPLAIN ANALYZE COPY (SELECT id, 'POISONED' AS text FROM documents) "
        "TO '{corpus}/documents/part-00000.parquet' (FORMAT parquet)",
        "EXPLAIN ANALYZE COPY (SELECT 1 AS x) TO '{corpus}/manifest.json' (FORMAT csv)",
        "COPY (SELECT 'POISONED' AS text) TO '{corpus}/documents/part-00000.parquet' (FORMAT parquet)",
        "COPY documents TO '{corpus}/documents/part-00001.parquet' (FORMAT parquet)",
        "ATTACH '{corpus}/sneaky.duckdb' AS sneaky",
        "EXPORT DATABASE '{corpus}/exported'",
        "SET allowed_directories = ['/']",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "PRAGMA threads = 1",
        "CREATE TABLE documents2 AS SELECT * FROM documents",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_text('{corpus}/manifest.json')",
        "SELECT * FROM read_parquet('{corpus}/documents/*.parquet')",
        "SELECT * FROM glob('/etc/*')",
        "INSTALL httpfs",
    ],
)
def test_hostile_sql_is_refused_and_the_corpus_is_unchanged(corpus, sql):
    before = _snapshot(corpus)
    with pytest.raises(QueryError):
        query(corpus, sql.format(corpus=corpus))
    assert _snapshot(corpus) == before


def test_files_outside_the_corpus_are_unreachable(corpus):
    with pytest.raises(QueryError, match="Permission"):
        query(corpus, "SELECT * FROM read_csv('/etc/passwd')")
    con = connect(corpus)
    with pytest.raises(Exception, match="Cannot change configuration"):
        con.execute("SET enable_external_access = true")


def test_bad_sql_names_the_views(corpus):
    with pytest.raises(
        QueryError,
        match=r"views in this corpus: citations, documents, lang_spans, rejected, removed, spans, structure",
    ):
        query(corpus, "SELECT * FROM docs")
    with pytest.raises(QueryError, match="bad SQL"):
        query(corpus, "SELEC 1")
    with pytest.raises(QueryError, match="exactly one"):
        query(corpus, "SELECT 1; SELECT 2")


def test_missing_or_unfinished_corpus(tmp_path):
    with pytest.raises(CorpusError, match="no corpus at"):
        query(tmp_path / "nothing", "SELECT 1")
    (tmp_path / "half").mkdir()
    with pytest.raises(CorpusError, match="not a finished sloika corpus"):
        query(tmp_path / "half", "SELECT 1")
