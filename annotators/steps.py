"""The datatrove steps of annotation: read a finished corpus's documents, run annotators over
batches of documents, and write each layer's spans as Parquet parts (one file per task)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.annotators.base import Annotator
from sloika.annotators.morphology import PARSE_KEY
from sloika.corpora.staging import LayerBuffers, span_rows
from sloika.spans import add_span, spans
from sloika.verdicts import is_rejected


class CorpusDocuments(PipelineStep):
    """Documents of a finished corpus (``documents/*.parquet``), dealt round-robin to the tasks so
    any number of tasks shares the work even when the corpus is a single Parquet file."""

    type = "📖 - READER"
    name = "📚 sloika corpus documents"

    def __init__(self, corpus: str):
        super().__init__()
        self.corpus = corpus

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        yield from iter_documents(Path(self.corpus), rank, world_size)


def count_documents(corpus: Path) -> int:
    """Documents in a finished corpus, from the Parquet footers (nothing is read)."""
    parts = sorted((corpus / "documents").glob("*.parquet"))
    return sum(pq.ParquetFile(part).metadata.num_rows for part in parts)


def iter_documents(corpus: Path, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
    number = 0
    for part in sorted((corpus / "documents").glob("*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(columns=["id", "text", "lang"], batch_size=1024):
            for row in batch.to_pylist():
                if number % world_size == rank:
                    yield Document(text=row["text"], id=row["id"], metadata={"lang": row["lang"]})
                number += 1


class AnnotateStep(PipelineStep):
    """Runs ``annotators`` in order over batches of documents and attaches their spans to each
    document (``sloika.spans``); rejected documents pass untouched."""

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
                batch.append(doc)
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
        todo = [doc for doc in batch if not is_rejected(doc)]
        for annotator in self.annotators:
            with self.track_time(unit="batch"):
                results = annotator.annotate(todo) if todo else []
            if annotator.layer in self.bars:
                self.bars[annotator.layer].update(len(batch))
            for doc, found in zip(todo, results, strict=True):
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
        self.stat_update("documents", value=len(todo))
        for doc in todo:  # the shared parse served this batch's annotators; it is not document data
            doc.metadata.pop(PARSE_KEY, None)
        return batch


class LayerParts(PipelineStep):
    """Writes the spans attached to each document to ``<folder>/<layer>/<task>.parquet``."""

    type = "💽 - WRITER"
    name = "💾 sloika layer parts"

    def __init__(self, folder: str):
        super().__init__()
        self.folder = folder

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with LayerBuffers(Path(self.folder), rank) as buffers:
            for doc in data:
                for layer, layer_spans in spans(doc).items():
                    buffers.add(layer, span_rows(doc, layer_spans))
                yield doc
