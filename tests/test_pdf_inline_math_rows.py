"""Running prose with inline mathematics stays prose (issue 15, the fourteenth check's row 3,
logcondens.pdf: 23 of 45 ``table`` spans were paragraphs). pdfminer hangs a glyph's box the font's
descent below its baseline, and TeX's math fonts declare their deepest glyph's descent: an em for the
symbol font (cmsy: -960), three for the math extension font (cmex: -2959). A wide hat over "f" or an
"∈" then stood under its line, pdfminer broke the line there, and the pieces side by side on several
rows were read as a table's cells. Pages hand-built, sentences sloika's own, expected text typed by
hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _math_font(base_font: bytes, descent: int, differences: bytes) -> bytes:
    """A TeX math font as pdfTeX embeds it, less its program: every code 300 units wide, glyphs
    named over WinAnsi, the descriptor's descent its deepest glyph's."""
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 %d 1000 772] /ItalicAngle 0"
        b" /Ascent 772 /Descent %d /CapHeight 772 /StemV 40 >>" % (base_font, descent, descent)
    )
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 0 /LastChar 127 /Widths [%s]"
        b" /FontDescriptor %s"
        b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> >>"
        % (base_font, b" ".join([b"300"] * 128), descriptor, differences)
    )


CMEX = _math_font(b"SWJIGQ+LMMathExtension10-Regular", -2959, b"98 /hatwide")
CMSY = _math_font(b"IJLBWS+LMMathSymbols10-Regular", -960, b"50 /element")

HAT = b"/X 10 Tf 2 Ts [(b) 300] TJ 0 Ts /F1 10 Tf"  # the wide hat, then back over the next letter
IN = b"/S 10 Tf (2) Tj /F1 10 Tf"  # the symbol font's element sign

# each row: pieces of text with the formula glyph set between them, as TeX sets inline math
ROWS = [
    [b"Once the estimate ", HAT, b"f is found, the reader may plot it over the points of the sample,"],
    [b"and the distribution function ", HAT, b"F of the estimate is drawn at the same time, so that"],
    [b"for every point t ", IN, b" S of the grid both curves are evaluated in one call of the function"],
    [b"which returns them; plotting ", HAT, b"f and ", HAT, b"F this way keeps their kinks where the data"],
    [b"put them, and nothing has to be interpolated between the knots of the estimated curves."],
]
EXPECTED = (
    "Once the estimate f\u0302 is found, the reader may plot it over the points of the sample, and the"
    " distribution function F\u0302 of the estimate is drawn at the same time, so that for every point"
    " t \u2208 S of the grid both curves are evaluated in one call of the function which returns them;"
    " plotting f\u0302 and F\u0302 this way keeps their kinks where the data put them, and nothing has to"
    " be interpolated between the knots of the estimated curves."
)


def _row(y: int, pieces: list[bytes]) -> bytes:
    shown = b" ".join(piece if piece.startswith(b"/") else b"(%s) Tj" % piece for piece in pieces)
    return b"BT /F1 10 Tf 72 %d Td %s ET" % (y, shown)


def test_prose_with_wide_hats_and_symbols_inline_is_a_paragraph_not_a_table():
    """Five rows of prose at 10 pt, four with a formula glyph inside: the hat of the math extension
    font drawn 2 pt up over the letter after it, the symbol font's "∈" between words. The text is
    one paragraph with the hats on their letters ("f̂"); no ``table`` span."""
    content = b"\n".join(_row(700 - 14 * at, pieces) for at, pieces in enumerate(ROWS))
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"X", CMEX), (b"S", CMSY)]))
    assert doc.text == EXPECTED
    assert [span for span in doc.spans if span.label == "table"] == []
