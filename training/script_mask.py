"""The "checking decoder": a logits processor that never lets a letter of another script appear.

Every vocabulary entry is known as bytes (byte-level BPE decoded through GPT-2's byte table,
sentencepiece ``<0xNN>`` pieces as bytes). With a byte-level vocabulary a character can be
spelled a byte at a time, so a token cannot be judged alone: ``E3`` then ``81`` then ``82`` is
あ, and neither piece holds a letter. The processor therefore keeps, for every sequence, the
*pending* bytes: an unfinished UTF-8 sequence at the end of what was generated. A candidate token
is judged on pending + its bytes:

* the characters it completes must be letters of an allowed script or not letters at all
  (digits, punctuation, spaces; unassigned code points count as forbidden);
* bytes that are not valid UTF-8 there (a continuation byte with nothing pending, an overlong
  form) are forbidden;
* an unfinished sequence it leaves must still be able to become an allowed character (so no
  sequence is started that can only end in a forbidden one, and decoding never reaches a dead end).

Special tokens always pass. Masks are computed once per distinct pending prefix and cached.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import numpy as np
import torch

from sloika.text.scripts import script_of
from sloika.text.tokens import bytes_to_unicode

_SMALLEST = {2: 0x80, 3: 0x800, 4: 0x10000}  # below these a longer form is overlong (invalid)


def token_bytes(tokenizer) -> list[bytes]:
    """The bytes each token id stands for."""
    vocab = tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))
    byte_level = "ByteLevel" in tokenizer.backend_tokenizer.to_str()
    table = {char: byte for byte, char in bytes_to_unicode().items()}
    found = []
    for token in vocab:
        if token is None:
            found.append(b"")
        elif byte_level and all(char in table for char in token):
            found.append(bytes(table[char] for char in token))
        elif (
            token.startswith("<0x") and token.endswith(">") and len(token) == 6
        ):  # sentencepiece byte fallback
            found.append(bytes([int(token[3:5], 16)]))
        else:
            found.append(token.replace("▁", " ").encode("utf-8"))
    return found


def _sequence_length(lead: int) -> int:
    """Bytes of the UTF-8 sequence a lead byte starts (0: not a lead byte)."""
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def pending_length(raw: bytes) -> int:
    """Length of the unfinished UTF-8 sequence at the end of ``raw`` (0 when it ends complete)."""
    for back in range(1, min(3, len(raw)) + 1):
        byte = raw[-back]
        if byte >> 6 == 0b10:  # a continuation byte: its lead is further back
            continue
        return back if _sequence_length(byte) > back else 0
    return 0


@lru_cache(maxsize=8)
def _allowed_counts(allowed: tuple[str, ...]) -> np.ndarray:
    """counts[c] = how many code points below c may be generated (prefix sums, for range queries)."""
    ok = np.zeros(0x110000, dtype=np.int32)
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) not in ("Cn", "Cs") and script_of(char) in (None, *allowed):
            ok[code] = 1
    return np.concatenate([[0], np.cumsum(ok)])


def completable(tail: bytes, allowed: tuple[str, ...]) -> bool:
    """Whether an unfinished UTF-8 sequence can still become an allowed character."""
    length = _sequence_length(tail[0])
    if not length or len(tail) >= length or any(b >> 6 != 0b10 for b in tail[1:]):
        return False
    bits = tail[0] & (0xFF >> (length + 1))
    for byte in tail[1:]:
        bits = (bits << 6) | (byte & 0x3F)
    missing = length - len(tail)
    low = max(bits << (6 * missing), _SMALLEST[length])
    high = min(((bits + 1) << (6 * missing)) - 1, 0x10FFFF)
    if low > high:
        return False
    counts = _allowed_counts(allowed)
    return bool(counts[high + 1] - counts[low] > 0)


def allowed_bytes(raw: bytes, allowed: tuple[str, ...]) -> bool:
    """Whether ``raw`` (pending bytes + a token's bytes) may be generated: valid UTF-8 whose letters
    are all of ``allowed`` scripts, ending complete or in a sequence that can still end allowed."""
    cut = len(raw) - pending_length(raw)
    try:
        text = raw[:cut].decode("utf-8")
    except UnicodeDecodeError:
        return False
    counts = _allowed_counts(allowed)
    if any(counts[ord(c) + 1] == counts[ord(c)] for c in text):
        return False
    return cut == len(raw) or completable(raw[cut:], allowed)


class ForbidOtherScripts:
    """A transformers logits processor (``generate(logits_processor=LogitsProcessorList([...]))``):
    tokens that would put a letter of another script into the text get -inf, so greedy and sampled
    decoding alike never produce one, even spelled byte by byte."""

    def __init__(self, tokenizer, allowed: list[str]):
        self.allowed = tuple(sorted(allowed))
        self.bytes = token_bytes(tokenizer)
        self.special = set(tokenizer.all_special_ids)
        self._masks: dict[bytes, torch.Tensor] = {}
        self.mask = self.mask_after(b"")

    def mask_after(self, pending: bytes) -> torch.Tensor:
        """True for every token forbidden after the unfinished bytes ``pending``."""
        if pending not in self._masks:
            self._masks[pending] = torch.tensor(
                [
                    token_id not in self.special and not allowed_bytes(pending + raw, self.allowed)
                    for token_id, raw in enumerate(self.bytes)
                ],
                dtype=torch.bool,
            )
        return self._masks[pending]

    def pending(self, ids: list[int]) -> bytes:
        """The unfinished UTF-8 sequence at the end of a sequence (it spans at most 3 tokens)."""
        raw = b"".join(b"" if i in self.special or i >= len(self.bytes) else self.bytes[i] for i in ids[-4:])
        n = pending_length(raw)
        return raw[len(raw) - n :] if n else b""

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        masks = torch.stack([self.mask_after(self.pending(row[-4:].tolist())) for row in input_ids])
        masks = masks.to(scores.device)
        width = min(scores.shape[-1], masks.shape[-1])  # models often pad the vocabulary past the tokenizer
        scores = scores.clone()
        scores[..., :width] = scores[..., :width].masked_fill(masks[:, :width], float("-inf"))
        return scores
