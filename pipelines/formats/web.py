"""HTML pages and WARC archives, through datatrove's Trafilatura extractor (main text, no boilerplate)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from sloika.pipelines.formats.base import Failed, FormatError, Parsed

MAX_RECORD_BYTES = 50_000_000


def _extractor():
    try:
        from datatrove.pipeline.extractors import Trafilatura

        return Trafilatura(favour_precision=True, deduplicate=False)
    except ImportError as err:  # datatrove checks trafilatura when the step is created
        raise FormatError("missing_dependency", f"{err}; install it: pip install 'sloika[web]'") from err


def _html_text(html: bytes | str) -> str:
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    return _extractor().extract(html) or ""


def parse_html(data: bytes) -> list[Parsed]:
    text = _html_text(data)
    if not text.strip():
        raise FormatError(
            "no_main_text", "trafilatura found no main text in this page (empty, or only boilerplate)"
        )
    return [Parsed(text, [], "article")]


def _missing_bytes(record) -> int:
    """Bytes the record's Content-Length promised but the file doesn't hold (0 for a whole record)."""
    while record.raw_stream.read(1 << 20):
        pass
    return getattr(record.raw_stream, "limit", 0)


def parse_warc(data: bytes | BinaryIO) -> Iterator[Parsed | Failed]:
    """One document per HTML response record; other records (requests, metadata, images) are skipped.

    ``data`` is the archive's bytes or a stream of them: a stream is read record by record, so an
    archive of any size is parsed in the memory of its largest record."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as err:
        raise FormatError("missing_dependency", f"{err}; install it: pip install 'sloika[web]'") from err
    found = 0
    try:
        stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
        for position, record in enumerate(ArchiveIterator(stream)):
            if record.rec_type != "response":
                continue
            content_type = (
                (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            )
            if "html" not in content_type:
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            html = record.content_stream().read(MAX_RECORD_BYTES + 1)
            missing = _missing_bytes(record)
            if len(html) > MAX_RECORD_BYTES and not missing:
                yield Failed(
                    position,
                    html[:65_536].decode("utf-8", errors="replace"),
                    "too_large",
                    f"{url}: the page is over {MAX_RECORD_BYTES:,} bytes of HTML; not extracted",
                )
                continue
            if missing:
                yield Failed(
                    position,
                    html.decode("utf-8", errors="replace"),
                    "truncated_file",
                    f"{url}: the WARC ends inside this record, {missing:,} bytes of its Content-Length "
                    "short; the archive was truncated (the records before it were kept)",
                )
                continue
            text = _html_text(html)
            if text.strip():
                yield Parsed(text, [], "article", position, {"url": url})
            else:
                yield Failed(position, "", "no_main_text", f"{url}: trafilatura found no main text")
    except ArchiveLoadFailed as err:
        raise FormatError("broken_warc", f"{err}; the WARC is damaged or truncated") from err
    if not found:
        raise FormatError("no_html_records", "the WARC holds no HTML response records")
