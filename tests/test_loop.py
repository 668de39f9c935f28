"""The loop of docs/loop.md on CPU, over the CLI only, with a tiny random Qwen3:

probe (teacher steering and correcting) → build → annotate → export sft --from corrections →
train lora (one adapter per topic, transfer matrix) → eval → probe again with an adapter → compare.

Each stage reads the files the one before wrote, and the lineage links them: the corpus names the
probe's dialogues, the export the corpus, the run the export, the second probe the run. Also: the
same probe through a served model (tests/chat_server.py, real HTTP) sends multi-turn conversations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("httpx")
pytest.importorskip("sklearn")

from tiny_models import save_tiny_chat_model  # noqa: E402

from sloika.cli import main  # noqa: E402

from conftest import DATA, assert_conserved  # noqa: E402

PROMPTS = [
    {"id": "own", "topic": "rust", "lang": "ru", "prompt": "Что такое владение в Rust?"},
    {"id": "ref", "topic": "rust", "lang": "ru",
     "turns": ["Что такое ссылка?", "А чем она отличается от указателя?"]},
    {"id": "mut", "topic": "rust", "lang": "ru", "prompt": "Как объявить изменяемую переменную?"},
    {"id": "borrow", "topic": "rust", "lang": "ru", "held_out": True,
     "prompt": "Объясни подробно, что такое заимствование в языке Rust и зачем оно нужно."},
    {"id": "comp", "topic": "react", "lang": "ru", "prompt": "Что такое компонент в React?"},
    {"id": "state", "topic": "react", "lang": "ru", "prompt": "Зачем нужно состояние компонента?"},
    {"id": "hooks", "topic": "react", "lang": "ru", "held_out": True,
     "prompt": "Расскажи подробно, какие хуки есть в React и когда каждый из них нужен."},
]  # fmt: skip
FIXED = "Это правило языка: у каждого значения один владелец, и память освобождается сама."
GENERATE = ["--max-new-tokens", "12", "--temperature", "1.0", "--seed", "3"]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def write_yaml(path: Path, content: dict) -> Path:
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    texts = [
        path.read_text(encoding="utf-8") for path in sorted((DATA / "rust_book" / "ru").glob("*.md"))[:3]
    ]
    return save_tiny_chat_model(tmp_path_factory.mktemp("tiny") / "base", texts)


def test_probe_build_export_train_eval_probe_again(tiny, tmp_path, capsys):
    prompts = write_jsonl(tmp_path / "prompts.jsonl", PROMPTS)
    before, after = tmp_path / "probes" / "before", tmp_path / "probes" / "after"
    teacher = ["--teacher", str(tiny), "--steer-turns", "1"]
    assert (
        main(["probe", str(tiny), "--prompts", str(prompts), "--out", str(before), *GENERATE, *teacher]) == 0
    )
    probe = json.loads((before / "probe_manifest.json").read_text())
    dialogues = [json.loads(line) for line in (before / "dialogues.jsonl").read_text().splitlines()]
    assert probe["model"]["fingerprint"] and probe["generation"]["rendering"] == "chatml"
    assert probe["counts"]["dialogues"] == 7 and probe["counts"]["answers"] >= 8  # 8 scripted turns
    assert probe["counts"]["held_out"]["answers"] >= 2
    held_out = [json.loads(line) for line in (before / "held_out.jsonl").read_text().splitlines()]
    assert sorted(item["id"] for item in held_out) == ["borrow", "hooks"]

    corpus = tmp_path / "corpora" / "probes"
    build = ["build", "--input", str(before / "dialogues.jsonl"), "--format", "chat_jsonl",
             "--output", str(corpus), "--no-dedup"]  # fmt: skip
    assert main(build) == 0
    manifest = assert_conserved(corpus)
    assert manifest["inputs"][0]["path"] == str(before / "dialogues.jsonl")
    spans = sum(probe["counts"]["failure_spans_by_kind"].values())
    capsys.readouterr()
    assert main(["query", str(corpus), "SELECT count(*) AS n FROM failures", "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.split()[-1]) == spans

    taxonomy = {"rust": ["rust", "владение", "ссылка", "переменная"], "react": ["react", "компонент"]}
    annotate = write_yaml(
        tmp_path / "annotate.yaml", {"layers": ["topics"], "options": {"topics": {"taxonomy": taxonomy}}}
    )
    assert main(["annotate", str(corpus), "--config", str(annotate)]) == 0

    # the user's corrections: every answer of the prompts that are not held out (the random
    # teacher's own corrections fail the checks); the held-out ones must not reach training
    answers = [
        f"{d['id']}:{i}" for d in dialogues for i, m in enumerate(d["messages"]) if m["role"] == "assistant"
    ]
    edited = write_jsonl(
        tmp_path / "edited.jsonl", [{"id": answer, "corrected": FIXED} for answer in answers]
    )
    sft = tmp_path / "sft"
    export = ["export", "sft", str(corpus), "--out", str(sft), "--from", "corrections",
              "--corrections", str(edited), "--split-by", "topic"]  # fmt: skip
    assert main(export) == 0
    exported = json.loads((sft / "export_manifest.json").read_text())
    assert exported["corpus"]["path"] == str(corpus.resolve())
    assert exported["topics"] == ["react", "rust"] and exported["skipped_documents"]["held_out"] >= 2
    rows = "".join(p.read_text() for p in sft.glob("*.jsonl"))
    assert "заимствование" not in rows.lower() and "хуки" not in rows.lower()

    run = tmp_path / "runs" / "fix"
    lora = {
        "output": str(run), "seed": 1, "model": {"path": str(tiny)},
        "data": {"export": str(sft), "seq_len": 96, "batch_size": 1, "per_topic": True},
        "train": {"steps": 2, "lr": 5e-3, "warmup_steps": 1, "log_every": 1, "checkpoint_every": 2},
        "speed": {"precision": "fp32", "compile": False, "loss_chunk": 32},
        "lora": {"r": 4, "alpha": 8},
        "eval": {"max_rows": 4, "prompts": [PROMPTS[3]["prompt"]], "max_new_tokens": 4},
    }  # fmt: skip
    assert main(["train", "lora", str(write_yaml(tmp_path / "lora.yaml", lora))]) == 0
    lineage = json.loads((run / "lineage.json").read_text())
    assert lineage["export"]["path"] == str(sft) and lineage["corpus"]["path"] == str(corpus.resolve())
    report = json.loads((run / "eval.json").read_text())
    assert set(report["transfer_matrix"]) >= {"react", "rust"}  # each topic's adapter on its neighbour
    assert main(["eval", str(run)]) == 0
    assert (run / "eval.rerun.json").is_file()

    adapter = run / "topics" / "rust" / "adapter"
    assert main(["probe", str(adapter), "--prompts", str(prompts), "--out", str(after), *GENERATE]) == 0
    again = json.loads((after / "probe_manifest.json").read_text())
    assert again["model"]["run"]["path"] == str(run.resolve()) and again["model"]["run"]["export"] == str(sft)
    assert again["model"]["path"] == str(tiny.resolve()) and again["model"]["adapter"] == str(adapter)
    assert again["model"]["fingerprint"] != probe["model"]["fingerprint"]  # the adapter is part of it
    capsys.readouterr()
    assert main(["probe", "--compare", str(before), str(after), "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert compared["matched_answers"] == 8  # every scripted turn, lined up by id and turn
    assert compared["old"]["counts"] == probe["counts"] and compared["new"]["counts"] == again["counts"]
    assert main(["probe", "--compare", str(before), str(after)]) == 0
    assert "failing answers" in capsys.readouterr().out


def test_a_served_model_is_probed_turn_by_turn(tiny, tmp_path):
    from chat_server import serve

    prompts = write_jsonl(tmp_path / "prompts.jsonl", [PROMPTS[1], PROMPTS[0]])
    with serve(tiny, name="tiny") as (url, chat):
        args = ["probe", "tiny", "--endpoint", url, "--prompts", str(prompts), "--out", str(tmp_path / "p")]
        assert main([*args, "--max-new-tokens", "6"]) == 0
        assert chat.completions == 3  # two dialogues' first turns, then the second turn of one
        last = chat.seen_prompts[-1]
        # the second turn went with the whole conversation: both questions and the first answer
        assert "Что такое ссылка?" in last and "А чем она отличается от указателя?" in last
        assert main([*args, "--max-new-tokens", "6"]) == 0  # a re-run is answered from the cache
        assert chat.completions == 3
    manifest = json.loads((tmp_path / "p" / "probe_manifest.json").read_text())
    assert manifest["model"]["kind"] == "endpoint" and manifest["generation"]["rendering"] == "endpoint"
