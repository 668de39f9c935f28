"""``sloika export pretrain``: a corpus → tokenised shards for pretraining, in two formats at once.

* ``flat/shard-NNNNN.bin`` + ``.idx.npy``: raw little-endian tokens and document start offsets
  (nanoGPT style: a memory-mapped token array; the .idx.npy is NumPy, not Megatron's MMIDIDX
  index; docs/exports.md). Beside them ``tokenizer.json`` and its ``tokenizer_config.json``.
* ``datatrove/``: the files datatrove's ``DocumentTokenizer`` writes (``.ds``, ``.ds.index``,
  ``.ds.metadata``), written by datatrove's own ``TokenizedFile``, so nanotron's datatrove datasets
  read them unchanged.

``--render unpacked`` renders each document with ``sloika.annotators.render.render_unpacked`` (the
notes of its ``unpacking`` layer written in after their paragraphs) before tokenising.

Both come from one tokenisation pass: documents stream out of DuckDB in batches (corpus order, or a
seeded shuffle), ``tokenizers`` encodes each batch on ``workers`` threads, every document is
followed by the EOS id, and a shard closes before the document that would overflow
``max_tokens_per_shard`` (a longer document gets a shard of its own: documents are never cut).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from sloika.annotators.render import render_unpacked
from sloika.annotators.unpacked_text import UNPACKED_LAYERS
from sloika.config import ConfigError
from sloika.console import progress
from sloika.corpora.catalog import connect
from sloika.corpora.export_provenance import ExportFolder, check_export_out, existing_layers, provenance
from sloika.corpora.manifest import load_manifest
from sloika.corpora.tokenizer_sources import ExportTokenizer, load_export_tokenizer

DEFAULT_MAX_TOKENS_PER_SHARD = 1 << 30  # 4 GiB of uint32: large enough that most exports are one shard
BATCH_DOCUMENTS = 1000


@dataclass
class PretrainOptions:
    tokenizer: str | None = None
    train_vocab_size: int | None = None
    eos_token: str | None = None
    render: str = "plain"  # plain | unpacked
    layers: tuple[str, ...] = UNPACKED_LAYERS
    shuffle_seed: int | None = None
    max_tokens_per_shard: int = DEFAULT_MAX_TOKENS_PER_SHARD
    workers: int = 1
    datatrove: bool = True
    overwrite: bool = False


def document_texts(corpus: str | Path, options: PretrainOptions, layers: list[str]) -> Iterator[list[str]]:
    """Batches of training texts, in corpus order (source, position) or in a shuffle fixed by the
    seed (md5 of id and seed: the same order on every machine and DuckDB version)."""
    con = connect(corpus)
    if options.shuffle_seed is None:
        order = "d.source, d.position"
    else:
        order = f"md5(d.id || ':' || '{int(options.shuffle_seed)}')"
    if options.render == "unpacked" and layers:
        union = " UNION ALL ".join(
            f"SELECT '{name}' AS layer, doc_id, start, \"end\", label, attrs FROM {name}" for name in layers
        )
        sql = f"""
            SELECT d.text, d.lang, s.spans FROM documents d
            LEFT JOIN (SELECT doc_id, list({{'layer': layer, 'start': start, 'end': "end",
                                             'label': label, 'attrs': attrs}}) AS spans
                       FROM ({union}) GROUP BY doc_id) s ON s.doc_id = d.id
            ORDER BY {order}"""
    else:
        sql = f"SELECT d.text FROM documents d ORDER BY {order}"
    reader = con.sql(sql).to_arrow_reader(BATCH_DOCUMENTS)
    for batch in reader:
        if batch.num_rows == 0:
            continue
        texts = batch.column("text").to_pylist()
        if "spans" in batch.schema.names:
            langs, spans = batch.column("lang").to_pylist(), batch.column("spans").to_pylist()
            texts = [
                render_unpacked(t, _by_layer(s), lang) for t, lang, s in zip(texts, langs, spans, strict=True)
            ]
        yield texts


def _by_layer(spans: list[dict[str, Any]] | None) -> dict[str, list[dict[str, Any]]]:
    layers: dict[str, list[dict[str, Any]]] = {}
    for span in spans or []:
        layers.setdefault(span["layer"], []).append(span)
    return layers


@dataclass
class ShardWriter:
    """Writes token batches into numbered shards of both formats, cutting only between documents."""

    out: Path
    dtype: np.dtype
    max_tokens: int
    tokenizer_name: str
    datatrove: bool
    shards: list[dict[str, Any]] = field(default_factory=list)
    _tokens: Any = None
    _starts: list[int] = field(default_factory=list)
    _n_tokens: int = 0
    _datatrove_file: Any = None

    def __post_init__(self) -> None:
        (self.out / "flat").mkdir(parents=True)
        if self.datatrove:
            (self.out / "datatrove").mkdir()

    def _open(self) -> None:
        number = len(self.shards)
        self._tokens = open(self.out / "flat" / f"shard-{number:05d}.bin", "wb")  # noqa: SIM115
        self._starts, self._n_tokens = [], 0
        if self.datatrove:
            from datatrove.pipeline.tokens.tokenizer import TokenizedFile, get_output_filename

            self._datatrove_file = TokenizedFile(
                str(self.out / "datatrove"),
                get_output_filename(None, 0, "tokenized", sub_rank=number),
                tokenizer_name_or_path=self.tokenizer_name,
                save_final_metadata=True,
                token_size=self.dtype.itemsize,
            )
        self.shards.append({})

    def _close(self) -> None:
        self._tokens.close()
        number = len(self.shards) - 1
        index = np.asarray(self._starts + [self._n_tokens], dtype=np.int64)
        np.save(self.out / "flat" / f"shard-{number:05d}.idx.npy", index, allow_pickle=False)
        if self._datatrove_file is not None:
            self._datatrove_file.close()
        self.shards[-1] = {
            "tokens": f"flat/shard-{number:05d}.bin",
            "index": f"flat/shard-{number:05d}.idx.npy",
            "n_tokens": self._n_tokens,
            "n_documents": len(self._starts),
        }
        self._tokens = None

    def write(self, tokens: np.ndarray, lengths: np.ndarray) -> None:
        """``tokens``: the documents of a batch back to back (EOS included); ``lengths``: each one's size."""
        ends = np.cumsum(lengths)
        first = 0
        while first < len(lengths):
            if self._tokens is None:
                self._open()
            room = self.max_tokens - self._n_tokens
            base = ends[first - 1] if first else 0
            # documents [first, last) fit in this shard; an empty shard always takes one document
            last = int(np.searchsorted(ends, base + room, side="right"))
            if last == first and self._n_tokens == 0:
                last = first + 1
            if last > first:
                chunk = tokens[base : ends[last - 1]]
                self._tokens.write(chunk.tobytes())
                doc_ends = (ends[first:last] - base).tolist()
                self._starts.extend([self._n_tokens] + [self._n_tokens + e for e in doc_ends[:-1]])
                if self._datatrove_file is not None:
                    self._datatrove_file.write_bytes(chunk.tobytes(), doc_ends=doc_ends)
                self._n_tokens += len(chunk)
                first = last
            if first < len(lengths):
                self._close()

    def finish(self) -> list[dict[str, Any]]:
        if self._tokens is not None:
            self._close()
        return self.shards


def _encode(
    export: ExportTokenizer, texts: list[str], dtype: np.dtype, threads: int
) -> tuple[np.ndarray, np.ndarray]:
    """Token ids of ``texts``, each followed by EOS, back to back; and each document's length."""
    ids = export.encode_documents(texts, threads)
    lengths = np.fromiter((len(doc) + 1 for doc in ids), dtype=np.int64, count=len(ids))
    ends = np.cumsum(lengths)
    flat = np.empty(int(ends[-1]) if len(ends) else 0, dtype=dtype)
    for end, length, doc in zip(ends.tolist(), lengths.tolist(), ids, strict=True):
        flat[end - length : end - 1] = doc  # one C-level copy per document, not one call per token
    flat[ends - 1] = export.eos_id
    return flat, lengths


def export_pretrain(corpus: str | Path, out: str | Path, options: PretrainOptions) -> dict[str, Any]:
    """Tokenise ``corpus`` into ``out``; returns the export manifest (also written as
    ``out/export_manifest.json``)."""
    if options.render not in ("plain", "unpacked"):
        raise ConfigError(f"--render {options.render!r}: choose plain or unpacked")
    if options.max_tokens_per_shard < 1:
        raise ConfigError("--max-tokens-per-shard must be at least 1")
    if options.workers < 1:
        raise ConfigError("--workers must be at least 1")
    check_export_out(out, options.overwrite, [corpus] + ([options.tokenizer] if options.tokenizer else []))
    # tokenizers encodes a batch on rayon threads; the pool is sized when first used
    os.environ["RAYON_NUM_THREADS"] = str(options.workers)
    os.environ["TOKENIZERS_PARALLELISM"] = "true"
    layers = sorted(set(options.layers) & existing_layers(corpus)) if options.render == "unpacked" else []
    record = provenance(corpus, layers)

    training_texts = None
    if options.train_vocab_size is not None:
        training_texts = (text for batch in document_texts(corpus, options, layers) for text in batch)
    export = load_export_tokenizer(
        options.tokenizer, options.train_vocab_size, training_texts, options.eos_token
    )
    dtype = np.dtype("<u4") if export.vocab_size > np.iinfo(np.uint16).max + 1 else np.dtype("<u2")

    with ExportFolder(out, options.overwrite) as folder:
        export.save(folder.work)
        writer = ShardWriter(
            folder.work, dtype, options.max_tokens_per_shard, "tokenizer.json", options.datatrove
        )
        documents = 0
        kept = load_manifest(corpus).get("counts", {}).get("kept")
        with progress(total=kept, desc="tokenising") as bar:
            for texts in document_texts(corpus, options, layers):
                tokens, lengths = _encode(export, texts, dtype, options.workers)
                writer.write(tokens, lengths)
                documents += len(texts)
                bar.update(len(texts))
        shards = writer.finish()
        manifest = {
            "format": "sloika-pretrain",
            "version": 1,
            "tokenizer": {
                "kind": export.kind,
                "path": "tokenizer.json",
                "vocab_size": export.vocab_size,
                "source": export.source,
            },
            "eos_id": export.eos_id,
            "dtype": "uint32" if dtype.itemsize == 4 else "uint16",
            "flat": shards,
            "datatrove": "datatrove/" if options.datatrove else None,
            "render": options.render,
            "shuffle_seed": options.shuffle_seed,
            "max_tokens_per_shard": options.max_tokens_per_shard,
            "n_documents": documents,
            "n_tokens": sum(shard["n_tokens"] for shard in shards),
            **record,
        }
        folder.write_manifest(manifest)
    return manifest
