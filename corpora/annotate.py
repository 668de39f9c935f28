"""``sloika annotate``: run annotators over a finished corpus and publish one layer each.

    fit corpus-level annotators (terms, topics) over every document, in this process
    ──► datatrove tasks: CorpusDocuments → AnnotateStep → LayerParts (one Parquet part per task)
    ──► per layer: parts merged in (doc_id, start, end, label) order, swapped in as layers/<name>/
        with publish_layer, which records annotator@version and config in the manifest.

Only ``layers/<name>/`` and the manifest's entry for it change: documents and other layers are
never rewritten. The same layers come out for any number of workers.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import yaml
from datatrove.data import Document, DocumentsPipeline
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from pydantic import ValidationError

from sloika.annotators.base import Annotator, make_annotator
from sloika.annotators.steps import AnnotateStep
from sloika.config import AnnotateConfig, ConfigError, explain
from sloika.corpora.layers import LAYER_SCHEMA, check_layer_name, publish_layer
from sloika.corpora.manifest import CorpusError, load_manifest
from sloika.corpora.sql import read_parquet, sql_literal
from sloika.corpora.staging import LayerBuffers, span_rows
from sloika.corpora.storage import is_remote
from sloika.documents import SloikaDocument
from sloika.text.spans import spans

STATE = ".sloika-annotate"  # resumable annotators keep their progress here, inside the corpus


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
                    yield SloikaDocument(text=row["text"], id=row["id"], metadata={"lang": row["lang"]})
                number += 1


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


def make_annotators(layers: list[str], config: AnnotateConfig, state: Path) -> list[Annotator]:
    """Annotators for ``layers`` in the given order, options checked before anything runs."""
    if len(set(layers)) != len(layers):
        raise ConfigError(f"a layer is listed twice: {', '.join(layers)}")
    if not layers:
        raise ConfigError("no layers to produce: give --layers or `layers:` in the config")
    for layer in layers:
        check_layer_name(layer)
    return [make_annotator(layer, config.options.get(layer), state_dir=state / layer) for layer in layers]


def annotate_corpus(
    corpus: str | Path, layers: list[str], config: AnnotateConfig | None = None, workers: int = 1
) -> dict[str, dict[str, Any]]:
    """Produce ``layers`` for the corpus at ``corpus``; returns their manifest entries."""
    if is_remote(corpus):
        raise CorpusError(
            f"{corpus} is on object storage, and annotating adds layers inside the corpus: copy it to "
            "a local folder (e.g. `aws s3 sync` / `gsutil rsync`), annotate that, and upload it back"
        )
    corpus = Path(corpus)
    load_manifest(corpus)
    config = config or AnnotateConfig()
    annotators = make_annotators(layers, config, corpus / STATE)
    work = corpus / f".annotate-{uuid.uuid4().hex[:8]}"
    try:
        fit_corpus_level(corpus, [a for a in annotators if a.corpus_level])
        stats = LocalPipelineExecutor(
            [
                CorpusDocuments(str(corpus)),
                AnnotateStep(annotators, config.batch_size, progress_total=count_documents(corpus)),
                LayerParts(str(work / "parts")),
            ],
            tasks=workers,
            workers=workers,
            logging_dir=str(work / "logs"),
            skip_completed=False,
        ).run()
        counted = layer_counts(stats.stats[1].stats.to_dict() if stats and len(stats.stats) > 1 else {})
        entries = {}
        for annotator in annotators:
            folder = work / "layers" / annotator.layer
            spans, documents = merge_parts(work / "parts" / annotator.layer, folder)
            entry = annotator.describe() | {"produced_by": "annotate", "spans": spans, "documents": documents}
            if annotator.layer in counted:
                entry["counts"] = counted[annotator.layer]
            publish_layer(corpus, annotator.layer, folder, entry)
            entries[annotator.layer] = entry
    except Exception as err:
        raise CorpusError(
            f"annotation failed: {err}\n(task logs are in {work}; delete it when done)"
        ) from err
    shutil.rmtree(work, ignore_errors=True)
    return entries


def fit_corpus_level(corpus: Path, annotators: list[Annotator]) -> None:
    """Fit ``terms``/``topics`` over every document, reading and parsing the corpus once for all of
    them (the first fit parses, the next reuse the parse kept on the documents), with progress."""
    if not annotators:
        return
    from tqdm import tqdm

    total = count_documents(corpus)
    docs: Iterable[Document] = iter_documents(corpus)
    if len(annotators) > 1:
        docs = list(docs)
    for annotator in annotators:
        annotator.fit(tqdm(docs, total=total, desc=f"fit {annotator.layer}", unit="doc", leave=False))


def layer_counts(step_stats: dict[str, Any]) -> dict[str, dict[str, int]]:
    """``{layer: {key: total}}`` from the annotate step's ``layer/key`` stats, summed over tasks."""
    counted: dict[str, dict[str, int]] = {}
    for name, value in step_stats.items():
        if "/" in name:
            layer, key = name.split("/", 1)
            total = value.get("total", 0) if isinstance(value, dict) else value
            counted.setdefault(layer, {})[key] = int(total)
    return counted


def merge_parts(parts: Path, target: Path) -> tuple[int, int]:
    """One sorted Parquet file from the tasks' parts (an empty one if no span was found);
    returns (spans, documents with spans)."""
    target.mkdir(parents=True)
    out = target / "part-00000.parquet"
    files = sorted(parts.glob("*.parquet")) if parts.is_dir() else []
    if not files:
        pq.write_table(LAYER_SCHEMA.empty_table(), out)
        return 0, 0
    sources = read_parquet(files)
    con = duckdb.connect()
    con.execute(
        f'COPY (SELECT * FROM {sources} ORDER BY doc_id, start, "end", label, attrs) '
        f"TO {sql_literal(out)} (FORMAT parquet, COMPRESSION zstd)"
    )
    return con.execute(f"SELECT count(*), count(DISTINCT doc_id) FROM {sources}").fetchone()


def build_step(config: AnnotateConfig, stage: Path) -> AnnotateStep | None:
    """The build's annotation step for the document-level layers of ``config.layers`` (spans are
    staged with the kept documents); corpus-level layers run after the build (``after_build``)."""
    annotators = [
        a for a in make_annotators(config.layers, config, stage / "annotate-state") if not a.corpus_level
    ]
    return AnnotateStep(annotators, config.batch_size) if annotators else None


def after_build(corpus: Path, config: AnnotateConfig, workers: int) -> None:
    """Corpus-level layers (terms, topics) need every kept document: run them on the finished corpus
    before it is published."""
    annotators = make_annotators(config.layers, config, corpus / STATE)
    corpus_level = [a.layer for a in annotators if a.corpus_level]
    if corpus_level:
        annotate_corpus(corpus, corpus_level, config, workers)


def load_annotate_config(path: str | None, layers: str | None) -> AnnotateConfig:
    """The ``--config`` file (same shape as a build config's ``annotate:`` section), with
    ``--layers`` taking the place of its ``layers``."""
    raw: dict[str, Any] = {}
    if path:
        if not Path(path).is_file():
            raise ConfigError(f"annotate config {path} not found")
        try:
            raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise ConfigError(f"{path} is not valid YAML: {err}") from err
        if not isinstance(raw, dict):
            raise ConfigError(f"{path} must be a mapping with `layers` and `options`")
    if layers:
        raw["layers"] = layers
    try:
        return AnnotateConfig.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(
            f"invalid annotate config ({path or 'command line'}):\n" + explain(err, AnnotateConfig)
        ) from err
