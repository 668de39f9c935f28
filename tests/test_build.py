"""End to end on the real sample data in tests/data."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sloika.config import validate_config
from sloika.corpora.manifest import CorpusError, load_manifest
from sloika.pipelines import build as build_module
from sloika.pipelines.build import BuildError, build_corpus

from conftest import DATA, assert_conserved, build_checked, rows

SAMPLE = [
    {"path": str(DATA / "seeds"), "kind": "chat"},
    {"path": str(DATA / "rust_book" / "ru")},
    {"path": str(DATA / "rust_book" / "en")},
    {"path": str(DATA / "react_docs" / "*.jsonl.*")},
    {"path": str(DATA / "react_docs" / "*.parquet")},
]
N_FILES = 5 + 10 + 3 + 2 + 1
N_RECORDS = 5 + 10 + 3 + 8 + 5 + 4


def table(corpus: Path, name: str) -> list[dict]:
    return (
        pq.read_table(corpus / name).sort_by([("source", "ascending"), ("position", "ascending")]).to_pylist()
    )


@pytest.fixture(scope="module")
def russian(tmp_path_factory) -> Path:
    return build_checked(tmp_path_factory.mktemp("ru") / "corpus", SAMPLE, language={"languages": ["ru"]})


def test_every_record_of_every_file_is_accounted_for(russian):
    counts = load_manifest(russian)["counts"]
    assert len(counts["by_source"]) == N_FILES
    assert counts["read"] == N_RECORDS
    assert counts["kept"] + counts["rejected"] + counts["duplicates"] == N_RECORDS
    assert counts["funnel"][0] == {"step": "input", "documents": N_RECORDS}
    assert [row["step"] for row in counts["funnel"]] == [
        "input",
        "read",
        "repair",
        "transcript_junk",
        "length",
        "language",
        "exact_dedup",
        "near_dedup",
    ]
    assert counts["funnel"][-1]["documents"] == counts["kept"]


def test_english_is_rejected_with_a_reason(russian):
    english = rows(russian, "SELECT source, reason, lang FROM rejected WHERE step = 'language'")
    assert {Path(src).name for src, _, _ in english} >= {
        "ch03-04-comments.md",
        "ch04-03-slices.md",
        "ch08-01-vectors.md",
    }
    assert {(reason, lang) for _, reason, lang in english} == {("wrong_language", "en")}
    assert rows(russian, "SELECT DISTINCT lang FROM documents") == [("ru",)]


def test_seeds_are_repaired_in_the_corpus(russian):
    seeds = rows(
        russian, "SELECT text, kind, metadata FROM documents WHERE source LIKE '%seeds%' ORDER BY source"
    )
    assert len(seeds) == 5
    assert all(kind == "chat" for _, kind, _ in seeds)
    assert all("mojibake:macroman" in json.loads(meta)["repairs"] for _, _, meta in seeds)
    assert "Правильно ли я понимаю, что просто общаясь с Квеном" in seeds[1][0]


def test_exact_duplicate_names_its_cluster_and_keeper(russian):
    [(dup_id, cluster, keeper, source)] = rows(
        russian, "SELECT id, dup_cluster, dup_of, source FROM rejected WHERE reason = 'exact_duplicate'"
    )
    assert source.endswith("ru_pages.jsonl.gz")
    [(kept_source, kept_cluster)] = rows(
        russian, f"SELECT source, dup_cluster FROM documents WHERE id = '{keeper}'"
    )
    assert kept_source.endswith("mixed_pages.jsonl.zst")  # the first by (source, position) is kept
    assert kept_cluster == cluster
    assert rows(russian, "SELECT count(*) FROM documents WHERE dup_cluster IS NOT NULL") == [(1,)]


def test_without_lang_no_language_is_dropped(build):
    corpus = build(SAMPLE[1:3])
    assert rows(corpus, "SELECT count(*) FROM rejected WHERE step = 'language'") == [(0,)]
    assert {lang for (lang,) in rows(corpus, "SELECT DISTINCT lang FROM documents")} == {"ru", "en"}


def test_flag_keeps_and_marks(build):
    corpus = build(SAMPLE[1:3], language={"languages": ["ru"], "action": "flag"})
    flagged = rows(
        corpus, "SELECT metadata->>'lang_flag', lang FROM documents WHERE metadata->>'lang_flag' IS NOT NULL"
    )
    assert flagged and all(flag == "wrong_language" and lang == "en" for flag, lang in flagged)


def test_ids_are_stable_across_runs_and_workers(tmp_path):
    corpora = []
    for name, workers in [("a", 1), ("b", 1), ("c", 2)]:
        output = tmp_path / name
        build_corpus(
            validate_config(
                {
                    "inputs": SAMPLE,
                    "output": str(output),
                    "workers": workers,
                    "language": {"languages": ["ru"]},
                }
            )
        )
        assert_conserved(output)
        corpora.append(output)
    first = corpora[0]
    for other in corpora[1:]:
        for name in ("documents", "rejected"):
            assert table(other, name) == table(first, name), f"{other.name}/{name} differs from {first.name}"
    assert load_manifest(corpora[2])["tasks"] == 2


def test_existing_output_is_kept_unless_overwrite(build, tmp_path):
    corpus = build(SAMPLE[:1])
    with pytest.raises(CorpusError, match="--overwrite"):
        build_corpus(validate_config({"inputs": SAMPLE[:1], "output": str(corpus)}))
    build_corpus(validate_config({"inputs": SAMPLE[1:2], "output": str(corpus)}), overwrite=True)
    assert_conserved(corpus)
    assert load_manifest(corpus)["counts"]["read"] == 10


def test_a_crashed_build_leaves_nothing_that_looks_complete(tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(build_module, "finish_corpus", boom)
    output = tmp_path / "corpus"
    with pytest.raises(BuildError, match="disk full"):
        build_corpus(validate_config({"inputs": SAMPLE[:1], "output": str(output)}))
    assert not output.exists()
    with pytest.raises(CorpusError, match="no corpus"):
        load_manifest(output)


def test_manifest_records_config_inputs_and_version(russian):
    manifest = load_manifest(russian)
    assert manifest["format_version"] == 1
    assert manifest["sloika_version"]
    assert manifest["config"]["language"]["languages"] == ["ru"]
    assert len(manifest["inputs"]) == N_FILES
    assert all(len(item["xxh3_64"]) == 16 and item["size"] > 0 for item in manifest["inputs"])
    assert (russian / "logs").is_dir()


def test_input_that_matches_nothing_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="matches no files"):
        build_corpus(
            validate_config(
                {"inputs": [{"path": str(tmp_path / "nope/*.jsonl")}], "output": str(tmp_path / "c")}
            )
        )


def test_inputs_through_fsspec_urls(build):
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe(
        "/dump/a.jsonl", '{"text": "Первый документ из памяти."}\n{"text": "Второй документ."}\n'.encode()
    )
    fs.pipe("/dump/notes/b.md", "# Заметка\n\nТекст заметки.\n".encode())
    corpus = build(["memory://dump/*.jsonl", "memory://dump/notes"])
    sources = [src for (src,) in rows(corpus, "SELECT source FROM documents ORDER BY source, position")]
    expected = ["/dump/a.jsonl", "/dump/a.jsonl", "/dump/notes/b.md"]
    assert sources == [fs.unstrip_protocol(path) for path in expected]  # URLs keep their protocol
