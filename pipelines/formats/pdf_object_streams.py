"""pdfminer.six's document, its object streams read object by object where a run of them misreads.

An object stream (PDF 1.5, ``/Type /ObjStm``) packs ``/N`` objects after a header of ``/N`` pairs
"object number, offset", each offset counted from ``/First``. pdfminer.six (20260107, the newest
release) reads the stream as one run of tokens and takes object ``k`` as the ``2N + k``-th value
read: right while every object is one value, as the PDF reference asks (7.5.7: no stream object is
stored in an object stream). thumbpdf's page thumbnails break that rule: the package writes each
thumbnail with pdfTeX's ``\\pdfobj`` as a plain object whose text spells a stream (a dictionary,
``stream``, the image's bytes, ``endstream``), and pdfTeX, compressing objects (its PDF 1.5 default;
thumbpdf only warns "Compressed PDF objects of PDF 1.5 are not supported"), puts it in an object
stream. The Journal of Statistical Software's class loads thumbpdf, so an R vignette set in the
journal's form may carry one thumbnail per page: r-cran-powerlaw's d_jss_paper.pdf (check 64,
pdfTeX 1.40.18) has sixteen in its first object stream. pdfminer read their image bytes as tokens,
a stray ``R`` byte among them had no object number before it ("not enough values to unpack") and
the 16-page paper was refused as ``broken_pdf``; had no such byte come, every object after the
first thumbnail would have been read as another one's. PDFium renders the paper, and pdf.js reads
an object stream's objects each at its own offset, streams allowed (mozilla/pdf.js#13152).

``ObjectStreamsDocument`` keeps pdfminer's reading wherever it holds: only where it raises, or reads
other than ``2N`` header numbers and ``N`` objects, is each object read alone, from its offset to
the next one's (``_objects_at_offsets``), by pdfminer's own object-stream parser; a stream inside is
read as pdfminer reads one in the file, or to its ``endstream`` where its ``/Length`` refers to
another object (which may lie in the very object stream being read). Every other object stream at
hand reads the same both ways (683 in the 224 other PDFs of the regression set, checks 62–64,
tests/data and the project's sample data: docs/checks/pdf_object_streams_cmp.py); a stream whose header
cannot be read fails as it failed.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from contextlib import suppress

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser, PDFStreamParser
from pdfminer.pdftypes import PDFStream
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import PSKeyword

HEADER_VALUES = 2  # an object's number and offset in the stream's header


def open_document(data: bytes) -> PDFDocument:
    """The PDF ``data`` as pdfminer's document, its object streams read by ``ObjectStreamsDocument``."""
    return ObjectStreamsDocument(PDFParser(io.BytesIO(data)))


class ObjectStreamsDocument(PDFDocument):
    """pdfminer's document whose object streams pdfminer's run of tokens misreads are read object by
    object at the offsets their header gives."""

    def _get_objects(self, stream: PDFStream) -> tuple[list[object], int]:
        """The stream's header numbers and objects as pdfminer lists them (object ``k`` at
        ``2N + k``): pdfminer's reading, or where it fails or comes out misaligned, the objects read
        at their offsets; pdfminer's error or reading stands where the header cannot be read."""
        try:
            objects, count = super()._get_objects(stream)
        except Exception:  # noqa: BLE001 - pdfminer raises many types on a misread run
            read = self._objects_at_offsets(stream)
            if read is None:
                raise
            return read
        if len(objects) == (HEADER_VALUES + 1) * count:
            return objects, count
        return self._objects_at_offsets(stream) or (objects, count)

    def _objects_at_offsets(self, stream: PDFStream) -> tuple[list[object], int] | None:
        """The header's numbers and each object read from its offset to the next object's (or the
        stream's end); None where ``/N``, ``/First`` or the header's numbers cannot be read."""
        count, first = stream.get("N"), stream.get("First")
        data = stream.get_data()
        if not isinstance(count, int) or not isinstance(first, int) or not 0 <= first <= len(data):
            return None
        header = data[:first].split()[: HEADER_VALUES * count]
        if len(header) < HEADER_VALUES * count or not all(value.isdigit() for value in header):
            return None
        numbers = [int(value) for value in header]
        starts = [first + offset for offset in numbers[1::HEADER_VALUES]]
        edges = sorted({*starts, len(data)})
        ends = [edges[min(bisect_right(edges, start), len(edges) - 1)] for start in starts]
        read = [_ObjectParser(data[start:end], self).value() for start, end in zip(starts, ends, strict=True)]
        return [*numbers, *read], count


class _ObjectParser(PDFStreamParser):
    """pdfminer's object-stream parser reading the bytes of one object whole: a ``stream`` keyword
    after a dictionary reads the stream's bytes as pdfminer's file parser reads them (its ``/Length``
    of bytes where the dictionary gives it as a number, else to ``endstream``, the parser's fallback
    mode), and an ``R`` with fewer than two numbers before it is passed over, as that parser does."""

    def __init__(self, data: bytes, document: PDFDocument) -> None:
        super().__init__(data)
        self.set_document(document)

    def flush(self) -> None:
        """Nothing is handed on before the bytes end: a dictionary may be a stream's."""

    def do_keyword(self, pos: int, token: PSKeyword) -> None:
        """``stream`` and ``R`` as pdfminer's file parser reads them, every other keyword as its
        object-stream parser does (``obj`` and ``endobj`` ignored). A ``/Length`` that refers to
        another object is not followed: it may lie in the object stream being read."""
        if token is self.KEYWORD_STREAM:
            head = self.curstack[-1][1] if self.curstack else None
            self.fallback = not (isinstance(head, dict) and isinstance(head.get("Length"), int))
        if token is self.KEYWORD_STREAM or token is self.KEYWORD_R:
            PDFParser.do_keyword(self, pos, token)
        else:
            super().do_keyword(pos, token)

    def value(self) -> object:
        """The object the bytes hold, or None where they end inside an array or dictionary. A stream's
        bytes are already deciphered, with the object stream's."""
        with suppress(PSEOF):
            self.nextobject()  # reads to the end: nothing is flushed before it
        values = self.popall()
        if self.context or not values:
            return None
        found = values[0][1]
        if isinstance(found, PDFStream):
            found.decipher = None
        return found
