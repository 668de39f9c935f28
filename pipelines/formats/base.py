"""What every structure-keeping reader returns: text plus the spans that describe it.

A format parser is a plain function from a file to ``Parsed`` documents (or ``Failed`` records),
independent of datatrove, so the same parser serves sloika's ``SourceReader`` and the
``FolderReader`` (pipelines/folder_reader.py) for people's own datatrove pipelines. A whole file
that can't be read raises ``FormatError`` with a reason code; the readers turn both into rejected
records.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from typing import Any

from sloika.errors import SloikaError
from sloika.text.scripts import LETTER_RUN
from sloika.text.spans import REMOVED, Edited, Span

STRUCTURE = "structure"
# the removal reason of a page's running head or foot and its folio, whichever reader cut it
PAGE_FURNITURE = "page_furniture"
SEPARATOR = re.compile(r"\s*\n|\s*\Z|")  # up to the next line, whose indentation stays (plain text)
PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # lines between empty lines, as a reader's text parts them


class FormatError(SloikaError, ValueError):
    """A file this format can't read; ``reason`` is a short code, the message tells the user what to do."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass
class Parsed:
    """One document: ``text``, its ``structure`` spans (code-point offsets into ``text``) and the
    record's fields."""

    text: str
    spans: list[Span]
    kind: str
    position: int = 0
    fields: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span]] = field(default_factory=dict)  # spans of other layers, by layer
    # what the reader repaired in the text, as the repair step counts its own ("pasted_hyphens:2")
    repairs: list[str] = field(default_factory=list)

    def repaired(self, edited: Edited, repair: str) -> Parsed:
        """This document with ``edited``'s changes made to its text, every span of every layer moved
        with its text, and ``repair`` ("glued_sentences:2") counted as the repair step counts its own."""
        return replace(
            self,
            text=edited.text,
            spans=edited.spans(self.spans),
            layers={name: edited.spans(spans) for name, spans in self.layers.items()},
            repairs=[*self.repairs, repair],
        )


@dataclass
class Failed:
    """One record of a multi-record file that could not become a document."""

    position: int
    text: str
    reason: str
    detail: str


class TextBuilder:
    """Appends pieces of text and records spans over them, so offsets are exact by construction."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []

    def append(self, piece: str) -> tuple[int, int]:
        start = self.length
        if piece:  # an empty piece (an empty block) must not hide the separator before it
            self._parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def separate(self, separator: str = "\n\n") -> None:
        """Put ``separator`` before the next piece unless the text is empty or already ends with it."""
        if self.length and not self._parts[-1].endswith(separator):
            self.append(separator)

    def span(self, start: int, end: int, label: str, **attrs: Any) -> Span:
        span = Span(start, end, label, attrs={k: v for k, v in attrs.items() if v is not None})
        self.spans.append(span)
        return span

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def tail(self, size: int) -> str:
        """The last ``size`` characters, without joining the whole text (a reader that looks back
        at each tag would otherwise take quadratic time)."""
        parts, have = [], 0
        for part in reversed(self._parts):
            if have >= size:
                break
            parts.append(part)
            have += len(part)
        return "".join(reversed(parts))[-size:] if size > 0 else ""


def cut_paragraphs(parsed: Parsed, cuts: list[Span]) -> Parsed:
    """``parsed`` without the paragraphs ``cuts`` cover, each taken with the blank lines after it
    (before it, when it ends the text, and a cut those blank lines end with the blank lines before
    that one; a cut that starts after text on its line, a paragraph's last sentences, takes none)
    and recorded as an empty ``removed`` span where it began (the cut's label, score and attrs):
    the one place a reader cuts paragraphs or their sentences.

    Every span already on the document, of every layer, is moved so it covers the same characters
    (``Edited``): an earlier ``removed`` record (a footnote mark, a drawing's letters) inside a cut
    lands where the cut is, before or after the cut's record as it stood (nothing removed is lost);
    another span wholly inside a cut goes with it, one reaching into a cut ends (or starts) where it is.
    An empty span of another layer where a cut begins (a table taken out of the text just before the
    cut paragraph) is placed at the end of the text before it, ahead of the blank lines, so the
    corpus still says it came before the cut: the cut's records stand after those blank lines, as
    does a table that came after the cut (the maint guide's path table after its lead-in, before the
    sections A.4 and A.5 the trim took)."""
    if not cuts:
        return parsed
    text = parsed.text
    ranges: list[tuple[int, int]] = []
    for span in sorted(cuts, key=lambda s: s.start):
        start, end = span.start, span.end
        if not text[text.rfind("\n", 0, start) + 1 : start].strip():  # not after text on its line
            end = SEPARATOR.match(text, span.end).end()
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    if ranges[-1][1] == len(text):  # the cut ends the text: it takes the blank lines before it
        start = len(text[: ranges[-1][0]].rstrip())
        while len(ranges) > 1 and start <= ranges[-2][1]:  # and a cut they end, with those before it
            ranges.pop()
            start = len(text[: ranges[-1][0]].rstrip())
        ranges[-1] = (start, len(text))
    edited = Edited(text, [(start, end, "") for start, end in ranges])
    starts = {start for start, _ in ranges}

    def placed(span: Span) -> Span:
        if span.start == span.end and span.start in starts:
            before = len(edited.text[: edited.offset(span.start)].rstrip())  # the text before the cut's end
            return replace(span, start=before, end=before)
        return edited.span(span)

    def kept(spans: list[Span]) -> list[Span]:
        return [placed(s) for s in spans if not edited.emptied(s)]

    layers = {name: kept(spans) for name, spans in parsed.layers.items() if name != REMOVED}
    records = parsed.layers.get(REMOVED, []) + [replace(s, end=s.start) for s in cuts]
    records.sort(key=lambda s: s.start)  # in reading order where several land on one point
    layers[REMOVED] = edited.spans(records)
    return replace(parsed, text=edited.text, spans=kept(parsed.spans), layers=layers)


# Byte-order marks that name their encoding (UTF-32 first: its little-endian mark starts like UTF-16's).
# Windows tools (Notepad's "Unicode", Subtitle Edit, older Aegisub) save subtitles and text so.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def bom_encoding(data: bytes) -> str | None:
    """The UTF-16/32 encoding a byte-order mark at the start names, or None."""
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


# Single-byte Cyrillic encodings a Russian text file may come in without saying so (Windows' and
# Unix's): a file in one of them is decoded when the detector is sure and the text is clean
# (``legacy_cyrillic``); Python's codec names, which ``fields.encoding`` records.
LEGACY_CYRILLIC = ("cp1251", "koi8_r")
# Of a clean legacy text's characters outside ASCII, this share at least are Cyrillic letters (the
# rest typographic signs of the code page: «», dashes, №, a no-break space)
LEGACY_MIN_CYRILLIC = 0.9
# and at most this share of its words with a Cyrillic letter hold a Latin one too (``_mixed_words_share``)
LEGACY_MAX_MIXED = 0.1
# the code pages a refused file's advice names candidates from (``iconv_hint``)
HINT_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1252", "cp1250"]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def decode_text(data: bytes, what: str) -> tuple[str, str]:
    """(text, encoding) of a text file: UTF-8 (or UTF-16/32 with a byte-order mark, as
    ``decode_utf8``), else a clean cp1251 or KOI8-R text (``legacy_cyrillic``: disser's README-ru.md
    ships in cp1251 and says so nowhere); anything else is a ``FormatError`` the user can act on."""
    if bom_encoding(data) or b"\0" in data[:8192]:
        return decode_utf8(data, what), "utf-8"
    try:
        text, encoding = decode_unmarked(data)
    except UnicodeDecodeError as err:
        raise FormatError(
            "invalid_utf8",
            f"{bad_byte(err)} is not UTF-8, and the file is no clean cp1251 or KOI8-R "
            f"text either; convert the {what} file to UTF-8 first ({iconv_hint(data)})",
        ) from err
    return text.removeprefix("\ufeff"), encoding


def bad_byte(err: UnicodeDecodeError) -> str:
    """The first byte a decoding refused and where it stands ("byte 0xff at offset 12"): the byte
    tells the user which code page the file may be in, the offset where to look."""
    return f"byte 0x{err.object[err.start : err.start + 1].hex()} at offset {err.start}"


def decode_unmarked(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec) of bytes with no UTF-16/32 byte-order mark, in the order every reader trusts
    its evidence: UTF-8 where it decodes cleanly (bytes that do are UTF-8 whatever the file says:
    a page re-saved in UTF-8 may keep its old charset declaration), else the charset the file
    ``declared`` (an HTML page's: ``web_source._decoded``), else a clean cp1251 or KOI8-R text
    (``legacy_cyrillic``). A UTF-8 byte-order mark stays in the text. Where none fits, the UTF-8
    try's ``UnicodeDecodeError`` is raised: a text reader refuses the file, the HTML reader
    replaces the bad bytes."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        fitting = _declared_decoding(data, declared) or legacy_cyrillic(data)
        if fitting is None:
            raise
        return fitting


def _declared_decoding(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """(text, codec) of ``data`` in the ``declared`` charset, or None where there is none, Python
    knows no such codec, or the bytes are not in it."""
    if not declared:
        return None
    try:
        return data.decode(declared), declared
    except (LookupError, UnicodeDecodeError):
        return None


def iconv_hint(data: bytes) -> str:
    """The command that converts ``data`` to UTF-8, with the likeliest of the code pages a Russian or
    Western text comes in (``HINT_CODE_PAGES``), by charset-normalizer: a guess the user checks,
    since short texts fit several (a French cp1252 subtitle also decodes as cp1250)."""
    from charset_normalizer import from_bytes

    likely = [codecs.lookup(match.encoding).name for match in from_bytes(data, cp_isolation=HINT_CODE_PAGES)]
    guess = f"; likeliest by charset-normalizer: {', '.join(likely[:3])}, check the result" if likely else ""
    return f"iconv -f <its encoding> -t utf-8{guess}"


def encoding_fields(encoding: str) -> dict[str, str]:
    """The ``fields`` a document read from a legacy-encoded file carries (``fields.encoding``), none
    for UTF-8."""
    return {} if encoding == "utf-8" else {"encoding": encoding}


def legacy_cyrillic(data: bytes) -> tuple[str, str] | None:
    """(text, codec) when charset-normalizer finds ``data`` to be Russian-alphabet text in one of
    ``LEGACY_CYRILLIC`` and the decoded text is clean: no control character but tab, newline,
    carriage return and form feed, some Cyrillic letters, and nearly all (``LEGACY_MIN_CYRILLIC``)
    of its characters outside ASCII Cyrillic letters. None otherwise: UTF-8 with a damaged byte (its
    Cyrillic read as cp1251 is "РџСЂРёРІРµС‚", which the detector's mess measure refuses), a Western
    code page, binary junk."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_CYRILLIC)).best()
    if best is None or best.encoding not in LEGACY_CYRILLIC:
        return None
    text = data.decode(best.encoding)  # a single-byte code page decodes every byte
    beyond_ascii = [char for char in text if ord(char) > 127]
    cyrillic = sum("\u0400" <= char <= "\u04ff" and char.isalpha() for char in beyond_ascii)
    if _CONTROL.search(text) or not cyrillic or cyrillic < LEGACY_MIN_CYRILLIC * len(beyond_ascii):
        return None
    if _mixed_words_share(text) > LEGACY_MAX_MIXED:
        return None
    return text.removeprefix("\ufeff"), best.encoding


def _mixed_words_share(text: str) -> float:
    """Of the words with a Cyrillic letter, the share that hold a Latin letter too: a Western text
    read in a Cyrillic code page has its accented letters inside Latin words ("Größe" as "GrцЯe")."""
    cyrillic = [word for word in LETTER_RUN.findall(text) if _CYRILLIC_LETTER.search(word)]
    mixed = sum(bool(_LATIN_LETTER.search(word)) for word in cyrillic)
    return mixed / len(cyrillic) if cyrillic else 0.0


def lf_line_ends(text: str) -> str:
    """``text`` with its CRLF and lone CR line ends made LF: a reader's patterns know a line end as
    "\\n" only (a CRLF LaTeX file lost its ``verbatim`` listing's ``code`` span, an old Mac file is
    one line), and a file must read the same whichever line ends its editor wrote."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_utf8(data: bytes, what: str) -> str:
    """Strict UTF-8 (a BOM is dropped), or UTF-16/32 where a BOM says so; anything else is a
    ``FormatError`` the user can act on."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError as err:
            raise FormatError(
                "invalid_utf8",
                f"{bad_byte(err)} is not {encoding.upper()}, though the file starts with its "
                f"byte-order mark; re-save the {what} file as UTF-8",
            ) from err
    if b"\0" in data[:8192]:
        raise FormatError("binary_file", f"NUL bytes in the first 8 KiB: not a {what} file")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise FormatError(
            "invalid_utf8",
            f"{bad_byte(err)} is not UTF-8; convert the {what} file first ({iconv_hint(data)})",
        ) from err
