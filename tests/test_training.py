"""sloika.training on CPU with tiny random-initialised Qwen3 models and a tokenizer trained here.

The text is the Russian Rust Book in tests/data/rust_book/ru (MIT / Apache-2.0); the exports are
written in the agreed formats (docs/training.md) by the helpers below.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
import yaml  # noqa: E402
from tiny_models import save_tiny_qwen3  # noqa: E402

from sloika.config import ConfigError  # noqa: E402
from sloika.training.batches import collate  # noqa: E402
from sloika.training.config import validate_run_config  # noqa: E402
from sloika.training.loss import linear_cross_entropy  # noqa: E402
from sloika.training.packing import IGNORE, PackedConversations, TokenWindows  # noqa: E402

BOOK = Path(__file__).parent / "data" / "rust_book" / "ru"
SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def paragraphs() -> dict[str, list[str]]:
    """Prose paragraphs of each chapter (code blocks and headings left out), keyed by chapter."""
    chapters = {}
    for path in sorted(BOOK.glob("ch0*.md"))[:4]:
        text, kept, in_code = path.read_text(encoding="utf-8"), [], False
        for block in text.split("\n\n"):
            in_code ^= block.count("```") % 2 == 1
            if not in_code and "```" not in block and not block.startswith("#") and 80 < len(block) < 600:
                kept.append(" ".join(block.split()))
        chapters[path.stem[:7]] = kept[:12]
    return chapters


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> dict:
    """A trained byte-level BPE tokenizer, a tiny base model folder, an SFT export split by topic
    and a pretraining export, built once for the module."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    root = tmp_path_factory.mktemp("training")
    chapters = paragraphs()
    texts = [p for ps in chapters.values() for p in ps] + [
        "Hello world, this is English text. 中文字符 日本語"
    ]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=SPECIALS, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    bpe.train_from_iterator(texts, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        additional_special_tokens=["<|im_start|>"],
    )
    base = root / "base"
    tokenizer.save_pretrained(base)
    save_tiny_qwen3(base, tokenizer)
    bpe.save(str(root / "tokenizer.json"))
    return {
        "root": root,
        "base": base,
        "tokenizer": tokenizer,
        "sft": write_sft_export(root / "sft", chapters),
        "pretrain": write_pretrain_export(root / "pretrain", tokenizer, root / "tokenizer.json", texts),
    }


def conversation(paragraph: str) -> list[dict[str, str]]:
    first = paragraph.split(". ")[0][:40]
    return [{"role": "user", "content": f"Продолжи: {first}"}, {"role": "assistant", "content": paragraph}]


def write_sft_export(folder: Path, chapters: dict[str, list[str]]) -> Path:
    struct = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))
    for topic, items in chapters.items():
        (folder / topic).mkdir(parents=True)
        for split, part in (("train", items[:-3]), ("validation", items[-3:])):
            table = pa.table(
                {
                    "id": [f"{topic}-{split}-{i}" for i in range(len(part))],
                    "messages": pa.array([conversation(p) for p in part], type=struct),
                    "topic": [topic] * len(part),
                    "doc_id": [f"doc-{topic}-{i}" for i in range(len(part))],
                }
            )
            pq.write_table(table, folder / topic / f"{split}.parquet")
    corpus = {"name": "rust-book-ru", "counts": {"kept": sum(map(len, chapters.values()))}}
    manifest = {
        "format": "sloika-sft",
        "version": 1,
        "splits": {"train": {"rows": 0}, "validation": {"rows": 0}},
        "topics": list(chapters),
        "split_by": "topic",
        "corpus": {"path": "corpora/rust-book-ru", "manifest": corpus},
        "layers": [],
        "decontaminated_against": [],
    }
    (folder / "export_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def write_pretrain_export(folder: Path, tokenizer, tokenizer_json: Path, texts: list[str]) -> Path:
    eos = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    (folder / "flat").mkdir(parents=True)
    tokens, starts = [], [0]
    for text in texts * 2:
        tokens += tokenizer.encode(text, add_special_tokens=False) + [eos]
        starts.append(len(tokens))
    np.asarray(tokens, dtype="<u2").tofile(folder / "flat" / "shard-00000.bin")
    np.save(folder / "flat" / "shard-00000.idx.npy", np.asarray(starts, dtype=np.int64), allow_pickle=False)
    (folder / "tokenizer.json").write_bytes(tokenizer_json.read_bytes())
    manifest = {
        "format": "sloika-pretrain",
        "version": 1,
        "tokenizer": {"kind": "trained-bpe", "path": "tokenizer.json", "vocab_size": len(tokenizer)},
        "eos_id": eos,
        "dtype": "uint16",
        "flat": [
            {
                "tokens": "flat/shard-00000.bin",
                "index": "flat/shard-00000.idx.npy",
                "n_tokens": len(tokens),
                "n_documents": len(starts) - 1,
            }
        ],
        "datatrove": None,
        "render": "plain",
        "shuffle_seed": None,
        "max_tokens_per_shard": 10**8,
        "corpus": {"path": "corpora/rust-book-ru", "manifest": {"name": "rust-book-ru"}},
        "layers": [],
    }
    (folder / "export_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def run_config(workspace: dict, tmp_path: Path, **sections) -> dict:
    config = {
        "output": str(tmp_path / "run"),
        "seed": 3,
        "model": {"path": str(workspace["base"])},
        "data": {"export": str(workspace["sft"]), "seq_len": 128, "batch_size": 2},
        "train": {"steps": 4, "lr": 5e-3, "warmup_steps": 1, "log_every": 2, "checkpoint_every": 2},
        "speed": {"precision": "fp32", "compile": False, "loss_chunk": 16},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.1},
        "eval": {"enabled": False},
    }
    for key, value in sections.items():
        config[key] = {**config.get(key, {}), **value} if isinstance(value, dict) else value
    return config


def write_yaml(config: dict, tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def tiny_lora(workspace: dict, dropout: float = 0.0, attention: str = "sdpa"):
    from transformers import AutoModelForCausalLM

    from sloika.training.config import LoraConfig
    from sloika.training.modeling import add_lora, load_tokenizer

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(
        str(workspace["base"]), dtype=torch.float32, attn_implementation=attention
    )
    return add_lora(model, LoraConfig(r=4, alpha=8, dropout=dropout)), load_tokenizer(workspace["base"])


# --- import boundary ------------------------------------------------------------------------


def test_training_imports_without_datatrove_spacy_duckdb():
    code = (
        "import sys\n"
        "for name in ('datatrove', 'spacy', 'duckdb'): sys.modules[name] = None\n"
        "import sloika.training, sloika.training.recipes.lora, sloika.training.recipes.full\n"
        "import sloika.training.recipes.pretrain, sloika.training.merge, sloika.training.eval_run\n"
        "import sloika.training.script_mask, sloika.training.evaluate, sloika.lang.purity\n"
        "assert 'datatrove' not in [m.split('.')[0] for m in sys.modules if sys.modules[m] is not None]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- math -----------------------------------------------------------------------------------


def test_chunked_cross_entropy_equals_plain_loss_and_gradients():
    torch.manual_seed(1)
    hidden = torch.randn(3, 20, 16, dtype=torch.float64, requires_grad=True)
    weight = torch.randn(50, 16, dtype=torch.float64, requires_grad=True)
    labels = torch.randint(0, 50, (3, 20))
    labels[0, :5] = IGNORE
    logits = hidden @ weight.T
    reference = torch.nn.functional.cross_entropy(logits.reshape(-1, 50), labels.reshape(-1), reduction="sum")
    expected = torch.autograd.grad(reference / 55, (hidden, weight))
    for chunk in (7, 55, 0):
        loss, count = linear_cross_entropy(hidden, weight, labels, chunk=chunk)
        assert count == 55
        assert torch.allclose(loss, reference, rtol=1e-12)
        # the backward pass scales the gradients computed in the forward pass (here by 1/count)
        for got, want in zip(torch.autograd.grad(loss / count, (hidden, weight)), expected, strict=True):
            assert got.dtype == want.dtype and torch.allclose(got, want, rtol=1e-10, atol=1e-12)


def test_chunked_cross_entropy_skips_gradients_nobody_asked_for():
    torch.manual_seed(2)
    hidden = torch.randn(40, 16, requires_grad=True)
    frozen_head = torch.randn(50, 16)  # LoRA: the output head gets no gradient
    labels = torch.randint(0, 50, (40,))
    loss, _ = linear_cross_entropy(hidden, frozen_head, labels, chunk=8)
    reference, _ = linear_cross_entropy(hidden, frozen_head, labels, chunk=0)
    (got,) = torch.autograd.grad(loss, hidden)
    (want,) = torch.autograd.grad(reference, hidden)
    assert torch.allclose(got, want, atol=1e-5)
    with torch.no_grad():  # evaluation: a loss and no gradient work, even for a trainable head
        head = frozen_head.clone().requires_grad_()
        evaluated, _ = linear_cross_entropy(hidden, head, labels, chunk=8)
    assert not evaluated.requires_grad and torch.allclose(evaluated, reference.detach(), atol=1e-4)


def test_chunked_cross_entropy_under_bf16_autocast_matches_the_plain_loss():
    torch.manual_seed(3)
    hidden = torch.randn(64, 32, requires_grad=True)
    weight = (torch.randn(200, 32) / 4).requires_grad_()
    labels = torch.randint(0, 200, (64,))
    results = []
    for chunk in (16, 0):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            loss, count = linear_cross_entropy(hidden, weight, labels, chunk=chunk)
        assert loss.dtype == torch.float32
        results.append((loss, *torch.autograd.grad(loss / count, (hidden, weight))))
    for got, want in zip(*results, strict=True):
        assert got.dtype == want.dtype == torch.float32
        assert torch.allclose(got, want, rtol=2e-2, atol=2e-3)


def tiny_model(model_type: str, **keys):
    from transformers import AutoConfig, AutoModelForCausalLM

    shape = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=1, num_attention_heads=2)
    config = AutoConfig.for_model(
        model_type, vocab_size=97, num_key_value_heads=2, head_dim=16, **shape, **keys
    )
    torch.manual_seed(0)
    return AutoModelForCausalLM.from_config(config).eval()


def one_document(length: int = 12) -> dict[str, torch.Tensor]:
    ids = torch.randint(0, 97, (1, length), generator=torch.Generator().manual_seed(4))
    labels = torch.cat([ids[:, 1:], torch.full((1, 1), IGNORE)], dim=1)
    return {"input_ids": ids, "position_ids": torch.arange(length)[None], "labels": labels}


@pytest.mark.parametrize(
    "model_type, keys, problem",
    [
        ("gemma2", {"final_logit_softcapping": 30.0}, "final_logit_softcapping"),
        ("cohere", {"logit_scale": 0.0625}, "logit_scale"),
        ("granite", {"logits_scaling": 8.0}, "logits_scaling"),
    ],
)
def test_heads_that_transform_logits_are_refused_by_the_chunked_loss_and_kept_without_it(
    model_type, keys, problem
):
    from sloika.training.forward import forward_loss

    model, batch = tiny_model(model_type, **keys), one_document()
    with pytest.raises(ConfigError, match=f"{problem}.*loss_chunk: 0"):
        forward_loss(model, batch, chunk=4)
    with torch.no_grad():
        total, count = forward_loss(model, batch, chunk=0)
        # transformers' own loss (it shifts labels = input_ids itself): the mean over the 11 targets
        reference = model(input_ids=batch["input_ids"], labels=batch["input_ids"]).loss
    assert count == 11 and float(total) / count == pytest.approx(float(reference), rel=1e-5)


def test_a_head_with_a_bias_or_a_lora_is_refused_by_the_chunked_loss(workspace, tmp_path):
    from peft import LoraConfig, get_peft_model

    from sloika.training.config import check_for
    from sloika.training.forward import forward_loss

    model = tiny_model("qwen3")
    model.lm_head = torch.nn.Linear(32, 97, bias=True)
    with pytest.raises(ConfigError, match="bias"):
        forward_loss(model, one_document(), chunk=4)
    lora = get_peft_model(tiny_model("qwen3"), LoraConfig(r=2, target_modules=["lm_head", "q_proj"]))
    with pytest.raises(ConfigError, match="LoRA"):
        forward_loss(lora, one_document(), chunk=4)
    assert forward_loss(lora, one_document(), chunk=0)[1] == 11
    targets = run_config(workspace, tmp_path, lora={"targets": ["q_proj", "lm_head"]})
    with pytest.raises(ConfigError, match="loss_chunk: 0"):
        check_for(validate_run_config(targets), "lora")


def test_token_windows_reset_positions_and_mask_cross_document_targets(workspace):
    from sloika.training.exports import open_pretrain_export

    _, shards, _ = open_pretrain_export(workspace["pretrain"])
    shard = shards[0]
    windows = TokenWindows(shards, 64)
    starts = set(shard.starts.tolist())
    assert len(windows) == (len(shard.tokens) - 1) // 64
    for index in (0, 3, len(windows) - 1):
        row, offset = windows[index], index * 64
        for j in range(64):
            absolute = offset + j
            if absolute in starts or j == 0:
                assert row.position_ids[j] == 0
            else:
                assert row.position_ids[j] == row.position_ids[j - 1] + 1
            if absolute + 1 in starts:
                assert row.labels[j] == IGNORE  # EOS never predicts the next document's first token
            else:
                assert row.labels[j] == shard.tokens[absolute + 1]
        assert (row.input_ids == shard.tokens[offset : offset + 64]).all()


@pytest.mark.parametrize("attention", ["sdpa", "eager", "flex_attention"])
def test_packed_documents_do_not_attend_to_each_other(workspace, attention):
    from sloika.training.forward import causal_lm

    model, tokenizer = tiny_lora(workspace, attention=attention)
    model.eval()
    texts = [text[:150] for text in paragraphs()["ch03-01"][:2]]
    rows = PackedConversations(tokenizer, [conversation(t) for t in texts], 400, seed=0, pad_id=0)
    assert len(rows) == 1 and rows.stats["packed"] == 2
    batch = collate([rows[0]])
    starts = (batch["position_ids"][0] == 0).nonzero().flatten().tolist()
    b_start, b_end = starts[1], starts[2]  # document B lies between the second and third restart
    decoder = causal_lm(model).get_decoder()

    def hidden(input_ids, position_ids):
        with torch.no_grad():
            return decoder(input_ids=input_ids, position_ids=position_ids, use_cache=False).last_hidden_state

    perturbed = batch["input_ids"].clone()
    perturbed[0, 1:b_start] = torch.randint(3, len(tokenizer), (b_start - 1,))
    original, changed = (
        hidden(batch["input_ids"], batch["position_ids"]),
        hidden(perturbed, batch["position_ids"]),
    )
    assert torch.allclose(original[0, b_start:b_end], changed[0, b_start:b_end], atol=1e-5)
    assert not torch.allclose(original[0, 1:b_start], changed[0, 1:b_start], atol=1e-3)
    # the control: with one running position sequence B does see A
    plain = torch.arange(batch["input_ids"].shape[1]).unsqueeze(0)
    assert not torch.allclose(
        hidden(batch["input_ids"], plain)[0, b_start:b_end], hidden(perturbed, plain)[0, b_start:b_end]
    )


# --- chat templates ---------------------------------------------------------------------------

MULTI_TURN = [
    {"role": "system", "content": "Отвечай по-русски."},
    {"role": "user", "content": "Что такое владение?"},
    {"role": "assistant", "content": "Правило о владельце значения."},
    {"role": "user", "content": "А заимствование?"},
    {"role": "assistant", "content": "Ссылка без владения."},
]
# Mistral-like: tags that are not ChatML, the closing tag is the only special token a turn adds
INST_TEMPLATE = (
    "{{ '<|endoftext|>' }}{% for m in messages %}{% if m['role'] == 'assistant' %}"
    "{{ ' ' + m['content'] + '<|im_end|>' }}{% else %}{{ '[INST] ' + m['content'] + ' [/INST]' }}"
    "{% endif %}{% endfor %}"
)


def learned_text(tokenizer, ids: list[int], learn: list[bool]) -> list[str]:
    """The learned tokens, decoded run by run."""
    runs, current = [], []
    for token, learned in zip(ids, learn, strict=True):
        if learned:
            current.append(token)
        elif current:
            runs.append(tokenizer.decode(current))
            current = []
    return runs + ([tokenizer.decode(current)] if current else [])


def test_chatml_is_the_template_of_a_model_without_one(workspace):
    from sloika.training.chat import CHATML, encode_chat, end_of_turn_ids, use_chat_template

    tokenizer = copy.deepcopy(workspace["tokenizer"])
    assert use_chat_template(tokenizer, "auto") == "chatml" and tokenizer.chat_template == CHATML
    ids, learn = encode_chat(tokenizer, MULTI_TURN)
    expected = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in MULTI_TURN)
    assert tokenizer.decode(ids) == expected
    assert learned_text(tokenizer, ids, learn) == [
        "Правило о владельце значения.<|im_end|>",
        "Ссылка без владения.<|im_end|>",
    ]
    prompt, _ = encode_chat(tokenizer, MULTI_TURN[:2], add_generation_prompt=True)
    assert tokenizer.decode(prompt).endswith("<|im_start|>assistant\n")
    assert end_of_turn_ids(tokenizer) == [tokenizer.convert_tokens_to_ids("<|im_end|>")]


def test_the_models_own_template_is_used_and_only_replies_are_learned(workspace):
    from sloika.training.chat import encode_chat, use_chat_template

    tokenizer = copy.deepcopy(workspace["tokenizer"])
    tokenizer.chat_template = INST_TEMPLATE
    assert use_chat_template(tokenizer, "auto") == "model"
    ids, learn = encode_chat(tokenizer, MULTI_TURN)
    assert tokenizer.decode(ids) == tokenizer.apply_chat_template(MULTI_TURN, tokenize=False)
    assert [run.strip() for run in learned_text(tokenizer, ids, learn)] == [
        "Правило о владельце значения.<|im_end|>",
        "Ссылка без владения.<|im_end|>",
    ]
    assert use_chat_template(tokenizer, "chatml") == "chatml"  # asked for: ChatML over the model's own


def test_a_template_that_rewrites_past_turns_is_refused_with_the_fix(workspace):
    from sloika.config import ConfigError
    from sloika.training.chat import encode_chat, use_chat_template

    tokenizer = copy.deepcopy(workspace["tokenizer"])
    # keeps only the last assistant reply, as templates that drop past reasoning do
    tokenizer.chat_template = (
        "{% for m in messages %}{% if m['role'] != 'assistant' or loop.last %}"
        "{{ m['role'] + ': ' + m['content'] + '<|im_end|>' }}{% endif %}{% endfor %}"
    )
    with pytest.raises(ValueError, match="chat_template: chatml"):
        encode_chat(tokenizer, MULTI_TURN)
    bare = copy.deepcopy(workspace["tokenizer"])
    with pytest.raises(ConfigError, match="no chat template"):
        use_chat_template(bare, "model")


# --- the loop ---------------------------------------------------------------------------------


def test_a_few_lora_steps_reduce_the_loss_on_a_repeated_batch(workspace, tmp_path):
    from sloika.training.loop import build_loop

    model, tokenizer = tiny_lora(workspace)
    config = validate_run_config(
        run_config(workspace, tmp_path, train={"steps": 12, "lr": 2e-2, "checkpoint_every": 0})
    )
    texts = paragraphs()["ch03-03"][:2]
    rows = PackedConversations(tokenizer, [conversation(t) for t in texts], 64, seed=0, pad_id=0)
    loop = build_loop(model, rows, config, torch.device("cpu"), False, tmp_path, full=False)
    assert len(rows) == 2 == config.data.batch_size  # every batch is the same two rows
    losses = loop.run(log=lambda _: None)
    assert losses[-1] < 0.85 * losses[0]
    assert (tmp_path / "checkpoints").is_dir() and (tmp_path / "metrics.jsonl").is_file()


def test_resume_gives_the_losses_of_an_uninterrupted_run(workspace, tmp_path):
    from sloika.training import checkpoint
    from sloika.training.data import sft_rows
    from sloika.training.loop import build_loop

    config = validate_run_config(run_config(workspace, tmp_path))

    def loop_in(folder: Path):
        model, tokenizer = tiny_lora(workspace, dropout=0.2)
        torch.manual_seed(123)
        return build_loop(
            model,
            sft_rows(config, tokenizer, "ch03-01")[0],
            config,
            torch.device("cpu"),
            False,
            folder,
            False,
        )

    straight = loop_in(tmp_path / "a").run(log=lambda _: None)
    loop_in(tmp_path / "b").run(log=lambda _: None, until=2)  # the job is stopped after step 2
    torch.manual_seed(999)  # a different RNG on purpose: the checkpoint must restore it
    second = loop_in(tmp_path / "b")
    step = second.resume(checkpoint.latest(tmp_path / "b" / "checkpoints"))
    assert step == 2
    resumed = second.run(start=step, log=lambda _: None)
    assert resumed == pytest.approx(straight[2:], abs=1e-6)
    assert sorted(p.name for p in (tmp_path / "b" / "checkpoints").iterdir()) == [
        "step-000002",
        "step-000004",
    ]


# --- recipes end to end -----------------------------------------------------------------------


def test_lora_per_topic_recipe_writes_adapters_lineage_and_transfer_matrix(workspace, tmp_path):
    from sloika.training import train

    config = run_config(
        workspace,
        tmp_path,
        data={"per_topic": True, "topics": ["ch03-01", "ch03-03"]},
        train={"steps": 8},
        eval={"enabled": True, "max_rows": 4},
    )
    report = train("lora", write_yaml(config, tmp_path), log=lambda _: None)
    run = Path(config["output"])
    lineage = json.loads((run / "lineage.json").read_text())
    assert lineage["corpus"]["manifest"]["name"] == "rust-book-ru"
    assert lineage["export"]["manifest"]["format"] == "sloika-sft" and lineage["config"]["lora"]["r"] == 4
    for topic in ("ch03-01", "ch03-03"):
        assert (run / "topics" / topic / "adapter" / "adapter_config.json").is_file()
        evaluation = report["topics"][topic]["evaluation"]
        assert evaluation["adapter"]["loss"] < evaluation["base"]["loss"]
    matrix = report["transfer_matrix"]
    topics = {"ch03-01", "ch03-03"}
    assert set(matrix) == {"base", *topics} and all(set(row) == topics for row in matrix.values())
    assert matrix["ch03-01"]["ch03-01"] < matrix["base"]["ch03-01"]
    with pytest.raises(ValueError, match="--resume"):
        train("lora", write_yaml(config, tmp_path), log=lambda _: None)


def test_full_finetune_freezes_the_first_layers(workspace, tmp_path):
    from safetensors.torch import load_file

    from sloika.training import train

    export = tmp_path / "export"  # one topic's rows as an export that is not split by topic
    shutil.copytree(workspace["sft"] / "ch04-01", export)
    manifest = json.loads((workspace["sft"] / "export_manifest.json").read_text())
    (export / "export_manifest.json").write_text(json.dumps({**manifest, "split_by": None, "topics": []}))
    config = run_config(workspace, tmp_path, data={"export": str(export)}, freeze={"first_layers": 1})
    train("full", write_yaml(config, tmp_path), log=lambda _: None)
    before = load_file(workspace["base"] / "model.safetensors")
    after = load_file(Path(config["output"]) / "model" / "model.safetensors")
    assert torch.equal(
        before["model.layers.0.mlp.up_proj.weight"], after["model.layers.0.mlp.up_proj.weight"]
    )
    assert not torch.equal(
        before["model.layers.1.mlp.up_proj.weight"], after["model.layers.1.mlp.up_proj.weight"]
    )


TINY_ARCHITECTURE = {
    "model_type": "qwen3",
    "hidden_size": 32,
    "intermediate_size": 64,
    "num_hidden_layers": 1,
    "num_attention_heads": 2,
    "num_key_value_heads": 1,
    "head_dim": 16,
}


def test_a_run_killed_between_checkpoints_resumes_with_each_step_logged_once(
    workspace, tmp_path, monkeypatch
):
    from sloika.training import train
    from sloika.training.loop import Loop

    def pretrain_config(name: str, **train_keys) -> Path:
        config = run_config(
            workspace,
            tmp_path,
            output=str(tmp_path / name),
            model={"path": None, "architecture": TINY_ARCHITECTURE},
            data={"export": str(workspace["pretrain"]), "seq_len": 64, "validation_windows": 2},
            train={"steps": 6, "lr": 1e-2, "log_every": 1, "checkpoint_every": 2, **train_keys},
        )
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(config), encoding="utf-8")
        return path

    def metrics(name: str) -> list[dict]:
        return [json.loads(line) for line in (tmp_path / name / "metrics.jsonl").read_text().splitlines()]

    train("pretrain", pretrain_config("straight"), log=lambda _: None)
    real_step, calls = Loop.step, []

    def dies_after_three_steps(self):
        calls.append(1)
        if len(calls) == 4:  # killed during step 4: steps 1-3 logged, the checkpoint is at step 2
            raise KeyboardInterrupt
        return real_step(self)

    monkeypatch.setattr(Loop, "step", dies_after_three_steps)
    with pytest.raises(KeyboardInterrupt):
        train("pretrain", pretrain_config("killed"), log=lambda _: None)
    monkeypatch.setattr(Loop, "step", real_step)
    assert [m["step"] for m in metrics("killed")] == [1, 2, 3]
    lineage = (tmp_path / "killed" / "lineage.json").read_text()
    config_yaml = (tmp_path / "killed" / "config.yaml").read_text()

    # refused: without --resume, or with a changed config; neither rewrites the folder
    with pytest.raises(ConfigError, match="--resume"):
        train("pretrain", pretrain_config("killed"), log=lambda _: None)
    with pytest.raises(ConfigError, match=r"train\.lr: 0\.01 → 0\.02"):
        train("pretrain", pretrain_config("killed", lr=2e-2), resume=True, log=lambda _: None)
    assert (tmp_path / "killed" / "lineage.json").read_text() == lineage
    assert (tmp_path / "killed" / "config.yaml").read_text() == config_yaml

    train("pretrain", pretrain_config("killed"), resume=True, log=lambda _: None)
    resumed, straight = metrics("killed"), metrics("straight")
    assert [m["step"] for m in resumed] == [1, 2, 3, 4, 5, 6]
    assert [m["loss"] for m in resumed] == pytest.approx([m["loss"] for m in straight], abs=2e-5)
    before, after = json.loads(lineage), json.loads((tmp_path / "killed" / "lineage.json").read_text())
    assert after["created"] == before["created"] and after["command"] == before["command"]
    assert len(after["resumed"]) == 1 and before["resumed"] == []


def test_a_run_that_dies_on_its_config_leaves_nothing_that_blocks_the_fix(workspace, tmp_path):
    from sloika.training import train
    from sloika.training.exports import SFT_FORMAT, read_manifest
    from sloika.training.lineage import write_run_folder

    config = run_config(workspace, tmp_path, model={"path": str(tmp_path / "no-such-model")})
    with pytest.raises(ConfigError, match="model.path"):
        train("full", write_yaml(config, tmp_path), log=lambda _: None)
    assert not Path(config["output"]).exists()
    # a folder a run left before training (config.yaml, lineage.json, no results) takes a new config
    folder = Path(config["output"])
    folder.mkdir()
    (folder / "config.yaml").write_text("output: elsewhere\n")
    fixed = validate_run_config(run_config(workspace, tmp_path))
    write_run_folder(folder, "lora", fixed, read_manifest(workspace["sft"], SFT_FORMAT))
    assert yaml.safe_load((folder / "config.yaml").read_text())["seed"] == 3


def test_pretrain_recipe_and_eval_rerun_score_generations_with_purity(workspace, tmp_path):
    from sloika.cli import main

    config = run_config(
        workspace,
        tmp_path,
        model={"path": None, "architecture": TINY_ARCHITECTURE},
        data={"export": str(workspace["pretrain"]), "seq_len": 64, "validation_windows": 4},
        train={"steps": 6, "lr": 1e-2},
        eval={"enabled": True, "prompts": ["Что такое владение?"], "max_new_tokens": 8},
    )
    assert main(["train", "pretrain", str(write_yaml(config, tmp_path))]) == 0
    run = Path(config["output"])
    columns = json.loads((run / "eval.json").read_text())["evaluation"]
    assert columns["trained"]["loss"] < columns["init"]["loss"]
    answer = columns["trained"]["answers"][0]
    assert answer["tokens"] >= 1 and "purity" in answer
    assert (run / "model" / "config.json").is_file() and (run / "lineage.json").is_file()
    assert main(["eval", str(run), "--forbid-other-scripts"]) == 0
    rerun = json.loads((run / "eval.rerun.json").read_text())
    assert rerun["recipe"] == "pretrain"
    assert rerun["evaluation"]["trained"]["loss"] == pytest.approx(columns["trained"]["loss"], rel=1e-4)


# --- several processes (CPU, gloo) ----------------------------------------------------------


def single_topic_export(workspace: dict, tmp_path: Path) -> Path:
    export = tmp_path / "export"  # one topic's rows as an export that is not split by topic
    shutil.copytree(workspace["sft"] / "ch04-01", export)
    manifest = json.loads((workspace["sft"] / "export_manifest.json").read_text())
    (export / "export_manifest.json").write_text(json.dumps({**manifest, "split_by": None, "topics": []}))
    return export


def torchrun(config: dict, folder: Path, *flags: str, recipe: str = "full") -> None:
    """``sloika train RECIPE`` on two processes, as ``torchrun --nproc_per_node 2`` launches it."""
    folder.mkdir(parents=True, exist_ok=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2"]
    command += ["--master_addr", "127.0.0.1", "--master_port", str(port)]
    command += ["-m", "sloika.cli", "train", recipe, str(write_yaml(config, folder)), *flags]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def logged_losses(run: Path) -> list[float]:
    lines = (run / "metrics.jsonl").read_text().splitlines()
    return [json.loads(line)["loss"] for line in lines]


@pytest.mark.parametrize("strategy", ["ddp", "fsdp"])
def test_two_processes_compute_what_one_process_computes_on_their_joint_batch(workspace, tmp_path, strategy):
    from safetensors.torch import load_file

    from sloika.training import train

    export = str(single_topic_export(workspace, tmp_path))
    sections = {
        "train": {"log_every": 1, "checkpoint_every": 2},
        "freeze": {"first_layers": 1},
        "speed": {"distributed": strategy},
        # uneven shares: 3 batches of validation rows and 3 prompts on 2 ranks
        "eval": {"enabled": True, "max_rows": 5, "prompts": ["Что такое владение?", "Ссылки", "Вектор"]},
    }
    single = run_config(workspace, tmp_path / "one", data={"export": export, "batch_size": 4}, **sections)
    (tmp_path / "one").mkdir()
    train("full", write_yaml(single, tmp_path / "one"), log=lambda _: None)
    double = run_config(workspace, tmp_path / "two", data={"export": export, "batch_size": 2}, **sections)
    torchrun(double, tmp_path / "two")

    one, two = Path(single["output"]), Path(double["output"])
    assert logged_losses(two) == pytest.approx(logged_losses(one), abs=2e-5)
    assert len(logged_losses(two)) == 4  # one log of all ranks, not one per process
    weights_one, weights_two = (load_file(run / "model" / "model.safetensors") for run in (one, two))
    assert weights_one.keys() == weights_two.keys()
    for name, value in weights_one.items():
        assert torch.allclose(value, weights_two[name], atol=1e-5), name
    # each rank evaluated its share; together they report what one process reports
    columns_one, columns_two = (
        json.loads((run / "eval.json").read_text())["evaluation"] for run in (one, two)
    )
    for column in ("before", "after"):
        assert columns_two[column]["tokens"] == columns_one[column]["tokens"]
        assert columns_two[column]["loss"] == pytest.approx(columns_one[column]["loss"], rel=1e-5)
        assert [a["prompt"] for a in columns_two[column]["answers"]] == double["eval"]["prompts"]
        assert columns_two[column]["answers"] == columns_one[column]["answers"]
    assert (two / "lineage.json").is_file() and sorted(p.name for p in (two / "checkpoints").iterdir()) == [
        "step-000002",
        "step-000004",
    ]

    if strategy == "fsdp":  # a sharded checkpoint resumes exactly: drop the last one, continue from step 2
        shutil.rmtree(two / "checkpoints" / "step-000004")
        torchrun(double, tmp_path / "two", "--resume")  # the steps after 2 are logged once, as before
        assert logged_losses(two) == pytest.approx(logged_losses(one), abs=2e-5)


def test_lora_per_topic_on_two_processes_matches_one_process(workspace, tmp_path):
    from safetensors.torch import load_file

    from sloika.training import train

    sections = {
        "train": {"log_every": 1, "steps": 3},
        "lora": {"dropout": 0.0},
        "eval": {"enabled": True, "max_rows": 5},
    }
    data = {"per_topic": True, "topics": ["ch03-01", "ch03-03"]}
    single = run_config(workspace, tmp_path / "one", data={**data, "batch_size": 4}, **sections)
    (tmp_path / "one").mkdir()
    report = train("lora", write_yaml(single, tmp_path / "one"), log=lambda _: None)
    double = run_config(workspace, tmp_path / "two", data={**data, "batch_size": 2}, **sections)
    torchrun(double, tmp_path / "two", recipe="lora")

    one, two = Path(single["output"]), Path(double["output"])
    for topic in data["topics"]:
        assert logged_losses(two / "topics" / topic) == pytest.approx(
            logged_losses(one / "topics" / topic), abs=2e-5
        )
        adapter_one, adapter_two = (
            load_file(run / "topics" / topic / "adapter" / "adapter_model.safetensors") for run in (one, two)
        )
        for name, value in adapter_one.items():
            assert torch.allclose(value, adapter_two[name], atol=1e-5), name
    matrix = json.loads((two / "eval.json").read_text())["transfer_matrix"]
    assert matrix.keys() == report["transfer_matrix"].keys()
    for adapter, row in report["transfer_matrix"].items():
        assert matrix[adapter] == pytest.approx(row, rel=1e-5)


# --- merging ----------------------------------------------------------------------------------


def trained_adapter(workspace, folder: Path, seed: int, r: int = 4) -> Path:
    from transformers import AutoModelForCausalLM

    from sloika.training.config import LoraConfig
    from sloika.training.modeling import add_lora

    base = AutoModelForCausalLM.from_pretrained(str(workspace["base"]), dtype=torch.float32)
    model = add_lora(base, LoraConfig(r=r, alpha=2 * r + seed, dropout=0.0))  # scalings differ per adapter
    torch.manual_seed(seed)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "lora_" in name:
                parameter.normal_(0, 0.2)  # lora_B starts at zero: give the adapter an effect
    model.save_pretrained(folder)
    return folder


def reference_deltas(adapter: Path) -> dict[str, np.ndarray]:
    """ΔW = (alpha / r)·B·A per module, read straight from the adapter's files (no peft)."""
    from safetensors.numpy import load_file

    config = json.loads((adapter / "adapter_config.json").read_text())
    scale = config["lora_alpha"] / config["r"]
    tensors = load_file(str(adapter / "adapter_model.safetensors"))
    deltas = {}
    for name, a in tensors.items():
        if ".lora_A." in name:
            module = name.removeprefix("base_model.model.").split(".lora_A.")[0]
            b = tensors[name.replace(".lora_A.", ".lora_B.")]
            deltas[module] = scale * b.astype(np.float64) @ a.astype(np.float64)
    return deltas


def model_weights(folder: Path) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    return {
        k.removesuffix(".weight"): v.astype(np.float64)
        for k, v in load_file(str(folder / "model.safetensors")).items()
    }


def relative_error(found: dict[str, np.ndarray], expected: dict[str, np.ndarray]) -> float:
    assert found.keys() == expected.keys()
    diff = sum(float(((found[k] - expected[k]) ** 2).sum()) for k in expected)
    return (diff / sum(float((v**2).sum()) for v in expected.values())) ** 0.5


def ties_reference(deltas: list[np.ndarray], density: float) -> np.ndarray:
    """TIES (Yadav et al. 2023) with unit weights: keep each ΔW's top-density entries by magnitude,
    elect the sign of their sum per entry, average the kept entries that agree with it."""
    trimmed = []
    for delta in deltas:
        k = int(density * delta.size)
        threshold = np.sort(np.abs(delta).ravel())[::-1][k - 1]
        trimmed.append(np.where(np.abs(delta) >= threshold, delta, 0.0))
    stack = np.stack(trimmed)
    sign = np.where(stack.sum(0) >= 0, 1.0, -1.0)
    agree = (np.sign(stack) == sign) & (stack != 0)
    return (stack * agree).sum(0) / np.maximum(agree.sum(0), 1)


def test_merge_and_unload_equals_the_adapter_on_model(workspace, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from sloika.training.merge import merge

    adapter = trained_adapter(workspace, tmp_path / "a", seed=1)
    merged = merge(str(workspace["base"]), [str(adapter)], str(tmp_path / "full"), unload=True)
    ids = torch.tensor([workspace["tokenizer"].encode("Переменные в Rust неизменяемы")])
    base = AutoModelForCausalLM.from_pretrained(str(workspace["base"]), dtype=torch.float32)
    with torch.no_grad():
        adapter_on = PeftModel.from_pretrained(base, str(adapter)).eval()(ids).logits
        plain = AutoModelForCausalLM.from_pretrained(str(workspace["base"]))(ids).logits
        folded = AutoModelForCausalLM.from_pretrained(str(merged), dtype=torch.float32)(ids).logits
    assert not torch.allclose(adapter_on, plain, atol=1e-3)
    assert torch.allclose(folded, adapter_on, atol=1e-5)
    record = json.loads((merged / "merge.json").read_text())
    assert record["operation"] == "fold" and record["unloaded"] is True and "method" not in record


def test_one_adapter_without_unload_is_not_a_merge(workspace, tmp_path):
    from sloika.training.merge import merge

    adapter = trained_adapter(workspace, tmp_path / "a", seed=1)
    with pytest.raises(ConfigError, match="--unload"):
        merge(str(workspace["base"]), [str(adapter)], str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()


def test_linear_merge_of_different_ranks_is_w_plus_the_weighted_sum_of_delta_ws(workspace, tmp_path):
    from sloika.training.merge import merge

    adapters = [
        trained_adapter(workspace, tmp_path / n, seed, r) for n, seed, r in (("a", 1, 4), ("b", 2, 2))
    ]
    weights = [0.7, 0.4]
    base = model_weights(workspace["base"])
    deltas = [reference_deltas(a) for a in adapters]
    expected = {m: weights[0] * deltas[0][m] + weights[1] * deltas[1][m] for m in deltas[0]}

    full = merge(
        str(workspace["base"]),
        [str(a) for a in adapters],
        str(tmp_path / "full"),
        "linear",
        weights,
        unload=True,
    )
    folded = model_weights(full)
    assert relative_error({m: folded[m] - base[m] for m in expected}, expected) < 1e-3
    untouched = [k for k in base if k not in expected]
    assert untouched and all(np.array_equal(folded[k], base[k]) for k in untouched)

    # as an adapter: rank 4 + 2 holds the sum exactly; a lower rank says what it lost
    low = merge(str(workspace["base"]), [str(a) for a in adapters], str(tmp_path / "lora"), "linear", weights)
    assert relative_error(reference_deltas(low), expected) < 1e-3
    record = json.loads((low / "merge.json").read_text())
    assert record["operation"] == "merge" and record["rank"] == 6 and record["svd_relative_error"] < 1e-3
    cut = merge(
        str(workspace["base"]), [str(a) for a in adapters], str(tmp_path / "r2"), "linear", weights, rank=2
    )
    lost = json.loads((cut / "merge.json").read_text())["svd_relative_error"]
    assert 0.01 < lost == pytest.approx(relative_error(reference_deltas(cut), expected), rel=1e-3)


def test_ties_merge_elects_signs_on_the_delta_ws(workspace, tmp_path):
    from sloika.training.merge import merge

    adapters = [trained_adapter(workspace, tmp_path / n, seed) for n, seed in (("a", 1), ("b", 2), ("c", 3))]
    deltas = [reference_deltas(a) for a in adapters]
    expected = {m: ties_reference([d[m] for d in deltas], 0.5) for m in deltas[0]}
    base = model_weights(workspace["base"])
    full = merge(
        str(workspace["base"]), [str(a) for a in adapters], str(tmp_path / "full"), "ties", unload=True
    )
    folded = model_weights(full)
    assert relative_error({m: folded[m] - base[m] for m in expected}, expected) < 1e-3
    # a merge of the A and B factors (peft's add_weighted_adapter) is far from it
    factors = merge_of_factors(workspace, adapters, tmp_path / "factors")
    assert relative_error(reference_deltas(factors), expected) > 0.3


def merge_of_factors(workspace, adapters: list[Path], out: Path) -> Path:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(str(workspace["base"]), dtype=torch.float32)
    model = PeftModel.from_pretrained(base, str(adapters[0]), adapter_name="a0")
    for i, adapter in enumerate(adapters[1:], 1):
        model.load_adapter(str(adapter), adapter_name=f"a{i}")
    names = [f"a{i}" for i in range(len(adapters))]
    model.add_weighted_adapter(names, [1.0] * len(names), "default", combination_type="ties", density=0.5)
    for name in names:
        model.delete_adapter(name)
    model.save_pretrained(out)
    return out


def test_dare_merge_is_repeatable_with_its_seed_and_records_lineage(workspace, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from sloika.training.merge import merge

    run = tmp_path / "run"
    adapters = [
        trained_adapter(workspace, run / "topics" / t / "adapter", s) for t, s in (("a", 1), ("b", 2))
    ]
    (run / "lineage.json").write_text(json.dumps({"recipe": "lora", "corpus": {"path": "corpora/x"}}))
    paths = [str(a) for a in adapters]
    one = merge(str(workspace["base"]), paths, str(tmp_path / "one"), "dare_linear", seed=5)
    two = merge(str(workspace["base"]), paths, str(tmp_path / "two"), "dare_linear", seed=5)
    assert relative_error(reference_deltas(one), reference_deltas(two)) < 1e-6
    record = json.loads((one / "merge.json").read_text())
    assert [a["topic"] for a in record["adapters"]] == ["a", "b"]
    assert record["adapters"][0]["lineage"]["corpus"]["path"] == "corpora/x"
    assert record["adapters"][1]["r"] == 4 and len(record["adapters"][1]["sha256"]) == 64
    base = AutoModelForCausalLM.from_pretrained(str(workspace["base"]), dtype=torch.float32)
    PeftModel.from_pretrained(base, str(one))  # loads with peft


# --- the checking decoder ---------------------------------------------------------------------


def test_script_processor_forbids_tokens_of_other_scripts(workspace):
    from sloika.text.scripts import script_of
    from sloika.training.evaluate import generate_answers
    from sloika.training.script_mask import ForbidOtherScripts, allowed_bytes, token_bytes

    tokenizer = workspace["tokenizer"]
    cyrillic_only = ("cyrillic",)
    assert not allowed_bytes("中".encode()[:2], cyrillic_only)  # can only become CJK
    assert not allowed_bytes("あ".encode()[:2], cyrillic_only)  # E3 81: hiragana only
    assert allowed_bytes("ж".encode()[:1], cyrillic_only)  # lead byte D0: U+0400–U+043F
    assert allowed_bytes("—".encode()[:1], cyrillic_only)  # E2: may still become punctuation
    assert not allowed_bytes(b"\xe2a", cyrillic_only)  # E2 then ASCII: not UTF-8
    assert not allowed_bytes(b"\x81", cyrillic_only)  # a continuation byte with nothing pending
    assert not allowed_bytes(b" hello", cyrillic_only) and allowed_bytes(" мир, 42!".encode(), cyrillic_only)
    processor = ForbidOtherScripts(tokenizer, ["cyrillic"])
    raw = token_bytes(tokenizer)
    latin = tokenizer.convert_tokens_to_ids(tokenizer.tokenize("Hello"))
    assert all(processor.mask[t] for t in latin)
    cyrillic = tokenizer.convert_tokens_to_ids(tokenizer.tokenize("переменные"))
    assert not any(processor.mask[t] for t in cyrillic)
    assert (
        not processor.mask[tokenizer.eos_token_id]
        and not processor.mask[tokenizer.convert_tokens_to_ids(".")]
    )
    assert raw[cyrillic[0]].decode("utf-8", "ignore") in "переменные"

    scores = processor(torch.zeros(1, 1, dtype=torch.long), torch.zeros(1, len(tokenizer)))
    assert torch.isinf(scores[0, latin]).all() and torch.isfinite(scores[0, cyrillic]).all()

    model, _ = tiny_lora(workspace)
    answer = generate_answers(model, tokenizer, ["Hello, скажи что-нибудь"], 24, processor)[0]["answer"]
    assert answer and not {script_of(c) for c in answer} & {"latin", "cjk"}


class SpellBytes:
    """An adversary: pushes the model to spell ``text`` one single-byte token at a time, then
    anything made of bytes (every token that is not whole ASCII), with random preferences."""

    def __init__(self, tokenizer, text: str, seed: int):
        from sloika.training.script_mask import token_bytes

        raw = token_bytes(tokenizer)
        self.single = {r[0]: i for i, r in enumerate(raw) if len(r) == 1}
        self.target = text.encode()
        self.bytes_like = torch.tensor([any(b >= 0x80 for b in r) for r in raw])
        self.start, self.generator = None, torch.Generator().manual_seed(seed)

    def __call__(self, input_ids, scores):
        self.start = self.start if self.start is not None else input_ids.shape[1]
        step = input_ids.shape[1] - self.start
        scores = (
            torch.rand(scores.shape, generator=self.generator) + 50.0 * self.bytes_like[: scores.shape[1]]
        )
        scores[:, self.single[self.target[step % len(self.target)]]] = 1e4
        return scores


def test_a_model_forced_to_spell_forbidden_text_byte_by_byte_never_emits_it(workspace):
    from transformers import LogitsProcessorList

    from sloika.text.scripts import script_of
    from sloika.training.script_mask import ForbidOtherScripts, token_bytes

    tokenizer = workspace["tokenizer"]
    model, _ = tiny_lora(workspace)
    raw = token_bytes(tokenizer)
    processor = ForbidOtherScripts(tokenizer, ["cyrillic"])
    prompt = torch.tensor([tokenizer.encode("Ответь по-русски:")])

    def spelled(processors) -> str:
        output = model.generate(
            input_ids=prompt,
            attention_mask=torch.ones_like(prompt),
            max_new_tokens=60,
            do_sample=False,
            logits_processor=LogitsProcessorList(processors),
            eos_token_id=None,
            pad_token_id=tokenizer.pad_token_id,
        )
        return b"".join(raw[i] for i in output[0, prompt.shape[1] :].tolist()).decode("utf-8", "replace")

    for seed, text in enumerate(["あΩ", "中文", "Ωλ", "ё漢z"]):
        assert set(text) - {"ё"} <= set(spelled([SpellBytes(tokenizer, text, seed)]))  # the adversary works
        answer = spelled([SpellBytes(tokenizer, text, seed), processor])
        assert answer and "\ufffd" not in answer.rstrip("\ufffd")  # valid UTF-8 but for a pending tail
        assert {script_of(c) for c in answer} <= {None, "cyrillic"}, answer


def test_an_answer_without_letters_is_empty_not_pure():
    from sloika.training.evaluate import purity_scores

    answers = [{"answer": " *)" * 16, "tokens": 32}, {"answer": "Владение — это правило.", "tokens": 8}]
    scores = purity_scores(answers, "ru")
    assert answers[0]["lang"] == "und" and answers[0]["purity"] is None
    assert answers[1]["lang"] == "ru" and scores["answers_wholly_in_lang"] == 0.5


def test_config_errors_name_the_fix(workspace, tmp_path):
    from sloika.training.config import load_run_config

    bad = run_config(workspace, tmp_path, train={"stpes": 3})
    with pytest.raises(ConfigError, match="did you mean `steps`"):
        load_run_config(write_yaml(bad, tmp_path), "lora")
    no_model = run_config(workspace, tmp_path, model={"path": None})
    with pytest.raises(ConfigError, match="model.path"):
        load_run_config(write_yaml(no_model, tmp_path), "full")
    for example in sorted((Path(__file__).parents[1] / "training" / "examples").glob("*.yaml")):
        load_run_config(example, example.stem.split("-")[0])


@pytest.mark.parametrize("schedule", ["cosine", "linear", "constant"])
def test_lr_schedule_warms_up_then_decays_to_min_lr(schedule):
    """The schedule (transformers' get_scheduler) against the formula written out by hand."""
    import math

    from sloika.training.config import TrainConfig
    from sloika.training.optim import scheduler

    train = TrainConfig(steps=6, lr=1.0, warmup_steps=2, min_lr_ratio=0.1, schedule=schedule)
    optimizer = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=train.lr)
    sched = scheduler(optimizer, train)
    got = []
    for _ in range(train.steps + 1):
        got.append(sched.get_last_lr()[0])
        optimizer.step()
        sched.step()

    def expected(step: int) -> float:
        if step < 2:
            return step / 2
        if schedule == "constant":
            return 1.0
        progress = (step - 2) / 4
        shape = 0.5 * (1 + math.cos(math.pi * progress)) if schedule == "cosine" else 1 - progress
        return 0.1 + 0.9 * shape

    assert got == pytest.approx([expected(step) for step in range(train.steps + 1)], abs=1e-6)
