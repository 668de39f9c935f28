"""A compressed input is read as the file it holds (issue 15: a KDE help cache ships as
``index.cache.bz2`` and had to be bunzip2-ed by hand): ``x.html.gz``, ``x.cache.bz2``, ``x.txt.xz``,
``x.jsonl.bz2`` read as their inner names say; a damaged archive is one rejected record that says so,
and a bomb is bounded by ``limits.max_doc_bytes`` as a plain file is. The files are written here;
expected texts by hand."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma

import pytest
from test_web_help_cache import CACHE

from conftest import rows

pytest.importorskip("trafilatura")

PAGE = (
    "<html><head><title>Заметки</title></head><body><article><h1>Сжатая страница</h1>"
    "<p>Эта страница лежит в архиве gzip, и читатель открывает её как обычную страницу HTML, "
    "не распаковывая файл вручную.</p></article></body></html>"
)
NOTE = "Заметка в архиве xz читается как обычный текстовый файл.\n"
RECORD = '{"text": "Запись в архиве bzip2 читается как строка JSONL."}\n'


def _texts(corpus) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for source, text in rows(corpus, "SELECT source, text FROM documents ORDER BY source, position"):
        found.setdefault(source.rsplit("/", 1)[-1], []).append(text)
    return found


def test_compressed_files_read_as_their_inner_format(build, tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "index.cache.bz2").write_bytes(bz2.compress(CACHE.encode()))
    (tmp_path / "note.txt.xz").write_bytes(lzma.compress(NOTE.encode()))
    (tmp_path / "dump.jsonl.bz2").write_bytes(bz2.compress(RECORD.encode()))
    corpus = build([tmp_path], dedup={"exact": False, "near": {"enabled": False}})
    texts = _texts(corpus)
    assert texts["page.html.gz"] == [
        "Сжатая страница\n\nЭта страница лежит в архиве gzip, и читатель открывает её как обычную "
        "страницу HTML, не распаковывая файл вручную."
    ]
    assert texts["note.txt.xz"] == [NOTE]  # plain text as written
    assert texts["dump.jsonl.bz2"] == ["Запись в архиве bzip2 читается как строка JSONL."]
    # the help cache's pages, each its own document, as its uncompressed copy reads
    intro, terms = texts["index.cache.bz2"]
    assert intro.startswith("Глава 1. Введение\n\nПример — это программа для просмотра каталогов")
    assert terms.startswith("Термины\n\nКаталогом здесь называется любая папка")


def test_a_cache_file_that_is_no_help_cache_stays_unsupported(build, tmp_path):
    (tmp_path / "fonts.cache.xz").write_bytes(lzma.compress(b"\x00\x01 binary cache " * 50))
    (tmp_path / "keep.txt").write_text("Обычный текст рядом с кешем.\n")
    corpus = build([tmp_path])
    [(source, reason)] = rows(corpus, "SELECT source, reason FROM rejected")
    assert (source.rsplit("/", 1)[-1], reason) == ("fonts.cache.xz", "unsupported_file_type")


@pytest.mark.parametrize("name", ["broken.txt.bz2", "broken.cache.bz2", "broken.html.xz"])
def test_a_damaged_archive_is_one_rejected_record_not_a_crash(build, tmp_path, name):
    whole = (bz2 if name.endswith(".bz2") else lzma).compress(("Строка текста в архиве. " * 200).encode())
    damaged = whole[:40] + bytes(b ^ 0x5A for b in whole[40:80]) + whole[80:]
    (tmp_path / name).write_bytes(damaged)
    corpus = build([tmp_path / name])
    [(step, reason, detail)] = rows(corpus, "SELECT step, reason, detail FROM rejected")
    assert (step, reason) == ("read", "corrupt_file")
    assert "is damaged" in detail and "fetch the file again" in detail


@pytest.mark.parametrize("codec", [bz2, lzma, gzip], ids=["bz2", "xz", "gz"])
def test_a_decompression_bomb_is_bounded_by_the_size_limit(build, tmp_path, codec):
    """200 MB of one letter, a few hundred bytes compressed: rejected as ``too_large`` after reading
    the limit and one byte more, as a plain file over the limit is."""
    bomb = codec.compress(b"a" * 200_000_000)
    assert len(bomb) < 200_000
    suffix = {bz2: "bz2", lzma: "xz", gzip: "gz"}[codec]
    path = tmp_path / f"bomb.txt.{suffix}"
    path.write_bytes(bomb)
    corpus = build([path], limits={"max_doc_bytes": 100_000})
    [(reason, detail)] = rows(corpus, "SELECT reason, detail FROM rejected")
    assert reason == "too_large"
    assert detail.startswith("100,001 bytes > limit 100,000")


def test_bzip2_and_xz_decoders_hand_out_bounded_chunks_and_check_the_end():
    from sloika.pipelines.compressed import CHUNK, TruncatedFile, decompressed_chunks

    for codec, name in ((bz2, "bzip2"), (lzma, "xz")):
        first = codec.compress(b"b" * (5 * CHUNK))
        data = first + codec.compress(b"second stream\n")
        chunks = list(decompressed_chunks(io.BytesIO(data), name))
        assert max(map(len, chunks)) <= CHUNK
        assert b"".join(chunks) == b"b" * (5 * CHUNK) + b"second stream\n"
        with pytest.raises(TruncatedFile):
            list(decompressed_chunks(io.BytesIO(first[: len(first) // 2]), name))
