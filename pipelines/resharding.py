"""Big inputs that can't be split where they lie, re-sharded by a first stage so that every task of
the build has work.

A plain local JSONL file is cut into byte ranges in place (``sloika.pipelines.splitting``). A gzip
or zstd stream can't be: decoding must start at its beginning (gzip members and zstd frames carry no
index of lines). Nor can a remote JSONL object without reading it twice (once to count its lines,
once to parse them). So a big one (``plan_resharding``) is decoded once, by the datatrove step
``ReshardInputs`` on the build's executor, into plain JSONL shards of whole lines in the build's
work folder, each with the line number of its first line. The reader's tasks then read the shards
as pieces of the file: the same ids (source + line number), positions and verdicts as one read of
the file. The shards go when the build's staging folder goes.

A file whose decoding fails (cut, damaged, junk after the end), whose first shard holds a NUL byte
(the reader may judge the whole file binary by its head) or no record at all (it may be empty) is
not re-sharded: its index says so and the file is read whole, as without this stage, so its damage
is recorded exactly as always.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import fsspec
import xxhash
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from sloika.corpora.storage import apply_storage_options, explained, is_remote
from sloika.errors import SloikaError
from sloika.pipelines.compressed import decompressed_chunks
from sloika.pipelines.formats import FormatError
from sloika.pipelines.inputs import InputFile
from sloika.pipelines.resume import die_with_parent
from sloika.pipelines.splitting import Piece, whole_file

MIN_RESHARD_BYTES = 16 << 20  # smaller files are read as they are: one task decodes them in seconds
INDEX = "index.json"


@dataclass(frozen=True)
class Reshard:
    """One file to re-shard into about ``shards`` shards under ``folder``."""

    file: InputFile
    shards: int
    folder: str

    @property
    def index(self) -> str:
        return f"{self.folder}/{INDEX}"


def plan_resharding(files: list[InputFile], pieces: list[list[Piece]], size: int) -> dict[str, int]:
    """{path: how many shards} for each file worth re-sharding: a JSONL file the scan left whole
    (compressed, or remote) that is bigger than a piece of ``size`` bytes (``splitting.piece_bytes``:
    0 with one worker) and than ``MIN_RESHARD_BYTES``. Read as one piece it would keep one task busy
    while the others idle; cut by the compressed bytes read, its shards come out about equal."""
    plan = {}
    for file, file_pieces in zip(files, pieces, strict=True):
        whole = len(file_pieces) == 1 and file.problem is None and file.format == "jsonl"
        unsplittable = file.compression is not None or is_remote(file.path)
        if size > 0 and whole and unsplittable and file.size > max(size, MIN_RESHARD_BYTES):
            plan[file.path] = math.ceil(file.size / size)
    return plan


def reshard_pieces(
    files: list[InputFile], pieces: list[list[Piece]], plan: dict[str, int], folder: Path
) -> tuple[list[Piece], list[Reshard]]:
    """(every piece the reader is dealt, a stand-in for each re-sharded file; the re-sharding jobs,
    their shards under ``folder``)."""
    dealt: list[Piece] = []
    jobs: list[Reshard] = []
    for file, file_pieces in zip(files, pieces, strict=True):
        if file.path not in plan:
            dealt += file_pieces
            continue
        name = xxhash.xxh3_64_hexdigest(file.path.encode("utf-8", "surrogateescape"))
        job = Reshard(file, plan[file.path], str(folder / name))
        jobs.append(job)
        dealt.append(Piece(file, weight=file.size, resharded=job.index))
    return dealt, jobs


def expand_resharded(pieces: list[Piece]) -> list[Piece]:
    """The stand-ins of re-sharded files replaced by their shards (or by the whole file, where the
    stage did not re-shard it). Every task reads the same indexes, so every task deals alike."""
    expanded = []
    for piece in pieces:
        if piece.resharded is None:
            expanded.append(piece)
            continue
        try:
            index = json.loads(Path(piece.resharded).read_text(encoding="utf-8"))
        except FileNotFoundError as err:
            raise SloikaError(
                f"{piece.file.source} was planned for re-sharding but {piece.resharded} is missing: "
                "run the ReshardInputs stage before the reader (sloika build does)"
            ) from err
        if "shards" not in index:
            expanded.append(whole_file(piece.file))
            continue
        expanded += [
            Piece(
                piece.file,
                k,
                first_position=shard["first_position"],
                weight=shard["bytes"],
                shard=shard["path"],
            )
            for k, shard in enumerate(index["shards"])
        ]
    return expanded


class ReshardInputs(PipelineStep):
    """A first stage: task ``rank`` decodes its share of ``jobs`` (largest first) into shards.

    Args:
        jobs: from ``reshard_pieces``.
        storage_options: fsspec options per protocol for remote inputs, as ``SourceReader`` takes them.
    """

    name = "✂️ re-shard"
    type = "📖 - READER"

    def __init__(self, jobs: list[Reshard], storage_options: dict[str, dict] | None = None):
        super().__init__()
        self.jobs = sorted(jobs, key=lambda job: (-job.file.size, job.file.path))
        self.storage_options = storage_options or {}
        self.build_pid = os.getpid()

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        die_with_parent(self.build_pid)
        apply_storage_options(self.storage_options)
        if data:
            yield from data
        for job in self.jobs[rank::world_size]:
            with self.track_time(), explained(job.file.source):
                index = reshard(job)
            self.stat_update("files")
            self.stat_update("shards", value=len(index.get("shards", [])))


class _NotSplittable(Exception):
    pass


class _Counted:
    """A file handle that counts the bytes read from it (compressed bytes, where the shards are cut)."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.consumed += len(data)
        return data


def reshard(job: Reshard) -> dict:
    """Decode ``job.file`` into shards and write their index (last, so a present index means done)."""
    folder = Path(job.folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        index = {"source": job.file.source, "shards": _write_shards(job, folder)}
    except (FormatError, _NotSplittable) as err:  # the reader reads it whole and records what is wrong
        shutil.rmtree(folder)
        folder.mkdir()
        why = f"{err.reason}: {err.detail}" if isinstance(err, FormatError) else str(err)
        index = {"source": job.file.source, "whole": why}
    partial = folder / f"{INDEX}.partial"
    partial.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    partial.replace(folder / INDEX)
    return index


def _write_shards(job: Reshard, folder: Path) -> list[dict]:
    """Shard k ends at the first newline after ``(k + 1) / shards`` of the input was read."""
    step = job.file.size / job.shards
    shards: list[dict] = []
    lines = 0
    out: BinaryIO | None = None
    with fsspec.open(job.file.path, "rb") as raw:
        counted = _Counted(raw)
        try:
            for chunk in decompressed_chunks(counted, job.file.compression):
                at = 0
                while at < len(chunk):
                    if out is None:
                        path = folder / f"{len(shards):05d}.jsonl"
                        shards.append({"path": str(path), "first_position": lines, "bytes": 0})
                        out = open(path, "wb")  # noqa: SIM115 - closed at the cut or at the end
                    due = len(shards) < job.shards and counted.consumed >= step * len(shards)
                    cut = chunk.find(b"\n", at) + 1 if due else 0
                    end = cut or len(chunk)
                    if len(shards) == 1:
                        _check_first(chunk[at:end], cut > 0, shards[0])
                    out.write(chunk[at:end])
                    shards[-1]["bytes"] += end - at
                    lines += chunk.count(b"\n", at, end)
                    at = end
                    if cut:
                        out.close()
                        out = None
        finally:
            if out is not None:
                out.close()
    if not shards:
        raise _NotSplittable("no data")
    shards[0].pop("record", None)
    return shards


def _check_first(part: bytes, last: bool, first: dict) -> None:
    """The first shard must hold a record and no NUL byte (see the module doc)."""
    if b"\0" in part:
        raise _NotSplittable("NUL bytes in the first shard: the reader judges the file by its head")
    first["record"] = first.get("record") or bool(part.strip())
    if last and not first["record"]:
        raise _NotSplittable("no record in the first shard")
