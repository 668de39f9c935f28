"""Where an export's tokenizer comes from: a local ``tokenizer.json``, a Qwen ``.tiktoken`` vocabulary,
or BPE trained on the corpus. Every source ends as a Hugging Face ``tokenizers.Tokenizer``, so one
encoder serves both export formats and the export can ship its ``tokenizer.json`` for training.

A ``.tiktoken`` file holds only byte sequences and their ranks. It becomes a byte-level BPE the way
transformers' ``TikTokenConverter`` does it (transformers is not a dependency here): every split of a
token into two tokens is a merge, ordered by the token's rank, and ``ignore_merges`` takes a whole
pre-token that is in the vocabulary at once, as tiktoken does. ``tests/test_export_tokenizer.py``
checks the ids against the ``tiktoken`` package itself.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from sloika.errors import SloikaError
from sloika.text.tokens import bytes_to_unicode

# Qwen2's pre-tokenizer: like cl100k's, but digits are split one by one (\p{N}, not \p{N}{1,3}).
QWEN2_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
# Qwen2's special tokens come right after the 151,643 ranks of qwen.tiktoken.
QWEN2_SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>")
# What an end-of-document token is called in the tokenizers people bring, most likely first.
EOS_CANDIDATES = ("<|endoftext|>", "</s>", "<|end_of_text|>", "<eos>", "<|eos|>", "[SEP]")
TRAINED_EOS = "<|endoftext|>"


class TokenizerError(SloikaError, ValueError):
    """A tokenizer that can't be used for an export; the message says what to give instead."""


@dataclass
class ExportTokenizer:
    """The tokenizer of an export: the encoder, what it was made from, and its end-of-document id."""

    tokenizer: Tokenizer
    kind: str  # tokenizer.json | qwen-tiktoken | trained-bpe
    eos_id: int
    source: str | None  # the file it came from; None when trained

    @property
    def vocab_size(self) -> int:
        return self.tokenizer.get_vocab_size(with_added_tokens=True)


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


def _eos_id(tokenizer: Tokenizer, eos_token: str | None, source: str) -> int:
    names = [eos_token] if eos_token else list(EOS_CANDIDATES)
    for name in names:
        token_id = tokenizer.token_to_id(name)
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
        return ExportTokenizer(tokenizer, "trained-bpe", tokenizer.token_to_id(TRAINED_EOS), None)
    path = Path(path)
    if path.is_dir() and (path / "tokenizer.json").is_file():
        path = path / "tokenizer.json"
    if not path.is_file():
        raise TokenizerError(
            f"no tokenizer at {path}: give a tokenizer.json (or the folder holding one), a .tiktoken "
            "vocabulary, or --train-tokenizer VOCAB_SIZE"
        )
    if path.suffix == ".tiktoken":
        tokenizer = tiktoken_tokenizer(path)
        return ExportTokenizer(
            tokenizer, "qwen-tiktoken", _eos_id(tokenizer, eos_token, str(path)), str(path)
        )
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as err:  # tokenizers raises a bare Exception for bad JSON
        raise TokenizerError(
            f"{path} is not a Hugging Face tokenizer.json ({err}); give a tokenizer.json or a .tiktoken file"
        ) from err
    eos_id = _eos_id(tokenizer, eos_token or _eos_from_config(path), str(path))
    return ExportTokenizer(tokenizer, "tokenizer.json", eos_id, str(path))
