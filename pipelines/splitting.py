"""Pieces of big inputs, so that one large file keeps every worker busy.

A build's tasks are dealt pieces, not files. A plain JSONL file is cut into byte ranges that start
right after a newline; a Parquet file into runs of row groups; anything else (compressed, PDF,
WARC, ...) stays one piece. Each piece knows the position (line or row number) of its first
record, so the documents of a split file get the same ids and positions as an unsplit read.

The newlines are counted while the build reads every byte anyway, for the input fingerprint
(``scan_input``): one pass, no second read. A JSONL file is not split when its first piece holds a
NUL byte (the reader may judge the whole file binary) or only whitespace (it may be empty).
"""

from __future__ import annotations

from dataclasses import dataclass

import fsspec
import xxhash

from sloika.corpora.storage import is_remote
from sloika.pipelines.inputs import InputFile

CHUNK = 1 << 20
PIECES_PER_WORKER = 4  # more pieces than workers, so the largest-first deal comes out even
MIN_PIECE_BYTES = 1 << 20  # smaller pieces are not worth their open and seek
MAX_PIECE_BYTES = 256 << 20


@dataclass(frozen=True)
class Piece:
    """Part of one input file: a JSONL byte range or a Parquet row-group range (``stop`` None: to
    the end); ``first_position`` is the position of its first record in the whole file."""

    file: InputFile
    index: int = 0
    start: int = 0
    stop: int | None = None
    first_position: int = 0
    weight: int = 0  # bytes, for dealing pieces to tasks
    shard: str | None = None  # a plain JSONL shard to read instead of the file (pipelines.resharding)
    resharded: str | None = None  # the index of shards the re-sharding stage writes for this file

    @property
    def whole(self) -> bool:
        return self.index == 0 and self.stop is None


def whole_file(file: InputFile) -> Piece:
    return Piece(file, weight=file.size)


def piece_bytes(files: list[InputFile], workers: int) -> int:
    """How big a piece should be: about ``PIECES_PER_WORKER`` per worker over all the input, within
    [``MIN_PIECE_BYTES``, ``MAX_PIECE_BYTES``]; with one worker nothing is split (0)."""
    if workers <= 1:
        return 0
    total = sum(file.size for file in files)
    return min(max(total // (workers * PIECES_PER_WORKER), MIN_PIECE_BYTES), MAX_PIECE_BYTES)


def scan_input(file: InputFile, size: int) -> tuple[dict[str, str | None], list[Piece]]:
    """(the file's fingerprint, its pieces of about ``size`` bytes) from one read: ``xxh3_64`` of its
    bytes. A path with a ``problem`` is never opened (fingerprint None, one piece). A remote object is
    not read either: its fingerprint is the store's checksum (``remote_fingerprint``), so the build's
    readers download it once; a big remote JSONL is cut by the re-sharding stage instead
    (``sloika.pipelines.resharding``)."""
    if file.problem:
        return {"xxh3_64": None}, [whole_file(file)]
    if is_remote(file.path) and (fingerprint := remote_fingerprint(file.path)):
        parquet = size > 0 and file.size > size and file.format == "parquet"
        return fingerprint, _parquet_pieces(file, size) if parquet else [whole_file(file)]
    xxh3, pieces = _scan(file, size)
    return {"xxh3_64": xxh3}, pieces


def remote_fingerprint(path: str) -> dict[str, str | None] | None:
    """The checksum an object store keeps for ``path`` (S3's ETag, GCS's crc32c or md5, Azure's
    etag) and its version, from one metadata request; None when the store keeps none (plain HTTP),
    then the bytes are hashed."""
    fs, where = fsspec.core.url_to_fs(path)
    info = fs.info(where)
    for key in ("ETag", "etag", "crc32c", "md5Hash", "checksum", "blob_id"):
        if info.get(key):
            version = info.get("VersionId") or info.get("generation") or info.get("version_id")
            return {"xxh3_64": None, "checksum": f"{key}:{str(info[key]).strip(chr(34))}", "version": version}
    return None


def _scan(file: InputFile, size: int) -> tuple[str, list[Piece]]:
    split = size > 0 and file.size > size and file.compression is None
    if split and file.format == "jsonl":
        return _scan_jsonl(file, size)
    digest = xxhash.xxh3_64()
    with fsspec.open(file.path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    pieces = _parquet_pieces(file, size) if split and file.format == "parquet" else [whole_file(file)]
    return digest.hexdigest(), pieces


def _scan_jsonl(file: InputFile, size: int) -> tuple[str, list[Piece]]:
    """Cut after the first newline at or past every ``size`` bytes, counting the lines before it."""
    digest = xxhash.xxh3_64()
    cuts: list[tuple[int, int]] = [(0, 0)]  # (byte offset, lines before it)
    offset = lines = 0
    splittable = True
    with fsspec.open(file.path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if offset == 0 and not chunk.strip():
                splittable = False  # it may hold no record: the reader records the empty file
            while splittable:
                at = max(cuts[-1][0] + size - 1 - offset, 0)
                found = chunk.find(b"\n", at) if at < len(chunk) else -1
                if found < 0:
                    break
                if len(cuts) == 1 and b"\0" in chunk[: found + 1]:
                    splittable = False  # the reader may judge the whole file binary by its head
                    break
                cuts.append((offset + found + 1, lines + chunk.count(b"\n", 0, found + 1)))
            if len(cuts) == 1 and b"\0" in chunk:
                splittable = False
            lines += chunk.count(b"\n")
            offset += len(chunk)
    cuts = [cut for cut in cuts if cut[0] < offset] if splittable else cuts[:1]
    stops = [start for start, _ in cuts[1:]] + [None]
    return digest.hexdigest(), [
        Piece(file, i, start, stop, first, (offset if stop is None else stop) - start)
        for i, ((start, first), stop) in enumerate(zip(cuts, stops, strict=True))
    ]


def _parquet_pieces(file: InputFile, size: int) -> list[Piece]:
    """Runs of whole row groups of about ``size`` compressed bytes; one piece when the footer can't
    be read or the text column is missing or doubled (the reader records that once, for the file)."""
    import pyarrow.parquet as pq

    try:
        with fsspec.open(file.path, "rb") as handle:
            meta = pq.ParquetFile(handle).metadata
            names = meta.schema.to_arrow_schema().names
    except Exception:  # noqa: BLE001 - the reader reads the file whole and records what is wrong
        return [whole_file(file)]
    if names.count(file.text_key) != 1 or meta.num_row_groups < 2:
        return [whole_file(file)]
    pieces: list[Piece] = []
    start = rows = first = weight = 0
    for group in range(meta.num_row_groups):
        row_group = meta.row_group(group)
        weight += sum(row_group.column(c).total_compressed_size for c in range(row_group.num_columns))
        rows += row_group.num_rows
        if weight >= size or group == meta.num_row_groups - 1:
            stop = group + 1 if group < meta.num_row_groups - 1 else None
            pieces.append(Piece(file, len(pieces), start, stop, first, weight))
            start, first, weight = group + 1, rows, 0
    if len(pieces) == 1:
        return [whole_file(file)]
    return pieces
