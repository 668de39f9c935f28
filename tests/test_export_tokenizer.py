"""The export tokenizers: Qwen's tiktoken vocabulary must give exactly tiktoken's ids."""

from __future__ import annotations

import base64
import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from sloika.corpora.tokenizer_sources import (
    QWEN2_PATTERN,
    QWEN2_SPECIAL_TOKENS,
    TokenizerError,
    load_export_tokenizer,
    read_tiktoken_ranks,
)

from conftest import DATA

QWEN = DATA / "tokenizers" / "qwen.tiktoken"


@pytest.fixture(scope="module")
def qwen(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SLOIKA_CACHE", str(cache))
        first = load_export_tokenizer(QWEN)  # converted, then kept in the cache
        assert len(list((cache / "tokenizers").glob("tiktoken-*.json"))) == 1
        again = load_export_tokenizer(QWEN)  # read back from the cache
    assert again.tokenizer.to_str() == first.tokenizer.to_str()
    return again


def real_texts() -> list[str]:
    """Russian and English prose, Russian docs with code, and llama.cpp's tokenizer edge cases."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "rust_book").glob("*/*.md"))]
    with gzip.open(DATA / "react_docs" / "ru_pages.jsonl.gz", "rt", encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    edge_cases = (DATA / "tokenizers" / "llama_cpp_test_strings.inp").read_text(encoding="utf-8")
    texts += edge_cases.split("\n__ggml_vocab_test__\n")
    return texts


def test_qwen_ids_equal_tiktoken_on_real_text(qwen):
    tiktoken = pytest.importorskip("tiktoken")
    ranks = read_tiktoken_ranks(QWEN)
    reference = tiktoken.Encoding(
        "qwen2",
        pat_str=QWEN2_PATTERN,
        mergeable_ranks=ranks,
        special_tokens={token: len(ranks) + i for i, token in enumerate(QWEN2_SPECIAL_TOKENS)},
    )
    texts = real_texts()
    assert len(texts) > 40 and any("Привет" in t or "ё" in t for t in texts)
    tokens = 0
    for text in texts:
        text = unicodedata.normalize("NFC", text)  # Qwen2 normalises to NFC; tiktoken does not
        expected = reference.encode_ordinary(text)
        assert qwen.tokenizer.encode(text, add_special_tokens=False).ids == expected, text[:80]
        tokens += len(expected)
    assert tokens > 40_000
    # what the export writes: tiktoken itself, after NFC; a special token's name in the text is text
    texts.append("конец <|endoftext|> не EOS")
    expected = [reference.encode_ordinary(unicodedata.normalize("NFC", t)) for t in texts]
    assert qwen.encode_documents(texts, threads=2) == expected
    assert qwen.eos_id not in expected[-1]


def test_qwen_special_tokens_and_round_trip(qwen):
    assert qwen.kind == "qwen-tiktoken"
    assert qwen.vocab_size == 151_646
    assert qwen.eos_id == 151_643
    assert qwen.tokenizer.token_to_id("<|im_end|>") == 151_645
    text = "Справедливость — это соответствие поступков нормам морали. 2024 год, emoji 🦀."
    assert qwen.tokenizer.decode(qwen.tokenizer.encode(text).ids) == text


def test_tokenizer_json_from_export_loads_the_same(qwen, tmp_path: Path):
    folder = tmp_path / "tok"
    folder.mkdir()
    qwen.tokenizer.save(str(folder / "tokenizer.json"))
    loaded = load_export_tokenizer(folder)  # a folder holding tokenizer.json is accepted
    assert loaded.kind == "tokenizer.json" and loaded.eos_id == qwen.eos_id
    text = 'fn main() { println!("Привет, мир!"); }'
    assert loaded.tokenizer.encode(text).ids == qwen.tokenizer.encode(text).ids


def test_unusable_tokenizers_say_what_to_do(tmp_path: Path):
    with pytest.raises(TokenizerError, match="--train-tokenizer"):
        load_export_tokenizer(tmp_path / "missing.json")
    with pytest.raises(TokenizerError, match="one of them"):
        load_export_tokenizer(None)
    bad = tmp_path / "bad.tiktoken"
    bad.write_text("not base64 at all\n")
    with pytest.raises(TokenizerError, match="bad.tiktoken:1"):
        load_export_tokenizer(bad)
    with pytest.raises(TokenizerError, match="not in the vocabulary"):
        load_export_tokenizer(QWEN, eos_token="<|nope|>")
    other = tmp_path / "bytes.tiktoken"  # a valid .tiktoken that is not Qwen's: its regex is unknown
    other.write_text("".join(f"{base64.b64encode(bytes([b])).decode()} {b}\n" for b in range(256)))
    with pytest.raises(TokenizerError, match="not Qwen's"):
        load_export_tokenizer(other)
