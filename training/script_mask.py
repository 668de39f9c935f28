"""The "checking decoder": a logits processor that forbids tokens with letters of other scripts.

Each vocabulary entry is judged once, from its bytes: a token is forbidden when it holds a
letter (``sloika.text.scripts.script_of``) of a script outside ``allowed``. Digits,
punctuation, spaces and special tokens always pass. Byte-level BPE splits a CJK character into
pieces; a piece that ends in an unfinished UTF-8 sequence is judged by the code points that
sequence can still become (lead byte ``E4`` can only be U+4000–U+4FFF: CJK), and continuation
bytes alone are allowed, since they cannot be placed.
"""

from __future__ import annotations

import torch

from sloika.text.scripts import script_of
from sloika.text.tokens import bytes_to_unicode


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


def _unfinished_scripts(tail: bytes) -> set[str]:
    """Scripts an unfinished UTF-8 sequence must end in: a script only when both ends of the range
    of code points it can still become have it."""
    lead = tail[0]
    length = 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 0
    if not length:
        return set()
    bits = lead & (0xFF >> (length + 1))
    for byte in tail[1:]:
        bits = (bits << 6) | (byte & 0x3F)
    missing = length - len(tail)
    low, high = bits << (6 * missing), ((bits + 1) << (6 * missing)) - 1
    if low > 0x10FFFF:  # F5..F7: not valid UTF-8 at all
        return set()
    low_script, high_script = script_of(chr(low)), script_of(chr(min(high, 0x10FFFF)))
    return {low_script} if low_script is not None and low_script == high_script else set()


def scripts_of_token(raw: bytes) -> set[str]:
    text = raw.decode("utf-8", errors="ignore")
    found = {script for char in text if (script := script_of(char)) is not None}
    # an unfinished multi-byte sequence at the end: find its lead byte
    for back in range(1, min(4, len(raw)) + 1):
        byte = raw[-back]
        if byte >> 6 != 0b10:  # not a continuation byte
            if byte >= 0xC0 and len(raw[-back:].decode("utf-8", errors="ignore")) == 0:
                found |= _unfinished_scripts(raw[-back:])
            break
    return found


def forbidden_token_mask(tokenizer, allowed: list[str]) -> torch.Tensor:
    """A bool tensor over the vocabulary: True for tokens with a letter of a script not in ``allowed``."""
    special = set(tokenizer.all_special_ids)
    mask = [
        token_id not in special and bool(scripts_of_token(raw) - set(allowed))
        for token_id, raw in enumerate(token_bytes(tokenizer))
    ]
    return torch.tensor(mask, dtype=torch.bool)


class ForbidOtherScripts:
    """A transformers logits processor (``generate(logits_processor=LogitsProcessorList([...]))``):
    forbidden tokens get -inf, so greedy and sampled decoding alike never pick them."""

    def __init__(self, tokenizer, allowed: list[str]):
        self.mask = forbidden_token_mask(tokenizer, allowed)
        self.allowed = allowed

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor) -> torch.Tensor:
        mask = self.mask.to(scores.device)
        width = min(scores.shape[-1], mask.shape[0])  # models often pad the vocabulary past the tokenizer
        scores = scores.clone()
        scores[..., :width] = scores[..., :width].masked_fill(mask[:width], float("-inf"))
        return scores
