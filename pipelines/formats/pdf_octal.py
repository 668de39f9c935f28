"""String escapes whose octal value overflows a byte, read as the PDF reference says.

The PDF reference (7.3.4.2, literal strings) says that high-order overflow of an octal escape
``\\ddd`` shall be ignored: ``\\436`` is the byte 0x1E. pdfminer.six (20260107, the newest release)
asserts instead ("Invalid octal b'436' (286)"), in the string parser that every one of its parsers
shares (``PSBaseParser._parse_string_1``): the file's objects, its object streams and the pages'
content streams. Some producers write UTF-16 outline titles this way (mpman-ru.pdf's bookmarks:
``\\004\\436`` for "О"), so pdfminer failed on the first page whose objects share the object stream
and the whole Russian MetaPost manual was refused.

``octal_overflow_ignored`` swaps that one method for the reference's reading while sloika reads a
PDF, and puts pdfminer's back afterwards: a subclass cannot do it, because pdfminer makes its
object-stream and content parsers itself. Only an escape of three digits above 0o377 reads
differently (pdfminer raised on each of them); every other string is parsed by pdfminer's own code.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pdfminer.psparser import PSBaseParser

OCTAL_DIGITS = 3  # an escape takes at most three octal digits
BYTE = 0xFF


def _masked_octal(parse_string_1):  # noqa: ANN001, ANN202 - wraps pdfminer's method
    """pdfminer's ``_parse_string_1`` with a complete three-digit escape above 0o377 cut to its low
    eight bits before pdfminer turns it into a byte."""

    def parse(self: PSBaseParser, s: bytes, i: int) -> int:
        if len(self.oct) == OCTAL_DIGITS and int(self.oct, 8) > BYTE:
            self.oct = b"%03o" % (int(self.oct, 8) & BYTE)
        return parse_string_1(self, s, i)

    return parse


@contextmanager
def octal_overflow_ignored() -> Iterator[None]:
    """pdfminer reads an overflowing octal escape as its low byte inside the block, as before
    outside it (a process reads one PDF at a time: the swap is not shared with another reader)."""
    original = PSBaseParser.__dict__["_parse_string_1"]
    PSBaseParser._parse_string_1 = _masked_octal(original)
    try:
        yield
    finally:
        PSBaseParser._parse_string_1 = original
