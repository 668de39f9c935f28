"""Where an export's tokenizer comes from: a local ``tokenizer.json``, Qwen's ``.tiktoken`` vocabulary,
or BPE trained on the corpus. Every source ends as a Hugging Face ``tokenizers.Tokenizer`` that the
export ships as its ``tokenizer.json`` for training.

A ``.tiktoken`` file holds only byte sequences and their ranks: the pre-tokenizer regex and the
special tokens live in the code of the model that uses it. Only Qwen's (151,643 ranks; Qwen2, 2.5, 3)
is known here; another one is refused rather than split with Qwen's regex. Its documents are encoded
by ``tiktoken`` itself (after NFC, as Qwen2's tokenizer normalises), and the ``tokenizer.json`` twin is
built the way transformers' ``TikTokenConverter`` does it (every split of a token into two tokens is a
merge, ordered by the token's rank; ``ignore_merges`` takes a whole pre-token in the vocabulary at
once, as tiktoken does), once per vocabulary file, then read from a cache (``$SLOIKA_CACHE`` or
``~/.cache/sloika``). ``tests/test_export_tokenizer.py`` checks both against the ``tiktoken`` ids.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from sloika.chat_format import CHATML
from sloika.errors import SloikaError
from sloika.text.tokens import bytes_to_unicode

# Qwen2's pre-tokenizer: like cl100k's, but digits are split one by one (\p{N}, not \p{N}{1,3}).
QWEN2_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
# Qwen2's special tokens come right after the 151,643 ranks of qwen.tiktoken.
QWEN2_SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
QWEN2_RANKS = 151_643
CONVERSION_VERSION = "1"  # bump when tiktoken_tokenizer changes, so cached conversions are rebuilt
# What an end-of-document token is called in the tokenizers people bring, most likely first.
EOS_CANDIDATES = ("<|endoftext|>", "</s>", "<|end_of_text|>", "<eos>", "<|eos|>", "[SEP]")
TRAINED_EOS = "<|endoftext|>"


class TokenizerError(SloikaError, ValueError):
    """A tokenizer that can't be used for an export; the message says what to give instead."""


@dataclass
class ExportTokenizer:
    """The tokenizer of an export: the encoder, what it was made from, and its end-of-document id."""

    kind: str  # tokenizer.json | qwen-tiktoken | trained-bpe
    eos_id: int
    source: str | None  # the file it came from; None when trained
    loaded: Tokenizer | None = None
    tiktoken: Any = None  # a tiktoken.Encoding with the same ids, for a .tiktoken vocabulary
    json_path: Path | None = None  # its tokenizer.json twin (cached conversion), read only if asked

    @property
    def tokenizer(self) -> Tokenizer:
        """The tokenizers twin (reading a cached 151k-entry conversion takes seconds: only on demand)."""
        if self.loaded is None:
            self.loaded = Tokenizer.from_file(str(self.json_path))
        return self.loaded

    @property
    def vocab_size(self) -> int:
        if self.tiktoken is not None:
            return self.tiktoken.n_vocab
        return self.tokenizer.get_vocab_size(with_added_tokens=True)

    @property
    def eos_token(self) -> str:
        if self.tiktoken is not None:
            return self.tiktoken.decode_single_token_bytes(self.eos_id).decode("utf-8")
        return self.tokenizer.id_to_token(self.eos_id)

    def save(self, folder: Path) -> None:
        """Write the export's tokenizer.json and, beside it, the tokenizer_config.json that makes
        ``AutoTokenizer.from_pretrained(folder)`` know its EOS and padding (what transformers'
        ``PreTrainedTokenizerFast.save_pretrained`` writes; transformers is not needed here). A Qwen
        vocabulary also gets ChatML as its chat template, as Qwen's base models ship it."""
        if self.loaded is None and self.json_path is not None:
            shutil.copyfile(self.json_path, folder / "tokenizer.json")
        else:
            self.tokenizer.save(str(folder / "tokenizer.json"))
        config = {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "eos_token": self.eos_token,
            "pad_token": self.eos_token,
            "bos_token": None,
            "unk_token": None,
            "clean_up_tokenization_spaces": False,
            "model_max_length": 1 << 30,
        }
        if self.kind == "qwen-tiktoken":
            config["chat_template"] = CHATML
        (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=1), encoding="utf-8")

    def encode_documents(self, texts: list[str], threads: int = 1) -> list[list[int]]:
        """Token ids of each text, special-token names in the text encoded as plain text (a literal
        "<|endoftext|>" in a document is data, not the EOS id)."""
        if self.tiktoken is not None:
            normalised = [unicodedata.normalize("NFC", text) for text in texts]
            return self.tiktoken.encode_ordinary_batch(normalised, num_threads=threads)
        self.tokenizer.encode_special_tokens = True
        return [e.ids for e in self.tokenizer.encode_batch_fast(texts, add_special_tokens=False)]


def read_tiktoken_ranks(path: str | Path) -> dict[bytes, int]:
    """A ``.tiktoken`` file: one ``base64(token) rank`` per line."""
    ranks: dict[bytes, int] = {}
    for number, line in enumerate(Path(path).read_text(encoding="ascii").splitlines(), 1):
        if not line.strip():
            continue
        try:
            token, rank = line.split()
            ranks[base64.b64decode(token, validate=True)] = int(rank)
        except ValueError as err:
            raise TokenizerError(
                f"{path}:{number} is not a tiktoken vocabulary line (`base64 rank`): {line[:60]!r}"
            ) from err
    return ranks


def tiktoken_tokenizer(
    path: str | Path, pattern: str = QWEN2_PATTERN, special_tokens: Iterable[str] = QWEN2_SPECIAL_TOKENS
) -> Tokenizer:
    """A byte-level BPE ``Tokenizer`` with the ids of the tiktoken vocabulary at ``path``; the
    special tokens get the ids right after the ranks. NFC first, as Qwen2's own tokenizer does."""
    ranks = read_tiktoken_ranks(path)
    byte_chars = bytes_to_unicode()

    def spell(token: bytes) -> str:
        return "".join(byte_chars[b] for b in token)

    vocab = {spell(token): rank for token, rank in ranks.items()}
    merges: list[tuple[int, int, int, str, str]] = []
    for token, rank in ranks.items():
        for cut in range(1, len(token)):
            left, right = token[:cut], token[cut:]
            if left in ranks and right in ranks:
                merges.append((rank, ranks[left], ranks[right], spell(left), spell(right)))
    merges.sort()
    bpe = models.BPE(vocab=vocab, merges=[(m[3], m[4]) for m in merges], fuse_unk=False, ignore_merges=True)
    tokenizer = Tokenizer(bpe)
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(pattern), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.add_special_tokens([AddedToken(t, normalized=False, special=True) for t in special_tokens])
    return tokenizer


def cache_folder() -> Path:
    """Where conversions are kept between runs: ``$SLOIKA_CACHE``, else ``~/.cache/sloika``."""
    root = (
        os.environ.get("SLOIKA_CACHE")
        or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sloika"
    )
    return Path(root)


def qwen_tiktoken(path: str | Path) -> tuple[Path, Any]:
    """Qwen's ``.tiktoken`` as (its tokenizer.json twin in the cache, converted the first time; a
    ``tiktoken.Encoding``). Another vocabulary is refused: its regex and special tokens are unknown."""
    import tiktoken

    data = Path(path).read_bytes()
    ranks = read_tiktoken_ranks(path)
    if len(ranks) != QWEN2_RANKS:
        raise TokenizerError(
            f"{path} has {len(ranks):,} ranks, not Qwen's {QWEN2_RANKS:,}: a .tiktoken file does not say "
            "which pre-tokenizer regex and special tokens go with it, and Qwen's would split the text "
            "wrongly. Give the model's tokenizer.json instead (transformers writes one with "
            "AutoTokenizer.from_pretrained(...).save_pretrained(DIR))"
        )
    specials = {token: len(ranks) + i for i, token in enumerate(QWEN2_SPECIAL_TOKENS)}
    encoding = tiktoken.Encoding(
        "qwen2", pat_str=QWEN2_PATTERN, mergeable_ranks=ranks, special_tokens=specials
    )
    key = hashlib.sha256(data + CONVERSION_VERSION.encode()).hexdigest()[:20]
    cached = cache_folder() / "tokenizers" / f"tiktoken-{key}.json"
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.partial")
        tiktoken_tokenizer(path).save(str(partial))
        partial.replace(cached)  # atomic: a concurrent export never reads half a file
    return cached, encoding


def train_bpe(texts: Iterator[str], vocab_size: int) -> Tokenizer:
    """Byte-level BPE trained on ``texts`` with Qwen2's pre-tokenizer; ``<|endoftext|>`` is id 0."""
    if vocab_size < 300:
        raise TokenizerError(
            f"--train-tokenizer {vocab_size}: a byte-level BPE needs at least 256 byte tokens plus "
            "merges; give a vocabulary size of 300 or more (e.g. 32000)"
        )
    tokenizer = Tokenizer(models.BPE(fuse_unk=False))
    tokenizer.normalizer = normalizers.NFC()
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN2_PATTERN), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[TRAINED_EOS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return tokenizer


def _eos_from_config(path: Path) -> str | None:
    """The ``eos_token`` of a ``tokenizer_config.json`` beside ``tokenizer.json``, if there is one."""
    config = path.with_name("tokenizer_config.json")
    if not config.is_file():
        return None
    eos = json.loads(config.read_text(encoding="utf-8")).get("eos_token")
    return eos.get("content") if isinstance(eos, dict) else eos


def _eos_id(lookup: Callable[[str], int | None], eos_token: str | None, source: str) -> int:
    names = [eos_token] if eos_token else list(EOS_CANDIDATES)
    for name in names:
        token_id = lookup(name)
        if token_id is not None:
            return token_id
    if eos_token:
        raise TokenizerError(f"--eos-token {eos_token!r} is not in the vocabulary of {source}")
    raise TokenizerError(
        f"found no end-of-document token in {source} (looked for {', '.join(EOS_CANDIDATES)}): "
        "name it with --eos-token"
    )


def load_export_tokenizer(
    path: str | Path | None,
    train_vocab_size: int | None = None,
    texts: Iterator[str] | None = None,
    eos_token: str | None = None,
) -> ExportTokenizer:
    """The tokenizer an export uses: ``path`` (a ``tokenizer.json`` or a ``.tiktoken`` file), or,
    with ``train_vocab_size``, BPE trained on ``texts``."""
    if (path is None) == (train_vocab_size is None):
        raise TokenizerError("give either --tokenizer PATH or --train-tokenizer VOCAB_SIZE (one of them)")
    if train_vocab_size is not None:
        tokenizer = train_bpe(texts or iter(()), train_vocab_size)
        return ExportTokenizer("trained-bpe", tokenizer.token_to_id(TRAINED_EOS), None, loaded=tokenizer)
    path = Path(path)
    if path.is_dir() and (path / "tokenizer.json").is_file():
        path = path / "tokenizer.json"
    if not path.is_file():
        raise TokenizerError(
            f"no tokenizer at {path}: give a tokenizer.json (or the folder holding one), a .tiktoken "
            "vocabulary, or --train-tokenizer VOCAB_SIZE"
        )
    if path.suffix == ".tiktoken":
        converted, encoding = qwen_tiktoken(path)
        specials = {name: encoding.encode_single_token(name) for name in encoding.special_tokens_set}
        eos_id = _eos_id(specials.get, eos_token, str(path))
        return ExportTokenizer("qwen-tiktoken", eos_id, str(path), tiktoken=encoding, json_path=converted)
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as err:  # tokenizers raises a bare Exception for bad JSON
        raise TokenizerError(
            f"{path} is not a Hugging Face tokenizer.json ({err}); give a tokenizer.json or a .tiktoken file"
        ) from err
    eos_id = _eos_id(tokenizer.token_to_id, eos_token or _eos_from_config(path), str(path))
    return ExportTokenizer("tokenizer.json", eos_id, str(path), loaded=tokenizer)
