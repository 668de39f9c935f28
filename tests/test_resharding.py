"""One big compressed (or remote) JSONL file, all workers: a first stage decodes it into plain shards
and the reader reads the shards as pieces of the file. Every re-sharded read is compared with the
plain read of the same file (ids, texts, positions, verdicts), and damaged files fall back to it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import zstandard
from test_splitting import jsonl_lines, records

from sloika.pipelines import resharding, splitting
from sloika.pipelines.inputs import InputFile
from sloika.pipelines.readers import SourceReader
from sloika.pipelines.resharding import ReshardInputs, expand_resharded, plan_resharding, reshard_pieces

from conftest import assert_conserved, rows

COMPRESS = {"gzip": (".gz", gzip.compress), "zstd": (".zst", lambda data: zstandard.compress(data, 3))}


def compressed_file(tmp_path, data: bytes, codec: str) -> InputFile:
    suffix, compress = COMPRESS[codec]
    path = tmp_path / f"big.jsonl{suffix}"
    path.write_bytes(compress(data))
    return InputFile(str(path), "jsonl", codec, "article", "text", path.stat().st_size)


def resharded_read(tmp_path, file: InputFile, shards: int) -> tuple[list[splitting.Piece], list[tuple]]:
    """Run the re-sharding step on ``file`` and read what it wrote, as the build's reader does."""
    pieces, jobs = reshard_pieces([file], [[splitting.whole_file(file)]], {file.path: shards}, tmp_path / "s")
    list(ReshardInputs(jobs).run())
    expanded = expand_resharded(pieces)
    return expanded, records(SourceReader([], 5_000), file, expanded)


@pytest.mark.parametrize("codec", ["gzip", "zstd"])
@pytest.mark.parametrize("shards", [2, 7])
def test_shards_read_like_the_compressed_file(tmp_path, codec, shards):
    lines = jsonl_lines() * 40  # ~1.6 MB decoded: several 1 MB chunks to cut between
    data = b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n\n  \n" + b'{"text": "last, without a newline"}'
    file = compressed_file(tmp_path, data, codec)
    pieces, split = resharded_read(tmp_path, file, shards)
    assert 2 <= len(pieces) <= shards and all(piece.shard for piece in pieces)
    # the shards are the decoded bytes, cut after newlines, each knowing its first line's number
    shard_bytes = [Path(piece.shard).read_bytes() for piece in pieces]
    assert b"".join(shard_bytes) == data
    assert all(part.endswith(b"\n") for part in shard_bytes[:-1])
    for piece, before in zip(pieces, [b"".join(shard_bytes[:k]) for k in range(len(pieces))], strict=True):
        assert piece.first_position == before.count(b"\n")
    whole = records(SourceReader([], 5_000), file, [splitting.whole_file(file)])
    assert sorted(split) == sorted(whole)  # same ids, texts, positions and verdicts
    assert len(whole) == len([line for line in data.split(b"\n") if line.strip()])
    assert {reason for *_, reason in whole} >= {"broken_json", "not_an_object", "invalid_utf8", "too_large"}


def test_a_damaged_or_binary_file_is_read_whole(tmp_path):
    (tmp_path / "cut").mkdir()
    path = tmp_path / "cut" / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(b"\n".join(jsonl_lines() * 40) + b"\n")[:-5000])
    cut = InputFile(str(path), "jsonl", "gzip", "article", "text", path.stat().st_size)
    pieces, split = resharded_read(tmp_path / "cut", cut, 4)
    assert pieces == [splitting.whole_file(cut)]  # the reader meets the cut itself and records it
    assert split[-1][3] == "truncated_file" and len(split) > 100
    (tmp_path / "bin").mkdir()
    binary = compressed_file(tmp_path / "bin", b"\0\1\2\n" * 400_000, "zstd")
    pieces, split = resharded_read(tmp_path / "bin", binary, 4)
    assert pieces == [splitting.whole_file(binary)]
    assert [reason for *_, reason in split] == ["binary_file"]


def test_only_big_files_the_scan_left_whole_are_planned(monkeypatch):
    def jsonl(path: str, size: int, compression: str | None = "gzip") -> InputFile:
        return InputFile(path, "jsonl", compression, "article", "text", size)

    big, small, plain = (
        jsonl("big.jsonl.gz", 200 << 20),
        jsonl("small.jsonl.gz", 1 << 20),
        jsonl("a.jsonl", 300 << 20, None),
    )
    remote = jsonl("s3://b/r.jsonl", 100 << 20, None)
    files = [big, small, plain, remote]
    size = splitting.piece_bytes(files, 2)  # 2 workers: ~75 MB pieces
    pieces = [[splitting.whole_file(f)] for f in files]
    pieces[2] = [splitting.whole_file(plain)] * 4  # split in place by the scan
    assert plan_resharding(files, pieces, size) == {"big.jsonl.gz": 3, "s3://b/r.jsonl": 2}
    assert plan_resharding(files, pieces, splitting.piece_bytes(files, 1)) == {}  # one worker: never
    monkeypatch.setattr(resharding, "MIN_RESHARD_BYTES", 1 << 30)
    assert plan_resharding(files, pieces, size) == {}


@pytest.mark.slow
def test_one_gzip_file_builds_on_every_worker_with_the_same_corpus(build, tmp_path, monkeypatch):
    data = b"\n".join(jsonl_lines()) + b"\n"
    path = tmp_path / "one.jsonl.gz"
    path.write_bytes(gzip.compress(data))
    single = build([path], name="single", workers=1)
    monkeypatch.setattr(splitting, "MIN_PIECE_BYTES", 4096)
    monkeypatch.setattr(resharding, "MIN_RESHARD_BYTES", 0)
    split = build([path], name="split", workers=2)
    manifest = assert_conserved(split)
    assert manifest["tasks"] == 2
    assert (split / "logs" / "reshard").is_dir(), "the re-sharding stage ran"
    stats = json.loads((split / "logs" / "reshard" / "stats.json").read_text())
    assert "shards" in json.dumps(stats)
    query = "SELECT id, text, position FROM documents ORDER BY id"
    assert rows(split, query) == rows(single, query)
    query = "SELECT id, reason, position FROM rejected ORDER BY id"
    assert rows(split, query) == rows(single, query)
