"""sloika export sft: conversations from chats and titled documents, split, per topic, clean."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from layer_helpers import add_layer

from sloika.cli import main
from sloika.corpora.export_sft import SftOptions, export_sft, in_validation
from sloika.lang.purity import judge

from conftest import DATA, rows

_TURN = re.compile(r"^>\[!nexus_(user|agent)\][^\n]*\n((?:>[^\n]*\n?)*)", re.M)


@pytest.fixture
def corpus(build) -> Path:
    corpus = build(
        [
            {"path": str(DATA / "seeds"), "kind": "chat"},
            # as plain text: this fixture writes its own `structure` layer (chat turns) below
            {"path": str(DATA / "react_docs" / "pages"), "format": "text"},
            {"path": str(DATA / "rust_book" / "ru"), "format": "text"},
        ],
        name="sft",
        repair={"homoglyphs": False},  # keep the page's Latin "c" for the language-control pairs
    )
    docs = rows(corpus, "SELECT id, text, kind, source FROM documents ORDER BY source, position")
    turns, topics, lang_spans = [], [], []
    for doc_id, text, kind, source in docs:
        if kind == "chat":  # what a chat reader's structure layer holds: one span per turn, role as label
            for m in _TURN.finditer(text):
                role = "user" if m.group(1) == "user" else "assistant"
                turns.append({"doc_id": doc_id, "start": m.start(2), "end": m.end(2), "label": role})
        topic = "chats" if kind == "chat" else "rust" if "rust_book" in source else "react"
        topics.append({"doc_id": doc_id, "start": 0, "end": len(text), "label": topic, "score": 0.9})
        for span in judge(text, "ru").spans:  # the purity filter's spans, as a lang_spans layer would hold
            lang_spans.append(
                {"doc_id": doc_id, "start": span.start, "end": span.end, "label": span.label,
                 "attrs": span.attrs | {"counted": span.counted}}
            )  # fmt: skip
    add_layer(corpus, "structure", turns)
    add_layer(corpus, "topics", topics)
    add_layer(corpus, "lang_spans", lang_spans)
    return corpus


def test_sft_export_loads_with_datasets_and_splits_by_topic(corpus: Path, tmp_path: Path):
    datasets = pytest.importorskip("datasets")
    eval_set = tmp_path / "eval.jsonl"
    ru_chapter = rows(corpus, "SELECT text FROM documents WHERE source LIKE '%rust_book%' ORDER BY source")[
        0
    ][0]
    copied = " ".join(ru_chapter.split()[40:60])  # a 20-word passage of one chapter leaked into an eval set
    eval_set.write_text(json.dumps({"question": copied, "answer": "x"}, ensure_ascii=False) + "\n")
    out = tmp_path / "export"
    command = ["export", "sft", str(corpus), "--out", str(out), "--split-by", "topic"]
    command += ["--validation-fraction", "0.3", "--decontaminate", str(eval_set), "--language-control"]
    assert main(command) == 0

    manifest = json.loads((out / "export_manifest.json").read_text())
    assert manifest["format"] == "sloika-sft" and manifest["split_by"] == "topic"
    assert manifest["topics"] == ["chats", "react", "rust"]
    assert {layer["name"] for layer in manifest["layers"]} == {"structure", "topics", "lang_spans"}
    assert manifest["decontamination"]["removed"] == 1
    assert manifest["decontaminated_against"][0]["removed"] == 1
    removed = [json.loads(line) for line in (out / "decontaminated.jsonl").read_text().splitlines()]
    assert len(removed) == 1 and removed[0]["eval_set"] == str(eval_set)

    train = datasets.load_dataset("parquet", data_files=str(out / "train.parquet"), split="train")
    validation = datasets.load_dataset("parquet", data_files=str(out / "validation.parquet"), split="train")
    assert train.column_names == ["id", "messages", "topic", "doc_id", "source", "layer"]
    assert len(train) == manifest["splits"]["train"]["rows"] and len(validation) > 0
    assert removed[0]["id"] not in set(train["id"]) | set(validation["id"])
    for row in list(train) + list(validation):
        roles = [m["role"] for m in row["messages"]]
        assert roles[0] == "user" and roles[-1] == "assistant"
        assert set(roles) <= {"system", "user", "assistant"}
    assert not any(in_validation(doc_id, 0.3) for doc_id in train["doc_id"])
    moved = {entry["doc_id"] for entry in manifest["validation_moved"]}
    assert all(in_validation(doc_id, 0.3) or doc_id in moved for doc_id in validation["doc_id"])

    chats = [r for r in train if r["id"].endswith("-chat")] + [
        r for r in validation if r["id"].endswith("-chat")
    ]
    assert len(chats) == 5 and all(len(r["messages"]) >= 2 for r in chats)
    assert "User" not in chats[0]["messages"][0]["content"][:10]  # turn text, not the callout header

    info = json.loads((out / "dataset_info.json").read_text())  # LLaMA-Factory's dataset registry
    assert {"train", "validation", "rust_train", "react_validation"} <= set(info)
    assert (
        info["rust_train"]["file_name"] == "rust/train.parquet" and info["train"]["formatting"] == "sharegpt"
    )
    assert all((out / entry["file_name"]).is_file() for entry in info.values())
    rust = datasets.load_dataset("parquet", data_files=str(out / "rust" / "train.parquet"), split="train")
    assert set(rust["topic"]) == {"rust"} and len(rust) == manifest["topic_splits"]["rust"]["train"]["rows"]
    jsonl = [json.loads(line) for line in (out / "rust" / "train.jsonl").read_text().splitlines()]
    assert [r["id"] for r in jsonl] == rust["id"]


def test_language_control_pairs_fix_the_homoglyph_word(corpus: Path, tmp_path: Path):
    manifest = export_sft(
        corpus, tmp_path / "export", SftOptions(language_control=True, validation_fraction=0)
    )
    assert manifest["rows_by_kind"]["langctl"] >= 1
    pairs = [json.loads(line) for line in (tmp_path / "export" / "train.jsonl").read_text().splitlines()]
    pairs = [p for p in pairs if "-langctl" in p["id"]]
    fixed = [p for p in pairs if "cчитаете" in p["messages"][0]["content"]]  # Latin "c" in the source page
    assert fixed, "the page with a Latin letter inside a Russian word gives a pair"
    answer = fixed[0]["messages"][1]["content"]
    assert "считаете" in answer and "cчитаете" not in answer


def test_language_control_targets_have_no_holes():
    from sloika.corpora.export_sft import language_control_pairs

    text = (
        "Переменные в Rust неизменяемы по умолчанию (например, let x = 5); это защищает данные.\n\n"
        "Владение — главная идея языка. This sentence is English. Заимствование её дополняет.\n\n"
        "- Ссылки\n- Hello world\n"
    )

    def span(piece: str, label: str) -> dict:
        start = text.index(piece)
        return {"start": start, "end": start + len(piece), "label": label, "attrs": {}}

    spans = [
        span("let x = 5", "script:latin"),
        span("This sentence is English.", "en"),
        span("Hello world", "en"),
    ]
    targets = [pair[1]["content"] for pair in language_control_pairs(text, "ru", spans)]
    # the whole English sentence goes cleanly; a clause inside parentheses or a list item would leave
    # a hole ("(например, );", "- "): those paragraphs give no pair
    assert targets == ["Владение — главная идея языка. Заимствование её дополняет."]


def test_split_is_deterministic_and_instruction_pairs_use_titles(corpus: Path, tmp_path: Path):
    first = export_sft(corpus, tmp_path / "a", SftOptions(validation_fraction=0.5))
    second = export_sft(corpus, tmp_path / "b", SftOptions(validation_fraction=0.5))
    for split in ("train", "validation"):
        assert (tmp_path / "a" / f"{split}.jsonl").read_bytes() == (
            tmp_path / "b" / f"{split}.jsonl"
        ).read_bytes()
    assert first["splits"] == second["splits"] and first["topics"] == []
    rows_ = [json.loads(line) for line in (tmp_path / "a" / "train.jsonl").read_text().splitlines()]
    rows_ += [json.loads(line) for line in (tmp_path / "a" / "validation.jsonl").read_text().splitlines()]
    asks = [r["messages"][0]["content"] for r in rows_ if r["id"].endswith("-pair")]
    assert "Расскажи о теме «Рендер списков»." in asks  # the page's front-matter title
    assert all(not r["messages"][1]["content"].startswith("---") for r in rows_)


def test_a_small_export_keeps_a_validation_document_in_every_topic(corpus: Path, tmp_path: Path):
    manifest = export_sft(corpus, tmp_path / "x", SftOptions(split_by="topic", validation_fraction=0.001))
    for topic in manifest["topics"]:
        counts = manifest["topic_splits"][topic]
        assert counts["validation"]["rows"] >= 1 and counts["train"]["rows"] >= 1, topic
    moved = {entry["topic"]: entry["doc_id"] for entry in manifest["validation_moved"]}
    assert None in moved  # 0.1 % of a few documents: the hash chose none, in the whole export either
    validation = pq.read_table(tmp_path / "x" / "validation.parquet").column("doc_id").to_pylist()
    assert set(moved.values()) == set(validation)  # moved in the whole export too, not only the topic
    assert not export_sft(corpus, tmp_path / "y", SftOptions(validation_fraction=0))["validation_moved"]


def test_errors_name_the_missing_layer(build, tmp_path: Path):
    bare = build([DATA / "rust_book" / "ru"], name="bare")
    with pytest.raises(ValueError, match="no `topics` layer"):
        export_sft(bare, tmp_path / "x", SftOptions(split_by="topic"))
    with pytest.raises(ValueError, match="no `lang_spans` layer"):
        export_sft(bare, tmp_path / "x", SftOptions(language_control=True))
    manifest = export_sft(bare, tmp_path / "y", SftOptions())
    # the Markdown reader's code spans are the only layer there is
    assert [layer["name"] for layer in manifest["layers"]] == ["structure"]
    assert manifest["splits"]["train"]["rows"] > 0


def test_every_topic_keeps_a_train_document():
    """The loop's flake: a topic of one document, the whole export's closest to the cut, went to
    validation with the whole export's move and left per-topic training nothing (react: 0 train
    rows); the hash's coin can do the same to a whole topic. Hashes ranked by hand below: a topic
    whose rows are all in validation gets back its document furthest from the cut."""
    import xxhash

    from sloika.corpora.export_sft import ensure_validation

    ids = sorted((f"doc{i}" for i in range(6)), key=lambda d: xxhash.xxh3_64_intdigest(d.encode()))
    rows = [{"doc_id": ids[0], "topic": "react", "split": "train"}]  # react: one document, the lowest
    rows += [{"doc_id": doc_id, "topic": "rust", "split": "train"} for doc_id in ids[1:4]]
    moved = ensure_validation(rows, 0.05, by_topic=True)
    split = {row["doc_id"]: row["split"] for row in rows}
    assert [split[d] for d in ids[:4]] == ["train", "validation", "train", "train"]
    assert moved == [
        {"topic": None, "doc_id": ids[0]},  # the whole export's move took react's only document
        {"topic": "rust", "doc_id": ids[1]},
        {"topic": "react", "doc_id": ids[0], "split": "train"},  # and gave it back
    ]
    rows = [{"doc_id": doc_id, "topic": "go", "split": "validation"} for doc_id in ids[4:]]  # the coin
    rows += [{"doc_id": doc_id, "topic": "rust", "split": "train"} for doc_id in ids[:2]]
    moved = ensure_validation(rows, 0.05, by_topic=True)
    split = {row["doc_id"]: row["split"] for row in rows}
    assert [split[d] for d in ids[4:]] == ["validation", "train"]  # go keeps its highest hash
    assert moved == [{"topic": "rust", "doc_id": ids[0]}, {"topic": "go", "doc_id": ids[5], "split": "train"}]


def test_a_scope_operator_is_not_a_hole():
    from sloika.corpora.export_sft import clean_target

    assert clean_target("Сравнение std::map и unordered_map в C++.")
    assert clean_target("Вызов Foo::bar() возвращает число.")
    assert not clean_target("Пример: : здесь был удалён фрагмент.")
    assert not clean_target("Пример:, здесь был удалён фрагмент.")
    assert not clean_target("Список (например, ) пуст.")
