"""A cut or damaged end of a compressed or framed input is reported, and the records before it kept.

Expected counts come from a second decoder (Python's gzip module, zstandard's stream reader,
pyarrow), not from sloika's reader."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from conftest import rows, warc_archive

N = 20_000


def _lines(n: int = N) -> bytes:
    return "".join(
        f'{{"text": "Запись {i}: о сборе корпуса без потерь, число {i * 7919 % 10007}."}}\n' for i in range(n)
    ).encode()


def rejected(corpus: Path) -> list[tuple]:
    return rows(corpus, "SELECT position, step, reason, detail, text FROM rejected ORDER BY position")


def _complete_lines_gzip(data: bytes) -> int:
    """Complete lines Python's gzip module hands out before it notices the cut."""
    count = 0
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
        try:
            for line in handle:
                count += line.endswith(b"\n")
        except EOFError:
            pass
    return count


def _complete_lines_zstd(data: bytes) -> int:
    """zstandard's stream reader stops quietly at a cut: what it gives is what can be decoded."""
    decoded = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    return decoded.count(b"\n")


@pytest.mark.parametrize(
    ("suffix", "compress", "reference", "fraction"),
    [
        (".zst", lambda b: zstandard.ZstdCompressor().compress(b), _complete_lines_zstd, 0.9),
        (".gz", gzip.compress, _complete_lines_gzip, 0.9),
        (".gz", gzip.compress, _complete_lines_gzip, 0.1),  # early cut: still keeps what it can
    ],
)
def test_a_cut_jsonl_keeps_every_whole_record_and_reports_the_cut(
    build, tmp_path, suffix, compress, reference, fraction
):
    whole = compress(_lines())
    cut = whole[: int(len(whole) * fraction)]
    path = tmp_path / f"dump.jsonl{suffix}"
    path.write_bytes(cut)
    corpus = build([path], dedup={"exact": False, "near": {"enabled": False}})
    expected = reference(cut)
    assert expected > 0
    assert rows(corpus, "SELECT count(*) FROM documents") == [(expected,)]
    [(position, step, reason, detail, text)] = rejected(corpus)
    assert (position, step, reason) == (-1, "read", "truncated_file")
    assert f"{expected:,} records read before the cut" in detail
    assert f"byte {len(cut):,}" in detail or "byte " in detail
    assert text.startswith('{"text": "Запись') or text == ""  # the unfinished record, if any


def test_gzip_with_trailing_garbage_keeps_its_records(build, tmp_path):
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(_lines(3)) + b"this is not gzip")
    corpus = build([path])
    assert rows(corpus, "SELECT count(*) FROM documents") == [(3,)]
    [(position, _, reason, detail, _)] = rejected(corpus)
    assert (position, reason) == (-1, "trailing_garbage")
    assert "16 bytes" in detail


def test_multi_member_gzip_and_zero_padding_are_whole(build, tmp_path):
    path = tmp_path / "a.jsonl.gz"
    second = '{"text": "Ещё одна запись, во втором члене gzip."}\n'.encode()
    path.write_bytes(gzip.compress(_lines(2)) + gzip.compress(second) + b"\0" * 512)
    reference = gzip.decompress(path.read_bytes()).count(b"\n")  # gzip(1) semantics
    corpus = build([path], dedup={"exact": False, "near": {"enabled": False}})
    assert rows(corpus, "SELECT count(*) FROM documents") == [(reference,)]
    assert rejected(corpus) == []


def test_a_cut_gzip_text_file_is_one_truncated_record(build, tmp_path):
    whole = gzip.compress(("Длинный текст о корпусах. " * 4000).encode())
    path = tmp_path / "a.txt.gz"
    path.write_bytes(whole[: len(whole) // 2])
    corpus = build([path])
    [(position, _, reason, detail, text)] = rejected(corpus)
    assert (position, reason) == (-1, "truncated_file")
    assert text.startswith("Длинный текст")  # what could be decoded is kept with the record


def test_a_cut_parquet_is_reported_as_truncated(build, tmp_path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"text": [f"Документ {i}" for i in range(100)]}), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 30])
    corpus = build([path])
    [(position, _, reason, detail, _)] = rejected(corpus)
    assert (position, reason) == (-1, "truncated_file")
    assert "footer" in detail


def test_two_parquet_text_columns_are_refused(build, tmp_path):
    path = tmp_path / "a.parquet"
    table = pa.Table.from_arrays([pa.array(["первый"]), pa.array(["второй"])], names=["text", "text"])
    pq.write_table(table, path)
    corpus = build([path])
    [(position, _, reason, detail, _)] = rejected(corpus)
    assert (position, reason) == (-1, "ambiguous_text_column")
    assert "2 columns" in detail


def _warc(records: int, gzip_records: bool) -> bytes:
    pages = []
    for i in range(records):
        body = f"Страница {i} архива рассказывает о сборе корпусов без потерь и с причинами. " * 8
        pages.append(f"<html><body><article><p>{body}</p></article></body></html>".encode())
    return warc_archive(pages, gzip=gzip_records)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_cut_warc_keeps_its_whole_records_and_reports_the_last(build, tmp_path, name):
    pytest.importorskip("warcio")
    data = _warc(3, gzip_records=name.endswith(".gz"))
    path = tmp_path / name
    path.write_bytes(data[: len(data) - 300])
    corpus = build([path], dedup={"exact": False, "near": {"enabled": False}})
    urls = rows(corpus, "SELECT json_extract_string(metadata, '$.fields.url') FROM documents ORDER BY 1")
    assert urls == [("https://example.org/0",), ("https://example.org/1",)]
    assert {r[2] for r in rejected(corpus)} == {"truncated_file"}
