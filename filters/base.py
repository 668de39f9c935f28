"""The one place where a verdict becomes a recorded rejection.

Like datatrove's ``BaseFilter`` a sloika filter implements only ``filter(doc)``; unlike it, a
rejected document is not dropped but marked and passed on (see ``sloika.verdicts``), so the corpus
writer can record it with its step and reason. Already-rejected documents are passed through
untouched: each document is judged by the first step that rejects it.
"""

from __future__ import annotations

from abc import abstractmethod

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.verdicts import is_rejected, reject

Verdict = bool | tuple[bool, str] | tuple[bool, str, str]


class SloikaFilter(PipelineStep):
    type = "🔻 - FILTER"
    step: str  # the name recorded in rejected.step

    @abstractmethod
    def filter(self, doc: Document) -> Verdict:
        """True to keep; (False, reason[, detail]) to reject. May edit ``doc`` in place."""

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            if is_rejected(doc):
                yield doc
                continue
            self.stat_update("documents")
            with self.track_time():
                verdict = self.filter(doc)
            keep, reason, detail = _unpack(verdict)
            if keep:
                self.stat_update("kept")
            else:
                self.stat_update(f"rejected:{reason}")
                reject(doc, self.step, reason, detail)
            yield doc


def _unpack(verdict: Verdict) -> tuple[bool, str, str]:
    if isinstance(verdict, bool):
        return verdict, "" if verdict else "rejected", ""
    keep, reason, *rest = verdict
    return keep, reason, rest[0] if rest else ""
