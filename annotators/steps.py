"""The datatrove step of annotation: run annotators over batches of documents and attach their
spans to each document. Reading a corpus and writing the layers is ``sloika.corpora.annotate``'s."""

from __future__ import annotations

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.annotators.base import Annotator
from sloika.annotators.morphology import PARSE_KEY
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

    def __init__(self, annotators: list[Annotator], batch_size: int = 64, progress_total: int | None = None):
        super().__init__()
        self.annotators = annotators
        self.batch_size = batch_size
        self.progress_total = progress_total  # documents in the corpus: one bar per layer and task

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self.bars = self._bars(rank, world_size)
        try:
            batch: list[Document] = []
            for doc in data:
                batch.append(carrying(doc))
                if len(batch) >= self.batch_size:
                    yield from self._annotate(batch)
                    batch = []
            yield from self._annotate(batch)
        finally:
            for bar in self.bars.values():
                bar.close()

    def _bars(self, rank: int, world_size: int) -> dict:
        if self.progress_total is None:
            return {}
        from tqdm import tqdm

        share = len(range(rank, self.progress_total, world_size))
        task = f" [{rank + 1}/{world_size}]" if world_size > 1 else ""
        first = rank * len(self.annotators)
        return {
            a.layer: tqdm(total=share, desc=f"{a.layer}{task}", unit="doc", position=first + i)
            for i, a in enumerate(self.annotators)
        }

    def _annotate(self, batch: list[Document]) -> list[Document]:
        for annotator in self.annotators:
            with self.track_time(unit="batch"):
                results = annotator.annotate(batch) if batch else []
            if annotator.layer in self.bars:
                self.bars[annotator.layer].update(len(batch))
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
            for key, count in annotator.take_counts().items():  # e.g. notes dropped, and why
                self.stat_update(f"{annotator.layer}/{key}", value=count)
        self.stat_update("documents", value=len(batch))
        for doc in batch:  # the shared parse served this batch's annotators; it is not document data
            doc.metadata.pop(PARSE_KEY, None)
        return batch
