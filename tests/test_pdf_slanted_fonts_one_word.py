"""A word set half in one italic font and half in another is one word (issue 15, check 44 review A
B3): maxmat3src.pdf writes the function name "scanprefix" as math-italic "scan" (cmmi10) touching
text-italic "prefix" (cmti10); both halves are words and the whole is none, so the reader parted
them as two words glued across a font change ("a function scan prefix."). Across two slanted
fonts the reader sees one word; a roman word touching an italic one is still two. The page is
hand-built; its sentences are sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
TIMES_ITALIC = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", OBLIQUE), (b"F3", TIMES_ITALIC)]


def _line(y: float, runs: list[tuple[bytes, str]]) -> bytes:
    """One text object setting ``runs`` (font, text) one after the other from the left margin."""
    shown = b" ".join(b"/%s 10 Tf (%s) Tj" % (font, text.encode()) for font, text in runs)
    return b"BT 72 %g Td %s ET" % (y, shown)


def test_letters_touching_across_two_italic_fonts_are_one_word():
    content = _line(700, [(b"F1", "The search calls the function "), (b"F2", "scan"), (b"F3", "prefix")])
    content += b"\n" + _line(688, [(b"F1", "on every suffix of the text that it reads.")])
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == "The search calls the function scanprefix on every suffix of the text that it reads."


def test_a_roman_word_touching_an_italic_one_is_still_two():
    content = _line(700, [(b"F1", "The search calls the function "), (b"F1", "scan"), (b"F3", "prefix")])
    content += b"\n" + _line(688, [(b"F1", "on every suffix of the text that it reads.")])
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == "The search calls the function scan prefix on every suffix of the text that it reads."
