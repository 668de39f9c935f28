"""Unpacking notes written by a language model, question and answer: a local transformers model, and
the same model served over the OpenAI chat/completions protocol by a server this test starts on
loopback (tests/chat_server.py: real HTTP, every reply from ``model.generate``). The model is a tiny
random-initialised Llama built here (nothing is downloaded), so the notes are noise, but the
protocol, the batching, the retries, the cache and the purity verdict are the real ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from datatrove.data import Document

from conftest import DATA

pytest.importorskip("razdel")
pytest.importorskip("pymorphy3")
pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
pytest.importorskip("httpx")

from chat_server import serve  # noqa: E402

from sloika.annotators import make_annotator  # noqa: E402
from sloika.annotators.note_cache import model_folder_fingerprint  # noqa: E402
from sloika.config import ConfigError  # noqa: E402

OWNERSHIP = DATA / "rust_book" / "ru" / "ch04-01-what-is-ownership.md"
BASE = {"kinds": ["question", "paradox"], "max_targets": 3, "max_new_tokens": 6, "min_purity": 0}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A 1-layer Llama with random (seeded) weights and a BPE tokenizer trained on a Russian chapter."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    folder = tmp_path_factory.mktemp("tiny-lm")
    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()  # decoded notes are text, not byte symbols
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["<unk>", "<pad>", "</s>"])
    tokenizer.train_from_iterator([OWNERSHIP.read_text(encoding="utf-8")[:4000]], trainer)
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="<unk>", pad_token="<pad>", eos_token="</s>"
    )
    fast.save_pretrained(folder)
    config = transformers.LlamaConfig(
        vocab_size=tokenizer.get_vocab_size(), hidden_size=32, intermediate_size=64, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=1024,
        pad_token_id=fast.pad_token_id, eos_token_id=fast.eos_token_id, bos_token_id=fast.eos_token_id,
    )  # fmt: skip
    torch.manual_seed(0)
    transformers.LlamaForCausalLM(config).save_pretrained(folder)
    return folder


def ownership() -> Document:
    return Document(text=OWNERSHIP.read_text(encoding="utf-8"), id="own", metadata={"lang": "ru"})


def notes(spans) -> list[tuple]:
    return [(s.start, s.end, s.label, s.attrs["question"], s.attrs["answer"]) for s in spans]


def test_local_model_writes_questions_with_answers_and_resumes(tiny_model, tmp_path):
    options = BASE | {"annotator": "unpacking_llm", "model": str(tiny_model), "batch_size": 4}
    state = tmp_path / "state"
    llm = make_annotator("unpacking", options, state_dir=state)
    spans = llm.annotate([ownership()])[0]
    # 3 sentences × 2 kinds = 6 questions in batches of ≤ 4, then an answer for each distinct
    # (sentence, question): the noise model may ask the same thing twice
    asked = {(s.start, s.attrs["question"]) for s in spans}
    assert llm.batches[:2] == [4, 2] and sum(llm.batches[2:]) == len(asked) and max(llm.batches) == 4
    assert len(spans) == 6 and all(s.attrs["question"] and s.attrs["answer"] for s in spans)
    first = ownership().text.index("*Владение* — это")
    note = next(s for s in spans if s.start == first and s.label == "question")
    assert note.attrs["producer"] == "unpacking_llm" and note.attrs["model"] == tiny_model.name
    assert note.attrs["term"] == "владение" and note.attrs["lang"] == "ru"
    assert llm.take_counts() == {"notes": 6}

    again = make_annotator("unpacking", options, state_dir=state)
    assert again.annotate([ownership()])[0] == spans and again.batches == []  # all from the cache

    lines = []
    for part in sorted(state.glob("cache-*.jsonl")):
        lines += part.read_text(encoding="utf-8").splitlines()
        part.unlink()
    assert len(lines) == 6 + len(asked)
    cut = state / "cache-1-crashed.jsonl"
    cut.write_text("\n".join(lines[:8]) + '\n{"key": "cut sho', encoding="utf-8")  # a crash mid-write
    resumed = make_annotator("unpacking", options, state_dir=state)
    assert resumed.annotate([ownership()])[0] == spans and sum(resumed.batches) == len(lines) - 8


def test_endpoint_gives_what_the_served_model_generates(tiny_model, tmp_path):
    """The notes over HTTP are the local model's notes, token for token: the server runs the same
    weights greedily on the same prompts. Two 503s first: the client retries them."""
    local = make_annotator("unpacking", BASE | {"annotator": "unpacking_llm", "model": str(tiny_model)})
    expected = notes(local.annotate([ownership()])[0])

    with serve(tiny_model, name="tiny-ru", fail_first=2) as (url, chat):
        options = BASE | {"annotator": "unpacking_endpoint", "endpoint": url, "model": "tiny-ru",
                          "concurrency": 3, "batch_size": 4, "retries": 3, "timeout": 60}  # fmt: skip
        state = tmp_path / "state"
        remote = make_annotator("unpacking", options, state_dir=state)
        spans = remote.annotate([ownership()])[0]
        assert notes(spans) == expected
        answers = len({(s.start, s.attrs["question"]) for s in spans})
        assert chat.completions == 6 + answers  # 6 questions, then one answer per distinct question
        client = remote.load()
        assert client.retried == 2 and client.requests == 6 + answers + 2
        assert all(p.startswith(("Задай", "Сформулируй", "Ответь")) for p in chat.seen_prompts)  # in Russian
        answer_prompt = next(p for p in chat.seen_prompts if p.startswith("Ответь"))
        assert f"Вопрос: {spans[0].attrs['question']}\n" in answer_prompt or any(
            f"Вопрос: {s.attrs['question']}\n" in answer_prompt for s in spans
        )
        assert spans[0].attrs["producer"] == "unpacking_endpoint" and spans[0].attrs["model"] == "tiny-ru"

        again = make_annotator("unpacking", options, state_dir=state)
        assert notes(again.annotate([ownership()])[0]) == expected and chat.completions == 6 + answers

        wrong = make_annotator("unpacking", options | {"model": "other"}, state_dir=tmp_path / "s2")
        with pytest.raises(RuntimeError, match="refused the request .*HTTP 404.*'other'"):
            wrong.annotate([ownership()])


def test_endpoint_down_says_so_and_keeps_what_was_done(tmp_path):
    import socket

    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    options = BASE | {"annotator": "unpacking_endpoint", "endpoint": f"http://127.0.0.1:{port}/v1",
                      "model": "m", "retries": 1, "timeout": 5}  # fmt: skip
    annotator = make_annotator("unpacking", options, state_dir=tmp_path)
    annotator.load().backoff = 0.01
    with pytest.raises(RuntimeError, match="no answer after 2 tries.*is the server up"):
        annotator.annotate([ownership()])
    with pytest.raises(ConfigError, match="not an http"):
        make_annotator("unpacking", options | {"endpoint": "file:///etc/passwd"})


def test_notes_in_the_wrong_language_are_dropped_and_counted(tiny_model):
    """The tiny model's vocabulary is Russian: asked about an English sentence, it cannot answer in
    English, and the purity verdict drops every note."""
    doc = Document(text="A slice is a kind of reference. Every value must have an owner.", id="en",
                   metadata={"lang": "en"})  # fmt: skip
    options = BASE | {"annotator": "unpacking_llm", "model": str(tiny_model), "min_purity": 0.9}
    annotator = make_annotator("unpacking", options)
    assert annotator.annotate([doc])[0] == []
    assert annotator.take_counts() == {"dropped_impure": 4}  # 2 targets × 2 kinds


def test_cache_key_follows_weights_tokenizer_and_settings(tiny_model, tmp_path):
    options = BASE | {"annotator": "unpacking_llm", "model": str(tiny_model)}
    key = make_annotator("unpacking", options).cache_key
    assert make_annotator("unpacking", options).cache_key == key
    assert make_annotator("unpacking", options | {"max_new_tokens": 7}).cache_key != key

    copy = tmp_path / "copy"
    shutil.copytree(tiny_model, copy)
    base_copy = make_annotator("unpacking", options | {"model": str(copy)}).cache_key
    weights = next(copy.glob("*.safetensors"))
    model = transformers.LlamaForCausalLM.from_pretrained(copy)
    with __import__("torch").no_grad():
        model.lm_head.weight.add_(1.0)
    model.save_pretrained(copy)  # same config.json, other weights
    assert (copy / "config.json").read_bytes() == (tiny_model / "config.json").read_bytes()
    assert model_folder_fingerprint(copy)["weights"] != model_folder_fingerprint(tiny_model)["weights"]
    assert make_annotator("unpacking", options | {"model": str(copy)}).cache_key != base_copy
    assert weights.exists()

    before = make_annotator("unpacking", options | {"model": str(copy)}).cache_key
    config = copy / "tokenizer_config.json"
    config.write_text(config.read_text().replace("{", '{"chat_template": "{{ messages }}", ', 1))
    assert make_annotator("unpacking", options | {"model": str(copy)}).cache_key != before


def test_prompts_are_checked_before_anything_runs(tiny_model):
    options = {"annotator": "unpacking_llm", "model": str(tiny_model), "kinds": ["question", "analogy"]}
    with pytest.raises(ConfigError, match=r"no ru prompt for note kinds \['analogy'\]"):
        make_annotator("unpacking", options | {"prompts": {"ru": {"question": "Вопрос к {sentence}:"}}})
