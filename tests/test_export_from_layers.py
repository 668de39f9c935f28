"""Training sets made from layers, end to end: a corpus of hard-wrapped texts (written for this test,
in the layout of plain-text quote archives), `definitions` and an endpoint-backed `unpacking` layer
produced by `sloika annotate` against a loopback chat server, then `export sft --from ...` and
`export pretrain --render unpacked` over them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_unpacking_models import tiny_model  # noqa: F401  (the fixture)

from conftest import DATA, rows

pytest.importorskip("razdel")
pytest.importorskip("pymorphy3")
pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("httpx")

from chat_server import serve  # noqa: E402

from sloika.cli import main  # noqa: E402
from sloika.config import AnnotateConfig  # noqa: E402
from sloika.corpora.annotate import annotate_corpus  # noqa: E402
from sloika.corpora.export_pretrain import PretrainOptions, export_pretrain  # noqa: E402
from sloika.corpora.export_sft import SftOptions, export_sft  # noqa: E402

TEXTS = {
    "patience.txt": "Терпение - это умение ждать, не теряя\nинтереса к тому, чего ждёшь. Оно приходит\n"
    "с годами и уходит с первой очередью в поликлинике.\n\t\t-- Из записной книжки\n",
    "boredom.txt": "Скука\n- это время, которое некуда деть, и мысли, которым некуда идти. Она\nвсегда "
    "приходит по вторникам, когда дела уже сделаны, а выходные ещё далеко.\n",
    "garden.txt": "Утром мы поливали огурцы и спорили о погоде на завтра. Соседка принесла\nкорзину "
    "яблок и рассказала, что у неё опять сбежала коза, уже третий раз за лето.\n",
}


@pytest.fixture
def corpus(build, tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build([folder], name="quotes")


def annotate_with_endpoint(corpus: Path, model: Path) -> None:
    with serve(model, name="tiny-ru") as (url, chat):
        options = {"annotator": "unpacking_endpoint", "endpoint": url, "model": "tiny-ru",
                   "kinds": ["question"], "max_new_tokens": 6, "min_purity": 0, "concurrency": 2,
                   "targets": ["definition"]}  # fmt: skip
        config = AnnotateConfig.model_validate({"options": {"unpacking": options}})
        entries = annotate_corpus(corpus, ["definitions", "unpacking"], config)
        assert chat.completions > 0
    assert entries["unpacking"]["counts"] == {"notes": 2} and entries["unpacking"]["spans"] == 2
    assert entries["unpacking"]["annotator"] == "unpacking_endpoint@1" and entries["unpacking"]["cache_key"]


def test_sft_and_pretrain_from_definitions_and_endpoint_notes(corpus: Path, tiny_model, tmp_path: Path):  # noqa: F811
    annotate_with_endpoint(corpus, tiny_model)
    ids = dict(rows(corpus, "SELECT source, id FROM documents"))
    defined = {doc_id for source, doc_id in ids.items() if not source.endswith("garden.txt")}

    out = tmp_path / "sft"
    command = ["export", "sft", str(corpus), "--out", str(out), "--from", "definitions,unpacking"]
    assert main(command + ["--validation-fraction", "0"]) == 0
    manifest = json.loads((out / "export_manifest.json").read_text())
    assert [layer["name"] for layer in manifest["layers"]] == ["definitions", "unpacking"]
    assert manifest["sources"] == ["definitions", "unpacking"]
    assert manifest["rows_by_kind"] == {"definition": 2, "unpacked": 2, "unpacking": 2}
    train = [json.loads(line) for line in (out / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(r["doc_id"] in ids.values() and r["source"] == r["layer"] for r in train)
    definitions = {r["messages"][0]["content"]: r for r in train if r["source"] == "definitions"}
    assert {r["doc_id"] for r in definitions.values()} == defined  # a pair for every defining document
    patience = definitions["Что такое терпение?"]["messages"][1]["content"]
    assert patience == (
        "Терпение - это умение ждать, не теряя интереса к тому, чего ждёшь. Оно приходит с годами и уходит "
        "с первой очередью в поликлинике."
    )  # the definition in its paragraph, on one line, without the attribution
    assert "Что такое скука?" in definitions

    qa = [r for r in train if r["id"].split("-")[-1].startswith("unpacking")]
    notes = {
        (row[0], json.loads(row[1])["question"], json.loads(row[1])["answer"])
        for row in _layer_rows(corpus, "unpacking")
    }
    assert {(r["doc_id"], r["messages"][0]["content"].split("\n\n", 1)[1], r["messages"][1]["content"])
            for r in qa} == notes  # fmt: skip
    assert all(r["messages"][0]["content"].startswith("Текст: «") for r in qa)

    pretrain = tmp_path / "pt"
    tokenizer = str(DATA / "tokenizers" / "qwen.tiktoken")
    manifest = export_pretrain(corpus, pretrain, PretrainOptions(tokenizer=tokenizer, render="unpacked"))
    assert [layer["name"] for layer in manifest["layers"]] == ["unpacking"]  # only what is rendered
    from tokenizers import Tokenizer

    from sloika.text.tokens import read_flat_shards

    decoded = Tokenizer.from_file(str(pretrain / "tokenizer.json"))
    shards = read_flat_shards(pretrain, json.loads((pretrain / "export_manifest.json").read_text()))
    texts = [
        decoded.decode(shard.document(i).tolist()) for shard in shards for i in range(len(shard.starts) - 1)
    ]
    for _doc_id, question, answer in notes:
        assert any(f"(1) {question} — {answer}" in text for text in texts)


def test_from_names_a_missing_layer(corpus: Path, tmp_path: Path):
    with pytest.raises(ValueError, match="no `unpacking` layer; produce it first"):
        export_sft(corpus, tmp_path / "x", SftOptions(sources=["unpacking"]))
    with pytest.raises(ValueError, match="choose from chats, titles, definitions, unpacking"):
        export_sft(corpus, tmp_path / "x", SftOptions(sources=["jokes"]))
    manifest = export_sft(corpus, tmp_path / "y", SftOptions())  # default: what exists
    assert manifest["sources"] == ["chats", "titles"] and manifest["layers"] == []


def _layer_rows(corpus: Path, layer: str) -> list[tuple]:
    import duckdb

    parts = str(corpus / "layers" / layer / "*.parquet")
    return duckdb.connect().execute(f"SELECT doc_id, attrs FROM read_parquet('{parts}')").fetchall()
