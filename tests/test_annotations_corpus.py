"""`sloika annotate` on a built corpus: layers published beside the documents, offsets that DuckDB
and Python read alike, the documented queries, re-runs that touch one layer only, and layers
produced during `sloika build`."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import DATA, assert_conserved

pytest.importorskip("razdel")
pytest.importorskip("spacy")
pytest.importorskip("sklearn")
pytest.importorskip("slovnet")

from sloika.annotators import registered  # noqa: E402
from sloika.cli import main  # noqa: E402
from sloika.config import AnnotateConfig, validate_config  # noqa: E402
from sloika.corpora.annotate import annotate_corpus  # noqa: E402
from sloika.corpora.catalog import query  # noqa: E402
from sloika.corpora.manifest import load_manifest  # noqa: E402
from sloika.pipelines.build import build_corpus  # noqa: E402

LAYERS = ["segments", "morph", "entities", "terms", "definitions", "topics", "unpacking"]
# stress marks (combining, no precomposed form, NFC keeps them), ZWJ emoji, flags, skin tones
TRICKY = (
    "Замо́к — это устройство для запирания двери 🔒, т. е. механизм с ключом 🗝️.\n\n"
    "Под за́мком понимают также крепость 🏰 на холме. Программист 👩‍💻 из России 🇷🇺 всегда "
    "проверяет замки́ 👍🏽. Это называется осторожностью.\n"
)
OPTIONS = {"topics": {"k": 2}}


def inputs(tmp: Path) -> list[dict]:
    source = tmp / "inputs"
    source.mkdir()
    for name in ("ch04-01-what-is-ownership.md", "ch04-03-slices.md", "ch08-01-vectors.md"):
        shutil.copy(DATA / "rust_book" / "ru" / name, source / name)
    for name in ("components.md", "preconnect.md", "rendering-lists.md"):
        shutil.copy(DATA / "react_docs" / "pages" / name, source / name)
    (source / "tricky.md").write_text(TRICKY, encoding="utf-8")
    return [{"path": str(source)}]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("annotated")
    output = tmp / "corpus"
    build_corpus(validate_config({"inputs": inputs(tmp), "output": str(output), "dedup": {"exact": False}}))
    assert_conserved(output)
    annotate_corpus(output, LAYERS, AnnotateConfig(options=OPTIONS), workers=2)
    return output


def test_every_layer_is_published_with_its_producer(corpus):
    manifest = load_manifest(corpus)
    for layer in LAYERS:
        entry = manifest["layers"][layer]
        assert (
            entry["annotator"] == f"{layer}@{registered()[layer].version}"
            and entry["produced_by"] == "annotate"
        )
        assert entry["spans"] > 0 and isinstance(entry["config"], dict)
        assert (corpus / "layers" / layer / "part-00000.parquet").is_file()
    assert manifest["layers"]["topics"]["config"]["k"] == 2
    assert not list(corpus.glob(".annotate-*")), "the work folder is removed"
    columns, rows = query(corpus, "SELECT layer, count(*) FROM spans GROUP BY 1")
    # + the Markdown reader's code spans and its record of the comments it took out; no prose of these
    # inputs is cut (the React page's English console warning is program output, kept as code since
    # issue 15), so `removed` holds the pages' comments: "<!-- ignore -->", "{/*usage*/}", and the
    # markup taken out of their prose: the React pages' "<Intro>", the Rust book's "<span class=…>"
    # and its diagrams' "<img alt=… src=…>" (a figure out of the text's flow, as a Markdown image is),
    # and the React pages' "---" between sections (an `hr`, no prose: `thematic_break`)
    assert {layer for layer, _ in rows} == set(LAYERS) | {"structure", "removed"}
    _, rows = query(corpus, "SELECT DISTINCT label FROM removed")
    labels = {label for (label,) in rows}
    assert labels == {
        "html_comment",
        "mdx_comment",
        "mdx_component",
        "html_wrapper",
        "image",
        "thematic_break",
    }
    _, rows = query(
        corpus,
        'SELECT substring(d.text, s.start + 1, s."end" - s.start) FROM structure s JOIN documents d '
        "ON d.id = s.doc_id WHERE s.label = 'code' AND d.source LIKE '%rendering-lists.md'",
    )
    assert ('Warning: Each child in a list should have a unique "key" prop.',) in rows


def test_duckdb_substring_equals_python_slices(corpus):
    con = duckdb.connect()
    texts = dict(con.execute(f"SELECT id, text FROM read_parquet('{corpus}/documents/*.parquet')").fetchall())
    assert any("👩‍💻" in t and "о́" in t for t in texts.values())
    for layer in LAYERS:
        rows = con.execute(
            f'SELECT l.doc_id, l.start, l."end", substring(d.text, l.start + 1, l."end" - l.start) '
            f"FROM read_parquet('{corpus}/layers/{layer}/*.parquet') l "
            f"JOIN read_parquet('{corpus}/documents/*.parquet') d ON d.id = l.doc_id"
        ).fetchall()
        assert rows, layer
        for doc_id, start, end, duck in rows:
            assert duck == texts[doc_id][start:end], (layer, start, end)


def test_tricky_text_spans(corpus):
    _, rows = query(
        corpus,
        'SELECT def.label, substring(d.text, def.start + 1, def."end" - def.start) FROM definitions def '
        "JOIN documents d ON d.id = def.doc_id WHERE d.source LIKE '%tricky.md' ORDER BY def.start",
    )
    assert rows[0] == ("замо́к", "Замо́к — это устройство для запирания двери 🔒, т. е. механизм с ключом 🗝️.")
    assert ("осторожность", "Это называется осторожностью.") in rows


def _doc_queries() -> list[str]:
    text = (Path(__file__).parent.parent / "docs" / "annotations.md").read_text(encoding="utf-8")
    return re.findall(r"```sql\n(.*?)```", text, flags=re.DOTALL)


def test_documented_queries(corpus):
    definitions, latin, topics, notes, terms = _doc_queries()
    columns, rows = query(corpus, definitions)
    assert columns[:3] == ["term", "definiens", "sentence"]
    assert rows[0][0] == "*Владение*" and rows[0][2].startswith("*Владение* — это набор правил")

    _, rows = query(corpus, latin)
    shares = {Path(source).name: share for _, source, share in rows}
    assert "preconnect.md" in shares and "tricky.md" not in shares
    assert all(share > 0.05 for share in shares.values())

    _, rows = query(corpus, topics)
    assert sum(n for _, n, _ in rows) == load_manifest(corpus)["counts"]["kept"]
    assert len(rows) == 2

    _, rows = query(corpus, notes)
    assert rows and all(
        kind == "question_template" and note for _, kind, note in rows
    )  # the template producer
    _, rows = query(corpus, terms)
    by_source = {Path(source).name: set(found) for source, found in rows}
    assert {"куча", "стек"} <= by_source["ch04-01-what-is-ownership.md"]


def _fingerprints(folder: Path) -> dict[str, tuple[int, str]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_rerunning_one_layer_touches_nothing_else(corpus, tmp_path):
    before_docs = _fingerprints(corpus / "documents") | _fingerprints(corpus / "rejected")
    before_layers = {
        layer: _fingerprints(corpus / "layers" / layer) for layer in LAYERS if layer != "definitions"
    }
    before = load_manifest(corpus)["layers"]
    assert main(["annotate", str(corpus), "--layers", "definitions", "--workers", "1"]) == 0
    assert _fingerprints(corpus / "documents") | _fingerprints(corpus / "rejected") == before_docs
    for layer, prints in before_layers.items():
        assert _fingerprints(corpus / "layers" / layer) == prints, layer
    after = load_manifest(corpus)["layers"]
    assert {k: v for k, v in after.items() if k != "definitions"} == {
        k: v for k, v in before.items() if k != "definitions"
    }
    assert after["definitions"]["spans"] == before["definitions"]["spans"]  # 1 worker gives what 2 gave


def test_same_layer_for_any_number_of_workers(corpus, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(corpus, copy)
    annotate_corpus(copy, ["segments"], workers=1)
    one = pq.read_table(copy / "layers" / "segments").to_pylist()
    two = pq.read_table(corpus / "layers" / "segments").to_pylist()
    assert one == two


def test_cli_errors_say_what_to_do(corpus, tmp_path, capsys):
    assert main(["annotate", str(corpus), "--layers", "sentiment"]) == 1
    assert "unknown annotator 'sentiment'; registered:" in capsys.readouterr().err
    config = tmp_path / "annotate.yaml"
    config.write_text("layers: [topics]\noptions: {topics: {seeed: 2}}\n", encoding="utf-8")
    assert main(["annotate", str(corpus), "--config", str(config)]) == 1
    assert "unknown key `seeed` (did you mean `seed`?)" in capsys.readouterr().err
    assert main(["annotate", str(corpus), "--list"]) == 0
    assert "unpacking_llm" in capsys.readouterr().out


def test_layers_during_a_build(tmp_path):
    output = tmp_path / "built"
    config = {
        "inputs": inputs(tmp_path),
        "output": str(output),
        "annotate": {"layers": ["segments", "definitions", "topics"], "options": OPTIONS},
    }
    build_corpus(validate_config(config))
    manifest = assert_conserved(output)
    layers = manifest["layers"]
    segments = f"segments@{registered()['segments'].version}"
    assert layers["segments"]["produced_by"] == "build" and layers["segments"]["annotators"] == [segments]
    assert layers["definitions"]["spans"] > 0
    assert (
        layers["topics"]["produced_by"] == "annotate"
        and layers["topics"]["spans"] == manifest["counts"]["kept"]
    )
    _, rows = query(output, "SELECT count(*) FROM definitions WHERE label = 'владение'")
    assert rows == [(1,)]
