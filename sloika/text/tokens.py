"""Token-level primitives shared by the pretraining export (which writes tokens) and training
(which reads them and masks them): GPT-2's byte alphabet and the flat token shard format.

The flat format (docs/training.md, "Export formats"): ``flat/shard-NNNNN.bin`` holds raw
little-endian token ids of every document followed by EOS; ``.idx.npy`` the ``n_documents + 1``
start offsets. The export manifest names the files, their dtype and their counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from sloika.errors import ExportError


def bytes_to_unicode() -> dict[int, str]:
    """GPT-2's byte → printable character table, the alphabet of byte-level BPE vocabularies."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    chars, extra = {}, 0
    for byte in range(256):
        if byte in printable:
            chars[byte] = chr(byte)
        else:
            chars[byte] = chr(256 + extra)
            extra += 1
    return chars


@dataclass(frozen=True)
class TokenShard:
    """One flat shard: every document's tokens followed by EOS; ``starts`` has n_documents + 1 entries."""

    tokens: np.ndarray  # memory-mapped, never read whole
    starts: np.ndarray

    def document(self, number: int) -> np.ndarray:
        """Document ``number``'s tokens, EOS included."""
        return np.asarray(self.tokens[self.starts[number] : self.starts[number + 1]])


def inside(folder: Path, relative: str) -> Path:
    """A path named by a manifest, refused if it escapes the export folder."""
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise ExportError(f"{relative!r} in {folder}/export_manifest.json points outside the export")
    return path


def read_flat_shards(folder: str | Path, manifest: dict[str, Any]) -> list[TokenShard]:
    """The memory-mapped shards ``manifest["flat"]`` names, checked against the manifest's counts."""
    folder = Path(folder)
    dtype = np.dtype(manifest["dtype"]).newbyteorder("<")
    shards = []
    for entry in manifest["flat"]:
        tokens = np.memmap(inside(folder, entry["tokens"]), dtype=dtype, mode="r")
        starts = np.load(inside(folder, entry["index"]), allow_pickle=False)
        if (
            len(tokens) != entry["n_tokens"]
            or len(starts) != entry["n_documents"] + 1
            or starts[-1] != len(tokens)
        ):
            raise ExportError(f"{folder}/{entry['tokens']}: token count or index disagrees with the manifest")
        shards.append(TokenShard(tokens, starts))
    return shards
