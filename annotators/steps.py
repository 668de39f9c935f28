"""The datatrove step of annotation: run annotators over batches of documents and attach their
spans to each document. Reading a corpus and writing the layers is ``sloika.corpora.annotate``'s."""

from __future__ import annotations

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.annotators.base import Annotator
from sloika.documents import carrying
from sloika.text.spans import add_span


class AnnotateStep(PipelineStep):
    """Runs ``annotators`` in order over batches of documents and attaches their spans to each
    document (``sloika.text.spans``).

    Args:
        annotators: ``Annotator`` instances (``sloika.annotators.make_annotator``), run in order.
        batch_size: documents per ``annotate`` call (spaCy and language models work in batches).
    """

    type = "🏷️ - ANNOTATOR"
    name = "🏷️ sloika annotate"

    def __init__(self, annotators: list[Annotator], batch_size: int = 64):
        super().__init__()
        self.annotators = annotators
        self.batch_size = batch_size

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        batch: list[Document] = []
        for doc in data:
            batch.append(carrying(doc))
            if len(batch) >= self.batch_size:
                yield from self._annotate(batch)
                batch = []
        yield from self._annotate(batch)

    def _annotate(self, batch: list[Document]) -> list[Document]:
        for annotator in self.annotators:
            with self.track_time(unit="batch"):
                results = annotator.annotate(batch) if batch else []
            for doc, found in zip(batch, results, strict=True):
                for span in found:
                    add_span(
                        doc,
                        annotator.layer,
                        span.start,
                        span.end,
                        span.label,
                        annotator.producer,
                        span.score,
                        span.attrs,
                    )
                self.stat_update(annotator.layer, value=len(found))
        self.stat_update("documents", value=len(batch))
        return batch
