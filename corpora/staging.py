"""Where a build's datatrove tasks leave their documents: the staging folder.

``StagingWriter``, the last step, writes the kept documents (with the signatures and spans they
carry) to ``<staging>/kept`` and their spans to ``<staging>/layers/<layer>``; each filter's
``RejectedWriter`` (its datatrove exclusion writer) writes the documents it rejected to
``<staging>/rejected``. One file per task and step; the corpus is finished from there in one
place (``sloika.corpora.finish``) once every task is done.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers.parquet import ParquetWriter

from sloika.corpora.layers import LAYER_SCHEMA
from sloika.corpora.schema import STAGED_KEPT, STAGED_REJECTED, TYPED_KEYS
from sloika.documents import carrying
from sloika.filters.pii import PiiFormatter
from sloika.text.spans import Span, spans
from sloika.verdicts import rejection

_NOT_IN_METADATA = TYPED_KEYS | {"filter_reason", "filter_detail"}  # columns of their own


def _metadata_json(doc: Document) -> str:
    extra = {k: v for k, v in doc.metadata.items() if k not in _NOT_IN_METADATA}
    return orjson.dumps(extra, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


def _common(doc: Document) -> dict:
    meta = doc.metadata
    return {
        "id": doc.id,
        "text": doc.text,
        "kind": meta.get("kind"),
        "source": meta.get("source"),
        "position": meta.get("position"),
        "lang": meta.get("lang"),
        "lang_score": meta.get("lang_score"),
        "metadata": _metadata_json(doc),
    }


def _kept_row(_writer: ParquetWriter, doc: Document) -> dict:
    signatures = carrying(doc).carried.signatures
    return _common(doc) | {
        "text_hash": signatures.get("text_hash"),
        "minhash_bands": signatures.get("minhash_bands"),
        "line_hashes": signatures.get("line_hashes"),
        "n_chars": len(doc.text),
    }


def _rejected_row(_writer: ParquetWriter, doc: Document) -> dict:
    verdict = rejection(doc)
    return _common(doc) | {"step": verdict.step, "reason": verdict.reason, "detail": verdict.detail}


def span_rows(doc: Document, layer_spans: list[Span]) -> list[dict]:
    return [
        {
            "doc_id": doc.id,
            "start": span.start,
            "end": span.end,
            "label": span.label,
            "score": span.score,
            "attrs": orjson.dumps(span.attrs, default=str).decode(),
            "annotator": span.annotator,
        }
        for span in layer_spans
    ]


def _staged_writer(folder: str, adapter, schema: pa.Schema) -> ParquetWriter:
    # no content-defined chunking: staged files are read once, locally, and then deleted
    return ParquetWriter(
        folder, adapter=adapter, schema=schema, compression="zstd", use_content_defined_chunking=False
    )


class StagingWriter(PipelineStep):
    """Writes kept documents to ``<staging>/kept`` and the spans they carry to
    ``<staging>/layers/<layer>``; the last step of a build."""

    type = "💽 - WRITER"
    name = "💾 sloika staging"

    def __init__(self, staging_folder: str, pii: PiiFormatter | None = None):
        super().__init__()
        self.staging_folder = staging_folder
        self.pii = pii  # scrubs what reached the writer without passing the PII step (early rejections)
        self.kept = _staged_writer(f"{staging_folder}/kept", _kept_row, STAGED_KEPT)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        layers = LayerBuffers(Path(self.staging_folder) / "layers", rank)
        with self.kept, layers:
            for doc in data:
                with self.track_time():
                    self.kept.write(doc, rank)
                    for layer, layer_spans in spans(doc).items():
                        layers.add(layer, span_rows(doc, layer_spans))
                self.stat_update("kept")
                yield doc


class RejectedWriter(ParquetWriter):
    """A filter's exclusion writer: the documents it rejected, with step, reason and detail, as
    Parquet in ``<folder>/rejected/<name>-<task>.parquet`` (the staged rejected table).

    Args:
        folder: the staging folder of a build, or any folder (local or fsspec URL) for your own
            pipeline; read the files back with DuckDB or pyarrow.
        name: tells this step's files apart from the other steps' (one writer per step).
        pii: the build's personal-data step: a record rejected before it ran (by the reader) is
            scrubbed here, one that passed it is left alone (``metadata.pii`` marks it).
    """

    name = "💾 sloika rejected"

    def __init__(self, folder: str, name: str, pii: PiiFormatter | None = None):
        self.pii = pii
        super().__init__(
            f"{folder}/rejected",
            output_filename=f"{name}-${{rank}}.parquet",
            adapter=_rejected_row,
            schema=STAGED_REJECTED,
            compression="zstd",
            use_content_defined_chunking=False,  # read once, locally, then deleted
        )

    def write(self, document: Document, rank: int = 0, **kwargs) -> None:
        if self.pii is not None:
            document = carrying(document)
            self.pii.scrub(document)
        super().write(document, rank, **kwargs)


class LayerBuffers:
    """One Parquet file per layer and task, written in row groups of ``BATCH`` spans."""

    BATCH = 50_000

    def __init__(self, folder: Path, rank: int):
        self.folder, self.rank = folder, rank
        self.rows: dict[str, list[dict]] = {}
        self.writers: dict[str, pq.ParquetWriter] = {}

    def add(self, layer: str, rows: list[dict]) -> None:
        buffer = self.rows.setdefault(layer, [])
        buffer.extend(rows)
        if len(buffer) >= self.BATCH:
            self._flush(layer)

    def _flush(self, layer: str) -> None:
        if layer not in self.writers:
            (self.folder / layer).mkdir(parents=True, exist_ok=True)
            path = self.folder / layer / f"{self.rank:05d}.parquet"
            self.writers[layer] = pq.ParquetWriter(path, LAYER_SCHEMA, compression="zstd")
        self.writers[layer].write_table(pa.Table.from_pylist(self.rows.pop(layer), schema=LAYER_SCHEMA))

    def __enter__(self) -> LayerBuffers:
        return self

    def __exit__(self, *exc: object) -> None:
        for layer in list(self.rows):
            self._flush(layer)
        for writer in self.writers.values():
            writer.close()
