"""Decontamination: training text that overlaps an evaluation set is dropped (or flagged).

One index (``EvalIndex``) serves ``sloika build --decontaminate`` (a datatrove step over documents)
and ``sloika export sft --decontaminate`` (over conversations), so the two agree on the same file.

What an eval set is: every string field of every record of a JSONL or Parquet file (or only
``text_key``), or every non-empty line of a text file; each string is one item. An item of ``L``
words is matched by its word ``n``-grams with ``n = min(ngram, L)`` (13 by default, the GPT-3
paper's choice: long enough that sharing one means copied text, not common phrasing), so a 9-word
question pasted into a long document is found as that exact word sequence instead of being skipped.
Items under ``min_words`` words are too short to tell copying from common phrasing: they are counted
(``too_short``), never silently. With a near-dedup config, a shared MinHash LSH bucket with an eval
item (a near duplicate) counts too. Words are ``sloika.text.ngrams.words``, as near-dedup's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xxhash
from datatrove.data import Document
from datatrove.pipeline.writers.disk_base import DiskWriter

from sloika.config import DecontaminationConfig, NearDedupConfig
from sloika.errors import InputError
from sloika.filters.base import Filter, Verdict
from sloika.filters.near_dedup import MinHashSignature
from sloika.text.ngrams import words as word_list

STEP = "decontaminate"
REASON = "contamination"


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON-like value (questions, answers, choices, message contents, ...)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _records(path: Path) -> list[Any]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if path.suffix in (".jsonl", ".json"):
        records = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise InputError(
                        f"eval set {path}:{number}: broken_json ({err}); fix or remove the line"
                    ) from err
        return records
    if path.suffix in (".txt", ".md"):
        return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    raise InputError(f"eval set {path}: use a .jsonl, .parquet or .txt file")


def load_eval_items(paths: list[str], text_key: str | None = None) -> dict[str, list[tuple[str, str]]]:
    """Per eval set, its items as (origin ``path#record``, text). A missing file or a record without
    ``text_key`` is an error: silently skipping part of an eval set would defeat the point."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name in paths:
        path = Path(name)
        if not path.is_file():
            raise InputError(f"eval set {path} not found: give a .jsonl, .parquet or .txt file")
        items = []
        for number, record in enumerate(_records(path)):
            if text_key is not None and isinstance(record, dict):
                if not isinstance(record.get(text_key), str):
                    raise InputError(f"eval set {path} record {number} has no string field {text_key!r}")
                record = record[text_key]
            items += [(f"{path}#{number}", text) for text in _strings(record)]
        found[str(path)] = items
    return found


def _hashes(words: list[str], n: int) -> Iterator[int]:
    for i in range(len(words) - n + 1):
        yield xxhash.xxh3_64_intdigest(" ".join(words[i : i + n]).encode())


@dataclass
class EvalIndex:
    """The n-grams (n = min(ngram, item length)) and MinHash bucket keys of eval items; small
    enough to travel with a pipeline step to every task."""

    ngram: int = 13
    min_words: int = 5
    near: NearDedupConfig | None = None
    grams: dict[int, dict[int, str]] = field(default_factory=dict)  # n → hash → origin
    buckets: dict[str, str] = field(default_factory=dict)  # "band:key" → origin
    stats: dict[str, dict[str, int]] = field(default_factory=dict)  # per eval set

    @classmethod
    def from_files(
        cls,
        paths: list[str],
        text_key: str | None = None,
        ngram: int = 13,
        min_words: int = 5,
        near: NearDedupConfig | None = None,
    ) -> EvalIndex:
        return cls.from_items(load_eval_items(paths, text_key), ngram, min_words, near)

    @classmethod
    def from_items(
        cls,
        sets: dict[str, list[tuple[str, str]]],
        ngram: int = 13,
        min_words: int = 5,
        near: NearDedupConfig | None = None,
    ) -> EvalIndex:
        """The index of eval sets given as {name: [(origin, text), ...]} (``load_eval_items``'s shape)."""
        index = cls(ngram, min_words, near)
        signature = MinHashSignature(near) if near is not None else None
        for path, items in sets.items():
            counts = {"items": len(items), "short": 0, "too_short": 0}
            for origin, text in items:
                words = word_list(text)
                if len(words) < min_words:
                    counts["too_short"] += 1
                    continue
                n = min(ngram, len(words))
                counts["short"] += n < ngram
                table = index.grams.setdefault(n, {})
                for gram in _hashes(words, n):
                    table.setdefault(gram, origin)
                for band, key in enumerate((signature.band_keys(text) if signature else None) or []):
                    index.buckets.setdefault(f"{band}:{key}", origin)
            index.stats[path] = counts
        index.grams = dict(sorted(index.grams.items(), reverse=True))  # longest sequences first
        return index

    def match(self, text: str, signature: MinHashSignature | None = None) -> tuple[str, str] | None:
        """(the eval item ``path#record``, why) when ``text`` overlaps one, else None."""
        words = word_list(text)
        for n, table in self.grams.items():
            for gram in _hashes(words, n):
                if gram in table:
                    return table[gram], f"shares a {n}-word sequence with eval text {table[gram]}"
        if signature is not None and self.buckets:
            for band, key in enumerate(signature.band_keys(text) or []):
                if (origin := self.buckets.get(f"{band}:{key}")) is not None:
                    return origin, f"near duplicate (MinHash) of eval text {origin}"
        return None

    def summary(self) -> dict[str, Any]:
        """For a manifest: the settings and, per eval set, its items, how many were matched at their
        own (shorter) length, and how many were too short to match."""
        return {"ngram": self.ngram, "min_words": self.min_words, "eval_sets": self.stats}


def eval_index(config: DecontaminationConfig, near: NearDedupConfig | None = None) -> EvalIndex:
    return EvalIndex.from_files(config.eval_sets, config.text_key, config.ngram, config.min_words, near)


class Decontaminate(Filter):
    """Rejects (or flags) documents that share a word sequence or an LSH bucket with an eval item.

    Args:
        config: ``DecontaminationConfig``: eval sets, ``text_key``, ``ngram``, ``min_words``, ``action``.
        near: ``NearDedupConfig``: the MinHash parameters of the near-duplicate test.
        exclusion_writer: where rejected documents go (see ``sloika.filters.base.Filter``).
    """

    name = "🧪 Decontaminate"
    step = STEP

    def __init__(
        self, config: DecontaminationConfig, near: NearDedupConfig, exclusion_writer: DiskWriter | None = None
    ):
        super().__init__(exclusion_writer)
        self.config = config
        self.signature = MinHashSignature(near)
        self.index = eval_index(config, near)

    def filter(self, doc: Document) -> Verdict:
        hit = self.index.match(doc.text, self.signature)
        if hit is None:
            return True
        detail = hit[1]
        if self.config.action == "flag":
            doc.metadata["contamination"] = detail
            return True
        return False, REASON, detail
