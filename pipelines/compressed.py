"""Reading gzip, zstd, bzip2 and xz inputs so that a cut or a damaged end is noticed, not taken for the end.

Python's stream readers stop quietly at a truncated zstd frame, and gzip's lose the good records
buffered before a bad ending. Here the codec's own end-of-frame flag (``eof`` of zlib's and
zstandard's decompress objects) is checked when the input runs out: a frame still open is a
``TruncatedFile``, bytes after the last frame that are not another frame are ``TrailingGarbage``.
Both are raised only after every byte decoded before the damage was handed out, so readers keep
the records before it.
"""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from sloika.pipelines.formats.base import FormatError

CHUNK = 1 << 20
GZIP_MAGIC = b"\x1f\x8b"


class TruncatedFile(FormatError):
    """The input ends inside a compressed frame; ``offset`` is where (compressed bytes)."""

    def __init__(self, offset: int, codec: str, why: str | None = None):
        super().__init__(
            "truncated_file",
            f"the {codec} input is cut off at byte {offset:,}: "
            + (
                why
                or "no end-of-frame marker; the file was truncated (an interrupted download or copy?): "
                "fetch it again"
            ),
        )
        self.offset = offset
        self.tail = b""  # decoded bytes of the unfinished record at the cut, set by the line reader


class TrailingGarbage(FormatError):
    def __init__(self, offset: int, size: int, codec: str):
        super().__init__(
            "trailing_garbage",
            f"{size:,} bytes after the end of the {codec} data at byte {offset:,} are not {codec} "
            "(appended junk or a damaged copy); the records before them were kept",
        )
        self.offset = offset


class _Decoder:
    """A stdlib decoder object (``self.decoder``) whose end-of-stream flag and leftover bytes are its own."""

    decoder: zlib._Decompress | bz2.BZ2Decompressor | lzma.LZMADecompressor

    @property
    def eof(self) -> bool:
        return self.decoder.eof

    @property
    def unused_data(self) -> bytes:
        return self.decoder.unused_data


class _Gzip(_Decoder):
    """zlib's gzip decoder with bounded output: a small bomb can't fill the memory in one call."""

    def __init__(self) -> None:
        self.decoder = zlib.decompressobj(wbits=31)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            yield self.decoder.decompress(data, CHUNK)
            data = self.decoder.unconsumed_tail


class _Zstd:
    """zstandard's decoder, fed in slices: one zstd byte expands to at most ~32 KiB (RLE blocks),
    so a slice bounds what one call can produce."""

    SLICE = 4096

    def __init__(self) -> None:
        import zstandard

        self.decoder = zstandard.ZstdDecompressor().decompressobj()

    def feed(self, data: bytes) -> Iterator[bytes]:
        for at in range(0, len(data), self.SLICE):
            if self.decoder.eof:  # the rest belongs to the next frame
                self._unused = data[at:]
                return
            yield self.decoder.decompress(data[at : at + self.SLICE])
        self._unused = b""

    @property
    def eof(self) -> bool:
        return self.decoder.eof

    @property
    def unused_data(self) -> bytes:
        return self.decoder.unused_data + self._unused


class _Buffered(_Decoder):
    """bzip2's and xz's decoders (``bz2``, ``lzma``): they keep the input they have not decoded yet
    themselves, so each call is asked for at most ``CHUNK`` bytes and called again, with no new
    input, until it needs some: a small bomb can't fill the memory in one call."""

    def __init__(self, make: type) -> None:
        self.decoder = make()

    def feed(self, data: bytes) -> Iterator[bytes]:
        yield self.decoder.decompress(data, CHUNK)
        while not self.decoder.eof and not self.decoder.needs_input:
            yield self.decoder.decompress(b"", CHUNK)


DECODERS = {
    "gzip": _Gzip,
    "zstd": _Zstd,
    "bzip2": lambda: _Buffered(bz2.BZ2Decompressor),
    "xz": lambda: _Buffered(lzma.LZMADecompressor),
}
# how each codec's frame (stream) opens: another one may follow the last (pbzip2, concatenated .xz)
FRAME_MAGIC = {"gzip": GZIP_MAGIC, "bzip2": b"BZh", "xz": b"\xfd7zXZ\x00"}


def _starts_frame(data: bytes, compression: str) -> bool:
    if compression in FRAME_MAGIC:
        return data.startswith(FRAME_MAGIC[compression])
    # a zstd frame, or a skippable frame (magic 0x184D2A50..5F)
    return data[:4] == b"\x28\xb5\x2f\xfd" or (data[1:4] == b"\x2a\x4d\x18" and data[0] & 0xF0 == 0x50)


def decompressed_chunks(handle: BinaryIO, compression: str | None) -> Iterator[bytes]:
    """The decoded bytes of ``handle`` in chunks, every frame checked for its end (see module doc)."""
    if compression is None:
        while block := handle.read(CHUNK):
            yield block
        return
    decoder = DECODERS[compression]()
    consumed = 0  # compressed bytes of the frames finished so far
    in_frame = False
    data = handle.read(CHUNK)
    while data:
        in_frame = True
        try:
            for out in decoder.feed(data):
                if out:
                    yield out
        # zstd.ZstdError is a RuntimeError; bz2 raises OSError ("Invalid data stream")
        except (zlib.error, lzma.LZMAError, OSError, ValueError, RuntimeError) as err:
            raise FormatError(
                "corrupt_file",
                f"the {compression} data is damaged after byte {consumed:,} ({err}); fetch the file again",
            ) from err
        if not decoder.eof:
            consumed += len(data)
            data = handle.read(CHUNK)
            continue
        rest = decoder.unused_data
        consumed += len(data) - len(rest)
        in_frame = False
        rest = rest or handle.read(CHUNK)
        if rest and not _starts_frame(rest, compression):
            if not rest.strip(b"\0") and not _rest(handle, zeros_only=True):
                return  # zero padding after the last frame (block devices, tapes): gzip(1) accepts it
            raise TrailingGarbage(consumed, len(rest) + _rest(handle), compression)
        if rest:
            decoder = DECODERS[compression]()
        data = rest
    if in_frame:
        raise TruncatedFile(consumed, compression)


def _rest(handle: BinaryIO, zeros_only: bool = False) -> int:
    """How many bytes are left in ``handle`` (with ``zeros_only``: how many of them are not zero)."""
    left = 0
    while block := handle.read(CHUNK):
        left += len(block.strip(b"\0")) if zeros_only else len(block)
    return left


def verified_lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Lines (with their ``\\n``) of the decoded chunks; at a cut, the unfinished last line goes
    into the error's ``tail`` instead of passing for a complete record."""
    partial = b""
    try:
        for chunk in chunks:
            lines = (partial + chunk).split(b"\n")
            partial = lines.pop()
            for line in lines:
                yield line + b"\n"
    except TruncatedFile as err:
        err.tail = partial
        raise
    if partial:
        yield partial


def read_verified(handle: BinaryIO, compression: str | None, limit: int) -> bytes:
    """Up to ``limit`` decoded bytes; a cut within them raises ``TruncatedFile`` with what was read."""
    parts, size = [], 0
    chunks = decompressed_chunks(handle, compression)
    try:
        for chunk in chunks:
            parts.append(chunk)
            size += len(chunk)
            if size >= limit:
                break
    except TruncatedFile as err:
        err.tail = b"".join(parts)
        raise
    return b"".join(parts)[:limit]


class DecompressedStream(io.RawIOBase):
    """``decompressed_chunks`` as a file to stream from (a WARC, record by record). A cut or damaged
    end reads as the end of the file, so every byte before it is parsed; ``check()`` then raises it.
    Wrap it in ``io.BufferedReader`` for whole reads."""

    def __init__(self, handle: BinaryIO, compression: str | None):
        self._chunks = decompressed_chunks(handle, compression)
        self._rest = memoryview(b"")
        self.error: FormatError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._rest:
            try:
                chunk = next(self._chunks, None)
            except FormatError as err:
                self.error, chunk = err, None
            if chunk is None:
                return 0
            self._rest = memoryview(chunk)
        size = min(len(buffer), len(self._rest))
        buffer[:size] = self._rest[:size]
        self._rest = self._rest[size:]
        return size

    def check(self) -> None:
        """Raise the damage found at the end of the data, if any."""
        if self.error is not None:
            raise self.error
