"""One big file, all workers: JSONL cut into newline-aligned byte ranges, Parquet into row groups, WARC
streamed record by record. Every split read is compared with the unsplit read of the same file."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sloika.pipelines import splitting
from sloika.pipelines.inputs import InputFile
from sloika.pipelines.readers import SourceReader
from sloika.verdicts import rejection

from conftest import DATA, rows, warc_archive

PARAGRAPHS = [
    p
    for p in (DATA / "rust_book").rglob("*.md")
    for p in p.read_text(encoding="utf-8").split("\n\n")
    if len(p) > 40
][:300]


def jsonl_lines() -> list[bytes]:
    """Real paragraphs as records, with the lines a reader must still account for: blank lines,
    broken JSON, a JSON array, bad UTF-8, a record without text and a very long record."""
    lines = [json.dumps({"text": p, "n": i}, ensure_ascii=False).encode() for i, p in enumerate(PARAGRAPHS)]
    lines[3:3] = [b"", b"   "]
    lines[10] = b'{"text": "broken'
    lines[20] = b"[1, 2, 3]"
    lines[30] = b'{"text": "caf\xe9"}'
    lines[40] = b'{"title": "no text"}'
    lines[50] = json.dumps({"text": " ".join(PARAGRAPHS[:60])}, ensure_ascii=False).encode()  # > 5 kB
    return lines


def records(reader: SourceReader, file: InputFile, pieces: list[splitting.Piece]) -> list[tuple]:
    found = []
    for piece in pieces:
        for doc in reader.read_file(file, piece):
            verdict = rejection(doc)
            found.append((doc.id, doc.text, doc.metadata["position"], verdict and verdict.reason))
    return found


def jsonl_file(path, data: bytes) -> InputFile:
    path.write_bytes(data)
    return InputFile(str(path), "jsonl", None, "article", "text", len(data))


@pytest.mark.parametrize("size", [1, 200, 4096, 10**9])
@pytest.mark.parametrize("ending", [b"\n", b""])
def test_jsonl_pieces_read_like_the_whole_file(tmp_path, size, ending):
    data = b"\xef\xbb\xbf" + b"\n".join(jsonl_lines()) + ending
    file = jsonl_file(tmp_path / "big.jsonl", data)
    fingerprint, pieces = splitting.scan_input(file, size)
    assert size > len(data) or len(pieces) > 1
    # the ranges tile the file, each starts after a newline, and knows its line number
    assert pieces[0].start == 0 and pieces[-1].stop is None
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert before.stop == after.start and data[after.start - 1 : after.start] == b"\n"
    for piece in pieces:
        assert piece.first_position == data[: piece.start].count(b"\n")
    assert fingerprint == splitting.scan_input(file, 0)[0]

    reader = SourceReader([], 5_000)
    whole = records(reader, file, [splitting.whole_file(file)])
    split = records(reader, file, pieces)
    assert sorted(split) == sorted(whole)  # same ids, texts, positions and verdicts
    assert len(split) == len(whole) == len(data.split(b"\n")) - 2 - (ending == b"\n")  # blank lines: none
    # the positions are the lines' numbers in the file
    lines = data.split(b"\n")
    for _, text, position, reason in whole:
        if reason is None:
            assert json.loads(lines[position].removeprefix(b"\xef\xbb\xbf"))["text"] == text
    assert {reason for *_, reason in whole} >= {"broken_json", "not_an_object", "invalid_utf8", "too_large"}


def test_a_binary_or_blank_head_keeps_the_file_whole(tmp_path):
    binary = jsonl_file(tmp_path / "binary.jsonl", b"\0\1\2\n" * 5000)
    assert len(splitting.scan_input(binary, 100)[1]) == 1
    blank = jsonl_file(tmp_path / "blank.jsonl", b"\n" * (splitting.CHUNK + 10) + b'{"text": "x"}\n')
    assert len(splitting.scan_input(blank, 100)[1]) == 1
    compressed = InputFile(str(binary.path), "jsonl", "gzip", "article", "text", binary.size)
    assert len(splitting.scan_input(compressed, 100)[1]) == 1


def test_pieces_are_dealt_evenly():
    from sloika.pipelines.readers import shard_pieces

    file = InputFile("a.jsonl", "jsonl", None, "article", "text", 1000)
    pieces = [splitting.Piece(file, i, i * 100, (i + 1) * 100, i, 100) for i in range(10)]
    shards = [shard_pieces(pieces, rank, 2) for rank in range(2)]
    assert sorted(p.index for shard in shards for p in shard) == list(range(10))
    assert [len(shard) for shard in shards] == [5, 5]


def test_parquet_row_groups_read_like_the_whole_file(tmp_path):
    path = tmp_path / "big.parquet"
    table = pa.table({"text": PARAGRAPHS, "n": list(range(len(PARAGRAPHS)))})
    pq.write_table(table, path, row_group_size=37)
    file = InputFile(str(path), "parquet", None, "article", "text", path.stat().st_size)
    _, pieces = splitting.scan_input(file, 2000)
    assert len(pieces) > 2
    assert [p.first_position for p in pieces] == [37 * p.start for p in pieces]
    reader = SourceReader([], 10_000_000)
    whole = records(reader, file, [splitting.whole_file(file)])
    assert sorted(records(reader, file, pieces)) == sorted(whole)
    assert [text for _, text, _, _ in sorted(whole, key=lambda r: r[2])] == PARAGRAPHS


def test_a_parquet_file_without_its_text_column_is_not_split(tmp_path):
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"body": PARAGRAPHS}), path, row_group_size=10)
    file = InputFile(str(path), "parquet", None, "article", "text", path.stat().st_size)
    assert len(splitting.scan_input(file, 100)[1]) == 1


def test_piece_size_follows_the_workers():
    files = [InputFile("a.jsonl", "jsonl", None, "article", "text", 1 << 30)]
    assert splitting.piece_bytes(files, 1) == 0  # one worker: nothing to split for
    assert splitting.piece_bytes(files, 2) == (1 << 30) // 8
    small = [InputFile("a.jsonl", "jsonl", None, "article", "text", 1 << 20)]
    assert splitting.piece_bytes(small, 2) == splitting.MIN_PIECE_BYTES


@pytest.mark.slow
def test_one_jsonl_file_builds_on_every_worker_with_the_same_corpus(build, tmp_path, monkeypatch):
    data = b"\n".join(jsonl_lines()) + b"\n"
    path = tmp_path / "one.jsonl"
    path.write_bytes(data)
    single = build([path], name="single", workers=1)
    monkeypatch.setattr(splitting, "MIN_PIECE_BYTES", 4096)
    split = build([path], name="split", workers=2)
    manifest = json.loads((split / "manifest.json").read_text())
    assert manifest["tasks"] == 2
    query = "SELECT id, text, position FROM documents ORDER BY id"
    assert rows(split, query) == rows(single, query)
    query = "SELECT id, reason, position FROM rejected ORDER BY id"
    assert rows(split, query) == rows(single, query)


def warc(pages: list[str], gzip: bool = False) -> bytes:
    html = [f"<html><body><article><p>{page}</p></article></body></html>".encode() for page in pages]
    return warc_archive(html, gzip=gzip, requests=True)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_larger_than_max_doc_bytes_is_read_record_by_record(build, tmp_path, name):
    pytest.importorskip("warcio")
    pages = [" ".join(PARAGRAPHS[i * 5 : i * 5 + 5]) for i in range(12)]
    data = warc(pages, gzip=name.endswith(".gz"))
    limit = max(len(p.encode()) for p in pages) + 1000
    assert len(data) > 5 * limit  # read whole, the archive would be too_large
    (tmp_path / name).write_bytes(data)
    corpus = build(
        [tmp_path / name], limits={"max_doc_bytes": limit}, dedup={"exact": False, "near": {"enabled": False}}
    )
    kept = rows(
        corpus, "SELECT position, json_extract_string(metadata, '$.fields.url') FROM documents ORDER BY 1"
    )
    lost = rows(corpus, "SELECT position, reason FROM rejected ORDER BY 1")
    # one record per response record (the request records between them are skipped), each judged on
    # its own: a page trafilatura finds no main text in is that page's record, not the archive's
    assert sorted([p for p, _ in kept] + [p for p, _ in lost]) == [2 * i for i in range(len(pages))]
    assert all(url == f"https://example.org/{p // 2}" for p, url in kept) and len(kept) >= len(pages) - 2
    assert {reason for _, reason in lost} <= {"no_main_text"}
