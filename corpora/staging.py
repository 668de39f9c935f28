"""The last step of a build's datatrove pipeline: route each document to kept or rejected Parquet.

Both go to a staging folder, one file per task; the corpus is finished from there in one place
(``sloika.corpora.finish``) once every task is done.
"""

from __future__ import annotations

import orjson
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers.parquet import ParquetWriter

from sloika.corpora.schema import STAGED_KEPT, STAGED_REJECTED, TYPED_KEYS
from sloika.verdicts import clear_mark, rejection


def _metadata_json(doc: Document) -> str:
    extra = {k: v for k, v in clear_mark(doc.metadata).items() if k not in TYPED_KEYS}
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
    meta = doc.metadata
    return _common(doc) | {
        "text_hash": meta.get("text_hash"),
        "minhash_bands": meta.get("minhash_bands"),
        "n_chars": len(doc.text),
    }


def _rejected_row(_writer: ParquetWriter, doc: Document) -> dict:
    verdict = rejection(doc)
    return _common(doc) | {"step": verdict.step, "reason": verdict.reason, "detail": verdict.detail}


class StagingWriter(PipelineStep):
    """Writes kept documents to ``<staging>/kept`` and rejected ones to ``<staging>/rejected``."""

    type = "💽 - WRITER"
    name = "💾 sloika staging"

    def __init__(self, staging_folder: str):
        super().__init__()
        self.kept = ParquetWriter(
            f"{staging_folder}/kept",
            adapter=_kept_row,
            schema=STAGED_KEPT,
            compression="zstd",
            use_content_defined_chunking=False,
        )
        self.rejected = ParquetWriter(
            f"{staging_folder}/rejected",
            adapter=_rejected_row,
            schema=STAGED_REJECTED,
            compression="zstd",
            use_content_defined_chunking=False,
        )

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with self.kept, self.rejected:
            for doc in data:
                target = self.rejected if rejection(doc) else self.kept
                with self.track_time():
                    target.write(doc, rank)
                self.stat_update("rejected" if target is self.rejected else "kept")
                yield doc
