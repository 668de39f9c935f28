"""sloika export pretrain: flat shards + datatrove files from one pass, exact to the documents."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from layer_helpers import add_layer
from tokenizers import Tokenizer

from sloika.cli import main
from sloika.corpora.export_pretrain import PretrainOptions, export_pretrain
from sloika.corpora.manifest import load_manifest
from sloika.text.tokens import read_flat_shards

from conftest import DATA, rows

QWEN = str(DATA / "tokenizers" / "qwen.tiktoken")


@pytest.fixture
def corpus(build) -> Path:
    return build([DATA / "rust_book" / "ru", DATA / "react_docs" / "ru_pages.parquet"], name="pt")


def documents_in_order(corpus: Path) -> list[tuple[str, str]]:
    return rows(corpus, "SELECT id, text FROM documents ORDER BY source, position")


def flat_documents(out: Path) -> list[np.ndarray]:
    manifest = json.loads((out / "export_manifest.json").read_text())
    return [
        shard.document(doc)
        for shard, entry in zip(read_flat_shards(out, manifest), manifest["flat"], strict=True)
        for doc in range(entry["n_documents"])
    ]


def test_flat_shards_hold_every_document_then_eos(corpus: Path, tmp_path: Path):
    out = tmp_path / "export"
    assert main(["export", "pretrain", str(corpus), "--tokenizer", QWEN, "--out", str(out),
                 "--max-tokens-per-shard", "20000", "--workers", "2"]) == 0  # fmt: skip
    manifest = json.loads((out / "export_manifest.json").read_text())
    assert manifest["format"] == "sloika-pretrain" and manifest["version"] == 1
    assert manifest["dtype"] == "uint32" and manifest["eos_id"] == 151_643
    assert manifest["tokenizer"]["kind"] == "qwen-tiktoken"
    assert manifest["corpus"]["manifest"] == load_manifest(corpus)
    assert manifest["filters"]["funnel"] == load_manifest(corpus)["counts"]["funnel"]
    assert len(manifest["flat"]) > 1, "20,000 tokens per shard must split this corpus"

    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    docs = documents_in_order(corpus)
    flat = flat_documents(out)
    assert len(flat) == len(docs) == manifest["n_documents"]
    for (_, text), tokens in zip(docs, flat, strict=True):
        assert tokens[-1] == 151_643 and 151_643 not in tokens[:-1]
        assert tokenizer.decode(tokens[:-1].tolist()) == text
    for entry in manifest["flat"]:
        index = np.load(out / entry["index"], allow_pickle=False)
        assert index.dtype == np.int64 and len(index) == entry["n_documents"] + 1
        assert index[0] == 0 and index[-1] == entry["n_tokens"]
        assert (out / entry["tokens"]).stat().st_size == 4 * entry["n_tokens"]
        assert entry["n_tokens"] <= 20_000 or entry["n_documents"] == 1

    # the folder loads with transformers as it is: EOS, padding and Qwen's chat format known
    transformers = pytest.importorskip("transformers")
    auto = transformers.AutoTokenizer.from_pretrained(str(out))
    assert auto.eos_token == "<|endoftext|>" and auto.eos_token_id == 151_643 and auto.pad_token_id == 151_643
    chat = auto.apply_chat_template([{"role": "user", "content": "Привет"}], tokenize=False)
    assert chat == "<|im_start|>user\nПривет<|im_end|>\n"
    assert auto.encode(docs[0][1], add_special_tokens=False) == flat[0][:-1].tolist()


def test_datatrove_files_equal_datatrove_document_tokenizer(corpus: Path, tmp_path: Path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import ParquetReader
    from datatrove.pipeline.tokens import DocumentTokenizer

    out = tmp_path / "export"
    export_pretrain(corpus, out, PretrainOptions(tokenizer=QWEN))
    reference = tmp_path / "datatrove-ref"
    LocalPipelineExecutor(
        [
            ParquetReader(str(corpus / "documents"), text_key="text", id_key="id"),
            DocumentTokenizer(
                str(reference),
                tokenizer_name_or_path=str(out / "tokenizer.json"),
                eos_token="<|endoftext|>",
                shuffle_documents=False,
            ),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    ours = sorted((out / "datatrove").glob("*.ds"))
    theirs = sorted(reference.glob("*.ds"))
    assert len(ours) == len(theirs) == 1
    assert ours[0].read_bytes() == theirs[0].read_bytes()
    assert Path(f"{ours[0]}.index").read_bytes() == Path(f"{theirs[0]}.index").read_bytes()


def test_training_side_reads_the_export(corpus: Path, tmp_path: Path):
    exports = pytest.importorskip("sloika.training.exports")
    out = tmp_path / "export"
    export_pretrain(corpus, out, PretrainOptions(tokenizer=QWEN, max_tokens_per_shard=30_000))
    manifest, shards, tokenizer = exports.open_pretrain_export(out)
    assert tokenizer.is_file() and sum(len(s.starts) - 1 for s in shards) == manifest["n_documents"]


def test_shuffle_is_seeded_and_loses_nothing(corpus: Path, tmp_path: Path):
    def export(name: str, seed: int | None) -> list[tuple[int, ...]]:
        export_pretrain(corpus, tmp_path / name, PretrainOptions(tokenizer=QWEN, shuffle_seed=seed))
        return [tuple(d.tolist()) for d in flat_documents(tmp_path / name)]

    plain, first, again, other = export("a", None), export("b", 7), export("c", 7), export("d", 8)
    assert first == again
    assert first != plain and first != other
    assert sorted(first) == sorted(plain) == sorted(other)


def test_trained_tokenizer_gives_uint16_shards(corpus: Path, tmp_path: Path):
    out = tmp_path / "export"
    manifest = export_pretrain(corpus, out, PretrainOptions(train_vocab_size=1000, datatrove=False))
    assert manifest["tokenizer"]["kind"] == "trained-bpe" and manifest["tokenizer"]["vocab_size"] == 1000
    assert manifest["dtype"] == "uint16" and manifest["datatrove"] is None
    assert not (out / "datatrove").exists()
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    first = flat_documents(out)[0]
    assert first[-1] == manifest["eos_id"]
    assert tokenizer.decode(first[:-1].tolist()) == documents_in_order(corpus)[0][1]


def test_unpacked_render_writes_layer_notes(corpus: Path, tmp_path: Path):
    doc_id, text = documents_in_order(corpus)[0]
    sentence_end = text.index(".") + 1
    add_layer(
        corpus,
        "unpacking",
        [
            {"doc_id": doc_id, "start": 0, "end": sentence_end, "label": "question",
             "attrs": {"question": "Что здесь главное?", "answer": "первое предложение"}},
            {"doc_id": doc_id, "start": 0, "end": sentence_end, "label": "paradox",
             "attrs": {"question": "Может ли текст объяснить сам себя?"}},
        ],
    )  # fmt: skip
    out = tmp_path / "export"
    manifest = export_pretrain(corpus, out, PretrainOptions(tokenizer=QWEN, render="unpacked"))
    assert manifest["render"] == "unpacked"
    assert [layer["name"] for layer in manifest["layers"]] == ["unpacking"]
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    rendered = tokenizer.decode(flat_documents(out)[0][:-1].tolist())
    quoted = " ".join(text[:sentence_end].split())
    assert f"Текст: «{quoted}»\nРаспаковка:\n(1) Что здесь главное? — первое предложение\n" in rendered
    assert "(2) Может ли текст объяснить сам себя? — paradox" in rendered
    assert (
        rendered.replace(rendered[rendered.index("\n\nТекст:") : rendered.index("paradox") + 7], "") == text
    )


def test_existing_export_is_not_overwritten_silently(corpus: Path, tmp_path: Path):
    out = tmp_path / "export"
    out.mkdir()
    assert main(["export", "pretrain", str(corpus), "--tokenizer", QWEN, "--out", str(out)]) == 1
    assert not any(out.iterdir())
