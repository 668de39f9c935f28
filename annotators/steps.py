"""The datatrove steps of annotation: read a finished corpus's documents, run annotators over
batches of documents, and write each layer's spans as Parquet parts (one file per task)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.annotators.base import Annotator
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

    def __init__(self, annotators: list[Annotator], batch_size: int = 64):
        super().__init__()
        self.annotators = annotators
        self.batch_size = batch_size

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        batch: list[Document] = []
        for doc in data:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._annotate(batch)
                batch = []
        yield from self._annotate(batch)

    def _annotate(self, batch: list[Document]) -> list[Document]:
        todo = [doc for doc in batch if not is_rejected(doc)]
        for annotator in self.annotators:
            with self.track_time(unit="batch"):
                results = annotator.annotate(todo) if todo else []
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
