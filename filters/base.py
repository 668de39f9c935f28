"""The three kinds of sloika step, named as datatrove names them.

* ``Formatter`` edits text (datatrove's ``BaseFormatter`` kind) and never rejects: ``RepairText``.
  Subclasses implement ``format(doc)`` and edit ``doc`` in place, moving
  the spans it carries (``sloika.text.spans.remap``).
* ``Filter`` judges (datatrove's ``BaseFilter``): subclasses implement only ``filter(doc)``,
  returning ``True`` to keep, ``(False, reason)`` or ``(False, reason, detail)`` to reject (a step
  that is cheaper in bulk also overrides datatrove's ``filter_batch``, same verdicts). A
  rejected document leaves the stream here and is written by the step's ``exclusion_writer``
  (datatrove's pattern) with step, reason and detail, so every step downstream, stock datatrove
  steps included, sees only kept documents. Unlike datatrove, the record is never optional: a
  filter without an exclusion writer refuses to run.
* ``Signature`` computes what a corpus-wide pass needs (a text hash, MinHash band keys, line
  hashes) and rejects nothing; the value rides on the document outside ``metadata``
  (``sloika.documents``), for sloika's staging writer only.

Every kind passes documents on as ``SloikaDocument`` (``sloika.documents.carrying``), so spans and
signatures never reach a stock writer's output.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, ClassVar

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.batching import batched
from datatrove.utils.typeshelper import StatHints

from sloika.documents import carrying
from sloika.errors import SloikaError
from sloika.verdicts import reject

Verdict = bool | tuple[bool, str] | tuple[bool, str, str]


class Formatter(PipelineStep):
    """A step that edits documents in place and never rejects one."""

    type = "✂️ - FORMAT"
    step: ClassVar[str]  # the step's name in the manifest's funnel

    @abstractmethod
    def format(self, doc: Document) -> None:
        """Edit ``doc`` (its text, metadata, spans) in place."""

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            doc = carrying(doc)
            self.stat_update(StatHints.total)
            with self.track_time():
                self.format(doc)
            yield doc


class Filter(BaseFilter):
    """A step that keeps or rejects each document; rejected ones go to ``exclusion_writer``.

    Args:
        exclusion_writer: where rejected documents are written, with their step, reason and
            detail: ``sloika.corpora.staging.RejectedWriter`` (what ``sloika build`` gives each
            filter) or any datatrove ``DiskWriter`` (the reason is in ``metadata["filter_reason"]``,
            the detail in ``metadata["filter_detail"]``). One writer per step. Required before
            the step runs.
    """

    step: ClassVar[str]  # the name recorded in rejected.step

    def __init__(self, exclusion_writer: DiskWriter | None = None, batch_size: int = 1):
        super().__init__(exclusion_writer, batch_size)

    @abstractmethod
    def filter(self, doc: Document) -> Verdict:
        """True to keep; (False, reason[, detail]) to reject. May edit ``doc`` in place."""

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if self.exclusion_writer is None:
            raise SloikaError(
                f"{type(self).__name__} has no exclusion_writer: sloika records every rejected document; "
                "pass exclusion_writer=RejectedWriter(folder, step) (sloika.corpora.staging) or any "
                "datatrove writer"
            )
        with self.exclusion_writer as writer:
            for batch in batched(map(carrying, data), self.batch_size):
                with self.track_time("batch" if self.batch_size > 1 else None):
                    verdicts = self.filter_batch(batch)
                for doc, verdict in zip(batch, verdicts, strict=True):
                    self.stat_update(StatHints.total)
                    keep, reason, detail = _unpack(verdict)
                    if keep:
                        self.stat_update(StatHints.forwarded)
                        yield doc
                        continue
                    self.stat_update(StatHints.dropped, f"dropped_{reason}")
                    writer.write(reject(doc, self.step, reason, detail), rank)


class Signature(PipelineStep):
    """A step that computes one value per document for a corpus-wide pass; rejects nothing.

    Subclasses set ``key`` and ``step`` and implement ``signature(doc)``.
    """

    type = "🫂 - DEDUP"
    key: ClassVar[str]  # the staged column
    step: ClassVar[str]  # the corpus-wide pass's name in rejected.step

    @abstractmethod
    def signature(self, doc: Document) -> Any:
        """The value staged as ``key`` for this document."""

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            doc = carrying(doc)
            self.stat_update(StatHints.total)
            with self.track_time():
                doc.carried.signatures[self.key] = self.signature(doc)
            yield doc


def _unpack(verdict: Verdict) -> tuple[bool, str, str]:
    if isinstance(verdict, bool):
        return verdict, "" if verdict else "rejected", ""
    keep, reason, *rest = verdict
    return keep, reason, rest[0] if rest else ""
