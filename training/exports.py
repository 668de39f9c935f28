"""Readers of sloika's export folders (docs/training.md, "Export formats"): the contract with
``sloika export pretrain|sft``. Only numpy and pyarrow: this runs on a GPU box without datatrove.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from sloika.errors import ExportError
from sloika.text.tokens import TokenShard, inside, read_flat_shards

PRETRAIN_FORMAT, SFT_FORMAT = "sloika-pretrain", "sloika-sft"
ROLES = ("system", "user", "assistant")


def read_manifest(folder: str | Path, expected: str) -> dict[str, Any]:
    folder = Path(folder)
    path = folder / "export_manifest.json"
    if not path.is_file():
        raise ExportError(f"{folder} has no export_manifest.json: create it with `sloika export ...`")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != expected:
        raise ExportError(
            f"{folder} is a {manifest.get('format')!r} export, this recipe reads {expected!r} "
            f"(`sloika export {'pretrain' if expected == PRETRAIN_FORMAT else 'sft'}`)"
        )
    if manifest.get("version") != 1:
        raise ExportError(
            f"{folder}: export format version {manifest.get('version')} is not supported (1 is)"
        )
    return manifest


def open_pretrain_export(folder: str | Path) -> tuple[dict[str, Any], list[TokenShard], Path]:
    """The manifest, the memory-mapped shards and the tokenizer.json of a pretraining export."""
    folder = Path(folder)
    manifest = read_manifest(folder, PRETRAIN_FORMAT)
    shards = read_flat_shards(folder, manifest)
    tokenizer = inside(folder, manifest["tokenizer"]["path"])
    if not tokenizer.is_file():
        raise ExportError(f"{folder}: tokenizer {tokenizer.name} is missing; re-run `sloika export pretrain`")
    return manifest, shards, tokenizer


def sft_topics(folder: str | Path) -> list[str]:
    manifest = read_manifest(folder, SFT_FORMAT)
    if manifest.get("split_by") != "topic":
        raise ExportError(
            f"{folder} is not split by topic: re-export with `sloika export sft --split-by topic`"
        )
    return list(manifest["topics"])


def read_sft_split(folder: str | Path, split: str, topic: str | None = None) -> list[list[dict[str, str]]]:
    """The ``messages`` of every row of a split (of one topic's subfolder when ``topic`` is given)."""
    folder = Path(folder)
    read_manifest(folder, SFT_FORMAT)
    path = inside(folder, f"{topic}/{split}.parquet" if topic else f"{split}.parquet")
    if not path.is_file():
        raise ExportError(
            f"{path} not found: the export has no {split!r} split" + (f" for {topic!r}" if topic else "")
        )
    conversations = pq.read_table(path, columns=["messages"]).column("messages").to_pylist()
    for number, messages in enumerate(conversations):
        for message in messages or []:
            if message["role"] not in ROLES:
                raise ExportError(f"{path} row {number}: role {message['role']!r} is not one of {ROLES}")
    return [messages or [] for messages in conversations]
