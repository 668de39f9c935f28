"""From a run config to packed train and validation rows (exports.py reads, packing.py packs)."""

from __future__ import annotations

from sloika.training.config import RunConfig
from sloika.training.exports import open_pretrain_export, read_sft_split
from sloika.training.packing import PackedConversations, TokenWindows


def sft_rows(config: RunConfig, tokenizer, topic: str | None = None, log=None):
    """(train rows, validation rows) of an SFT export, or of one topic's folder in it. An empty
    validation split is said in the log (``log``), since no held-out loss can come from it."""
    data = config.data

    def pack(split: str) -> PackedConversations:
        conversations = read_sft_split(data.export, split, topic)
        return PackedConversations(
            tokenizer, conversations, data.seq_len, config.seed, tokenizer.pad_token_id
        )

    train, validation = pack("train"), pack("validation")
    if log and not len(validation):
        where = f"topic {topic!r} of {data.export}" if topic else data.export
        log(
            f"warning: {where} has no validation rows: no held-out loss (and an empty column of the "
            "transfer matrix); re-export with a larger --validation-fraction"
        )
    return train, validation


def pretrain_rows(config: RunConfig):
    """(train windows, validation windows, manifest, tokenizer.json path) of a pretraining export."""
    manifest, shards, tokenizer_path = open_pretrain_export(config.data.export)
    windows = TokenWindows(shards, config.data.seq_len, holdout=config.data.validation_windows)
    return windows.train(), windows.validation(), manifest, tokenizer_path
