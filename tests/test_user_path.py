"""The user's whole path on CPU, over the CLI only, with a tiny random Qwen3:

build → annotate topics → export sft (by topic) and pretrain → one LoRA per topic → merge → fold
into the base → evaluate the merge → full fine-tune of the folded model, first layer frozen →
pretraining → evaluate. Each step reads what the one before wrote, as a user would run it, and the
traps a first user met are checked on the way (docs/training.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("sklearn")

from tiny_models import save_tiny_qwen3  # noqa: E402

from sloika.cli import main  # noqa: E402

from conftest import DATA, assert_conserved  # noqa: E402

SPEED = {"precision": "fp32", "compile": False, "loss_chunk": 32}
TRAIN = {"steps": 4, "lr": 5e-3, "warmup_steps": 1, "log_every": 2, "checkpoint_every": 2}


def write(path: Path, content: dict) -> Path:
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def tiny_base(folder: Path, tokenizer_json: Path) -> Path:
    """A random 2-layer Qwen3 around the pretraining export's BPE, with ChatML's tags added; EOS is
    <|endoftext|>, as in Qwen's base models, so a chat turn ends on another token."""
    from transformers import PreTrainedTokenizerFast

    tokenizer = PreTrainedTokenizerFast(tokenizer_file=str(tokenizer_json))
    tokenizer.add_special_tokens(
        {
            "eos_token": "<|endoftext|>",
            "pad_token": "<|endoftext|>",
            "additional_special_tokens": ["<|im_start|>", "<|im_end|>"],
        }
    )
    tokenizer.save_pretrained(folder)
    save_tiny_qwen3(folder, tokenizer)
    return folder


def test_build_export_lora_merge_fold_consolidate_pretrain_and_evaluate(tmp_path, capsys):
    corpus, runs = tmp_path / "corpus", tmp_path / "runs"
    build = {
        "name": "path",
        "output": str(corpus),
        "inputs": [{"path": str(DATA / "rust_book" / "ru")}, {"path": str(DATA / "react_docs" / "pages")}],
        "workers": 1,
    }
    assert main(["build", str(write(tmp_path / "build.yaml", build))]) == 0
    assert_conserved(corpus)
    taxonomy = {"rust": ["rust", "переменная", "функция", "владение"], "react": ["react", "компонент"]}
    annotate = {"layers": ["topics"], "options": {"topics": {"taxonomy": taxonomy}}}
    assert main(["annotate", str(corpus), "--config", str(write(tmp_path / "annotate.yaml", annotate))]) == 0

    pretrain_export, sft = tmp_path / "pt", tmp_path / "sft"
    assert (
        main(["export", "pretrain", str(corpus), "--train-tokenizer", "600", "--out", str(pretrain_export)])
        == 0
    )
    assert main(["export", "sft", str(corpus), "--out", str(sft), "--split-by", "topic"]) == 0
    manifest = json.loads((sft / "export_manifest.json").read_text())
    topics = manifest["topics"]
    assert len(topics) >= 2
    # the default 5 % left small topics without validation documents: one was moved in, not left empty
    assert all(manifest["topic_splits"][t]["validation"]["rows"] >= 1 for t in topics)

    base = tiny_base(tmp_path / "base", pretrain_export / "tokenizer.json")
    common = {"seed": 1, "speed": SPEED, "train": TRAIN}
    lora = {
        **common,
        "output": str(runs / "lora"),
        "model": {"path": str(base)},
        "data": {"export": str(sft), "seq_len": 128, "batch_size": 1, "per_topic": True},
        "lora": {"r": 4, "alpha": 8},
        "eval": {"max_rows": 4, "prompts": ["Что такое переменная?"], "max_new_tokens": 6},
    }
    assert main(["train", "lora", str(write(tmp_path / "lora.yaml", lora))]) == 0
    assert "no validation rows" not in capsys.readouterr().out
    report = json.loads((runs / "lora" / "eval.json").read_text())
    matrix = report["transfer_matrix"]
    assert all(isinstance(v, float) for row in matrix.values() for v in row.values())  # no NaN, no holes

    adapters = [str(runs / "lora" / "topics" / t / "adapter") for t in topics[:2]]
    merged, folded = tmp_path / "merged", tmp_path / "folded"
    flags = ["--adapter", adapters[0], "--adapter", adapters[1]]
    assert (
        main(["adapters", "merge", "--base", str(base), *flags, "--method", "ties", "--out", str(merged)])
        == 0
    )
    merge_record = json.loads((merged / "merge.json").read_text())
    assert merge_record["adapters"][0]["lineage"]["corpus"]["manifest"]["name"] == "path"
    fold = [
        "adapters",
        "merge",
        "--base",
        str(base),
        "--adapter",
        str(merged),
        "--unload",
        "--out",
        str(folded),
    ]
    assert main(fold) == 0
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folded))
    stops = json.loads((folded / "generation_config.json").read_text())["eos_token_id"]
    vocabulary = json.loads((base / "tokenizer.json").read_text())["added_tokens"]
    ids = {token["content"]: token["id"] for token in vocabulary}
    assert sorted(stops) == sorted([ids["<|im_end|>"], ids["<|endoftext|>"]])  # generate() ends the turn
    assert tokenizer.eos_token == "<|endoftext|>" and "im_start" in tokenizer.chat_template
    assert main(["eval", str(merged)]) == 0 and main(["eval", str(folded)]) == 0
    columns = json.loads((folded / "eval.rerun.json").read_text())["evaluation"]
    assert set(columns) == {"base", "folded"} and columns["folded"]["loss"] > 0

    full = {
        **common,
        "output": str(runs / "full"),
        "model": {"path": str(folded)},
        "data": {"export": str(sft), "seq_len": 128, "batch_size": 1},
        "freeze": {"first_layers": 1},
        "eval": {"max_rows": 4},
    }
    full_yaml = write(tmp_path / "full.yaml", full)
    assert main(["train", "full", str(full_yaml)]) == 0
    # the same folder with another config is refused, naming the key, and nothing is rewritten
    lineage = (runs / "full" / "lineage.json").read_text()
    changed = write(tmp_path / "full2.yaml", {**full, "train": {**TRAIN, "lr": 1e-3}})
    capsys.readouterr()
    assert main(["train", "full", str(changed), "--resume"]) == 1
    assert "train.lr: 0.005 → 0.001" in capsys.readouterr().err
    assert (runs / "full" / "lineage.json").read_text() == lineage

    architecture = {"model_type": "qwen3", "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1}
    architecture |= {"num_attention_heads": 2, "num_key_value_heads": 1, "head_dim": 16}
    pretrain = {
        **common,
        "output": str(runs / "pretrain"),
        "model": {"architecture": architecture},
        "data": {"export": str(pretrain_export), "seq_len": 64, "batch_size": 2, "validation_windows": 2},
        "eval": {"max_rows": 2},
    }
    assert main(["train", "pretrain", str(write(tmp_path / "pretrain.yaml", pretrain))]) == 0
    assert main(["eval", str(runs / "full")]) == 0
    after = json.loads((runs / "full" / "eval.rerun.json").read_text())["evaluation"]
    assert after["after"]["loss"] < after["before"]["loss"]
