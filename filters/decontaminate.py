"""Decontamination: drop (or flag) training documents that overlap an evaluation set.

Two tests, both against texts loaded once from the user's eval files (JSONL/Parquet/text, read
with sloika's own readers by ``sloika.pipelines.eval_sets``): a shared word n-gram (13 by default,
the GPT-3 paper's choice: long enough that sharing one means copied text, not common phrasing), or
a shared MinHash LSH bucket with an eval text (a near duplicate, same parameters as near-dedup).
Eval sets are small, so their n-gram hashes and bucket keys travel with the step to every task.
"""

from __future__ import annotations

import xxhash
from datatrove.data import Document
from datatrove.pipeline.writers.disk_base import DiskWriter

from sloika.config import DecontaminationConfig, NearDedupConfig
from sloika.filters.base import Filter, Verdict
from sloika.filters.near_dedup import MinHashSignature
from sloika.text.ngrams import word_ngrams

STEP = "decontaminate"
REASON = "contamination"


def ngram_hashes(text: str, n: int) -> set[int]:
    return {xxhash.xxh3_64_intdigest(gram.encode()) for gram in word_ngrams(text, n)}


class Decontaminate(Filter):
    """Rejects (or flags) documents that share a long n-gram or an LSH bucket with an eval text.

    Args:
        config: ``DecontaminationConfig``: ``ngram`` size and ``action`` (reject/flag).
        near: ``NearDedupConfig``: the MinHash parameters of the near-duplicate test.
        eval_texts: (origin, text) of every eval record (``sloika.pipelines.eval_sets`` reads
            them from ``config.eval_sets``).
        exclusion_writer: where rejected documents go (see ``sloika.filters.base.Filter``).
    """

    name = "🧪 Decontaminate"
    step = STEP

    def __init__(
        self,
        config: DecontaminationConfig,
        near: NearDedupConfig,
        eval_texts: list[tuple[str, str]],
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(exclusion_writer)
        self.config = config
        self.signature = MinHashSignature(near)
        self.ngrams: dict[int, str] = {}
        self.buckets: dict[str, str] = {}  # "band:key" (datatrove saves steps as JSON: no tuple keys)
        for origin, text in eval_texts:
            for gram in ngram_hashes(text, config.ngram):
                self.ngrams.setdefault(gram, origin)
            for band, key in enumerate(self.signature.band_keys(text) or []):
                self.buckets.setdefault(f"{band}:{key}", origin)

    def filter(self, doc: Document) -> Verdict:
        shared = next(
            (self.ngrams[g] for g in ngram_hashes(doc.text, self.config.ngram) if g in self.ngrams), None
        )
        if shared:
            detail = f"shares a {self.config.ngram}-word sequence with eval text {shared}"
        else:
            keys = self.signature.band_keys(doc.text) or []
            shared = next(
                (self.buckets[f"{b}:{k}"] for b, k in enumerate(keys) if f"{b}:{k}" in self.buckets), None
            )
            detail = f"near duplicate (MinHash) of eval text {shared}"
        if shared is None:
            return True
        if self.config.action == "flag":
            doc.metadata["contamination"] = detail
            return True
        return False, REASON, detail
