"""Packed rows: several documents share one row of ``seq_len`` tokens and never see each other.

Every row is three int64 arrays of ``seq_len``:

* ``input_ids``;
* ``labels``: the token to predict at each position, already shifted (-100 = no loss), so a
  target never lies in another document;
* ``position_ids``: restart at 0 where a document starts. transformers turns these restarts into
  a block-diagonal causal mask (sdpa, eager, flex) or varlen boundaries (flash attention 2), as
  long as no 2-D attention mask and no KV cache are passed (``forward.py`` does neither).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from sloika.text.tokens import TokenShard
from sloika.training.chat import encode_chat

IGNORE = -100


@dataclass(frozen=True)
class Row:
    input_ids: np.ndarray
    labels: np.ndarray
    position_ids: np.ndarray


class RowSet(Protocol):
    seq_len: int

    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> Row: ...


class PackedConversations:
    """SFT rows: conversations packed first-fit in a seeded order; each fits in one row or is cut.

    ``stats`` counts what happened to every conversation (packed, truncated, skipped without an
    assistant token), so nothing is silently lost.
    """

    def __init__(
        self, tokenizer, conversations: list[list[dict[str, str]]], seq_len: int, seed: int, pad_id: int
    ):
        self.seq_len = seq_len
        order = np.random.default_rng(seed).permutation(len(conversations))
        self.stats = {
            "conversations": len(conversations),
            "packed": 0,
            "truncated": 0,
            "no_assistant_tokens": 0,
        }
        rows: list[list[tuple[list[int], list[bool]]]] = []
        used = seq_len + 1
        for index in order:
            ids, learn = encode_chat(tokenizer, conversations[index])
            if len(ids) > seq_len:
                ids, learn = ids[:seq_len], learn[:seq_len]
                self.stats["truncated"] += 1
            if not any(learn[1:]):
                self.stats["no_assistant_tokens"] += 1
                continue
            if used + len(ids) > seq_len:
                rows.append([])
                used = 0
            rows[-1].append((ids, learn))
            used += len(ids)
            self.stats["packed"] += 1
        self._rows = [self._assemble(docs, pad_id) for docs in rows]
        self.stats["rows"] = len(self._rows)

    def _assemble(self, docs: list[tuple[list[int], list[bool]]], pad_id: int) -> Row:
        input_ids = np.full(self.seq_len, pad_id, dtype=np.int64)
        labels = np.full(self.seq_len, IGNORE, dtype=np.int64)
        positions = np.zeros(self.seq_len, dtype=np.int64)
        at = 0
        for ids, learn in docs:
            n = len(ids)
            input_ids[at : at + n] = ids
            positions[at : at + n] = np.arange(n)
            targets = np.asarray(ids[1:], dtype=np.int64)
            labels[at : at + n - 1] = np.where(np.asarray(learn[1:]), targets, IGNORE)
            at += n
        positions[at:] = np.arange(self.seq_len - at)  # padding is its own document
        return Row(input_ids, labels, positions)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index: int) -> Row:
        return self._rows[index]


class TokenWindows:
    """Pretraining rows: consecutive windows of ``seq_len + 1`` tokens of each flat shard, read lazily.

    The window's last token is only a target. A document cut at the window start begins at
    position 0 here; the EOS → next-document target is masked, since no context predicts a start.
    ``holdout`` windows at the end of the last shard form the validation set (``validation()``).
    """

    def __init__(self, shards: list[TokenShard], seq_len: int, holdout: int = 0, _windows=None):
        self.seq_len = seq_len
        self.shards = shards
        if _windows is None:
            _windows = [
                (s, k * seq_len)
                for s, shard in enumerate(shards)
                for k in range((len(shard.tokens) - 1) // seq_len)
            ]
        self._windows = _windows
        self._holdout = min(holdout, len(_windows))

    def train(self) -> TokenWindows:
        return TokenWindows(self.shards, self.seq_len, 0, self._windows[: len(self._windows) - self._holdout])

    def validation(self) -> TokenWindows:
        return TokenWindows(self.shards, self.seq_len, 0, self._windows[len(self._windows) - self._holdout :])

    def __len__(self) -> int:
        return len(self._windows)

    def __getitem__(self, index: int) -> Row:
        s, offset = self._windows[index]
        shard = self.shards[s]
        window = np.asarray(shard.tokens[offset : offset + self.seq_len + 1], dtype=np.int64)
        first = np.searchsorted(shard.starts, offset, side="right")
        last = np.searchsorted(shard.starts, offset + self.seq_len, side="right")
        starts = shard.starts[first:last] - offset  # document starts inside the window, > 0
        is_start = np.zeros(self.seq_len + 1, dtype=bool)
        is_start[0] = True
        is_start[starts] = True
        index_of_start = np.maximum.accumulate(np.where(is_start, np.arange(self.seq_len + 1), 0))
        positions = (np.arange(self.seq_len + 1) - index_of_start)[:-1]
        labels = np.where(is_start[1:], IGNORE, window[1:])
        return Row(window[:-1], labels, positions)
