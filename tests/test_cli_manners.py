"""What a pipeline user expects of a command line: quiet builds, --version, JSON Lines, no colour
in pipes or under NO_COLOR, no traceback when `| head` closes the pipe, a warning exit status for
a build that kept nothing, and `n_chars` on rejected records like on kept ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sloika import __version__
from sloika.cli import main
from sloika.cli.build import EMPTY_CORPUS

from conftest import DATA, assert_conserved, rows

SLOIKA = [sys.executable, "-m", "sloika.cli"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Built by the CLI in a subprocess, stderr a pipe (not a terminal), NO_COLOR unset."""
    out = tmp_path_factory.mktemp("manners") / "c"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "DATATROVE_COLORIZE_LOGS")}
    done = subprocess.run(
        [*SLOIKA, "build", "--input", str(DATA / "react_docs" / "mixed_pages.jsonl.zst"),
         "--input", str(DATA / "rust_book" / "ru"), "--output", str(out), "--lang", "ru"],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out, done


def test_build_is_quiet_and_keeps_datatrove_stats_in_the_corpus(corpus):
    out, done = corpus
    assert "Stats" not in done.stderr and "INFO" not in done.stderr, "datatrove's screen of stats is hidden"
    assert "read →" in done.stdout, "sloika's own summary is shown"
    log = (out / "logs" / "console.log").read_text()
    assert "Stats" in log and "Launching pipeline" in log, "nothing is lost: the stats are in the corpus"
    assert "\x1b[" not in log, "not a terminal: no colour codes"
    assert_conserved(out)


def test_verbose_build_shows_the_stats_uncoloured_under_no_color(tmp_path):
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("DATATROVE_COLORIZE_LOGS", None)
    done = subprocess.run(
        [*SLOIKA, "build", "--input", str(DATA / "rust_book" / "en"), "--output", str(tmp_path / "v"),
         "--verbose"],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Stats" in done.stderr and "\x1b[" not in done.stderr and "\x1b[" not in done.stdout


def test_rejected_records_carry_n_chars(corpus):
    out, _ = corpus
    mismatched = rows(out, "SELECT count(*) FROM rejected WHERE n_chars IS DISTINCT FROM length(text)")
    assert rows(out, "SELECT count(*) FROM rejected")[0][0] > 0 and mismatched[0][0] == 0


def test_query_into_head_ends_without_a_traceback(corpus):
    out, _ = corpus
    done = subprocess.run(
        f"{sys.executable} -m sloika.cli query {out} 'SELECT * FROM range(200000)' -f jsonl | head -n 2",
        shell=True, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert [json.loads(line) for line in done.stdout.splitlines()] == [{"range": 0}, {"range": 1}]
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr


def test_version_and_jsonl(corpus, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.strip() == f"sloika {__version__}"
    out, _ = corpus
    assert main(["query", str(out), "SELECT 1 AS a UNION ALL SELECT 2", "--format", "jsonl"]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == [{"a": 1}, {"a": 2}]


def test_wide_table_is_not_folded(corpus, capsys):
    out, _ = corpus
    long = "ж" * 300
    assert main(["query", str(out), f"SELECT '{long}' AS t", "--max-width", "0"]) == 0
    assert long in capsys.readouterr().out


def test_a_build_that_keeps_nothing_warns_and_says_so_in_its_exit_status(tmp_path, capsys):
    code = main(["build", "--input", str(DATA / "rust_book" / "en"), "--output", str(tmp_path / "e"),
                 "--lang", "ru"])  # fmt: skip
    assert code == EMPTY_CORPUS == 3
    assert "no document was kept" in capsys.readouterr().err
    manifest = assert_conserved(tmp_path / "e")
    assert (
        manifest["counts"]["kept"] == 0 and manifest["counts"]["rejected"] == manifest["counts"]["read"] > 0
    )


def test_the_corpus_describes_itself_to_a_plain_parquet_reader(corpus):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out, _ = corpus
    for table in ("documents", "rejected"):
        path = next((out / table).glob("*.parquet"))
        file = pq.ParquetFile(path)
        described = json.loads(file.metadata.metadata[b"sloika:columns"])
        assert set(described) == set(file.schema_arrow.names), table
        assert all(len(text) > 10 for text in described.values())
        assert file.metadata.metadata[b"sloika:format_version"] == b"1"
        assert str(file.schema.column(file.schema_arrow.names.index("metadata")).logical_type) == "JSON"
        assert file.schema_arrow.field("text").type == pa.string(), "docs/corpus-format.md says string"
    docs = pq.read_table(next((out / "documents").glob("*.parquet"))).to_pylist()
    assert all(d["language"] == d["lang"] and d["language_score"] == d["lang_score"] for d in docs)
    assert all(isinstance(json.loads(d["metadata"]), dict) for d in docs)


def test_a_corpus_written_before_rejected_had_n_chars_still_shows_it(corpus, tmp_path):
    import shutil

    import duckdb

    from sloika.corpora.catalog import query

    old = tmp_path / "old"
    shutil.copytree(corpus[0], old)
    part = next((old / "rejected").glob("*.parquet"))
    duckdb.execute(
        f"COPY (SELECT * EXCLUDE (n_chars) FROM '{part}') TO '{tmp_path / 'r.parquet'}' (FORMAT parquet)"
    )
    shutil.move(tmp_path / "r.parquet", part)
    _, got = query(old, "SELECT count(*) FROM rejected WHERE n_chars = length(text)")
    _, total = query(old, "SELECT count(*) FROM rejected")
    assert got == total and total[0][0] > 0
