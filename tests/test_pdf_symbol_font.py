"""A Symbol font the PDF gives no encoding reads by Symbol's own (issue 15, check 59 row 5: maxima's
pdiff-doc.pdf sets its λ in the standard 14 Symbol font, not embedded and with no ``/Encoding``, and
pdfminer read code 108 by StandardEncoding: "l").

The expected texts are what the hand-built pages draw; the table is held to two sources outside the
reader: Adobe's Symbol AFM file (matplotlib ships it, fontTools reads it) for its glyph names, and
PDFium (pypdfium2) for the characters it reads a Symbol page as."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_glyphs import SYMBOL, SYMBOL_CHARACTERS, SYMBOL_READINGS, built_in_encoding

SYMBOL_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>"
# the glyphs Symbol draws at each code but 240, which it leaves empty, and the space, which PDFium reads
# by where glyphs stand, not by their codes
DRAWN = [code for code, glyph in SYMBOL.items() if glyph not in (".notdef", "space")]


def _symbol_text(symbol_font: bytes, symbols: bytes) -> str:
    """The text of a Helvetica sentence whose Greek letters and signs are set in ``symbol_font``."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The rate ) Tj /S 10 Tf (l) Tj /F1 10 Tf ( falls as ) Tj"
        b" /S 10 Tf (%s) Tj /F1 10 Tf ( grows.) Tj ET" % symbols
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"S", symbol_font)]))
    return doc.text


def test_a_standard_symbol_font_with_no_encoding_reads_its_greek():
    """108 is λ, 68 Δ, 87 Ω, 163 ≤ in Symbol, not StandardEncoding's "l", "D", "W" and "£"."""
    assert _symbol_text(SYMBOL_FONT, b"D\\243W") == "The rate \u03bb falls as \u0394\u2264\u03a9 grows."


def test_a_subset_symbol_font_keeps_the_codes_its_differences_name():
    """``/Differences`` over no base encoding sets the codes it names on Symbol's own encoding."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Symbol /Encoding << /Differences [68 /A] >>"
        b" /FirstChar 32 /LastChar 255 /Widths [%s] >>" % b" ".join([b"600"] * 224)
    )
    assert _symbol_text(font, b"DW") == "The rate \u03bb falls as A\u03a9 grows."


def test_a_symbol_font_over_a_named_base_encoding_reads_by_it():
    """A base encoding the PDF names is its choice: WinAnsiEncoding's "l", with the /Differences' α."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol"
        b" /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [97 /alpha] >> >>"
    )
    assert _symbol_text(font, b"a") == "The rate l falls as \u03b1 grows."


def test_symbols_names_agree_with_adobes_metrics():
    """The table's glyph names are those of Adobe's Symbol AFM, code for code (its space too)."""
    afm = pytest.importorskip("fontTools.afmLib")
    matplotlib = pytest.importorskip("matplotlib")
    metrics = afm.AFM(str(Path(matplotlib.get_data_path(), "fonts", "pdfcorefonts", "Symbol.afm")))
    named = {code: glyph for glyph, (code, *_) in metrics._chars.items() if code >= 0}
    assert named == {code: glyph for code, glyph in SYMBOL.items() if glyph != ".notdef"}


def test_symbols_characters_agree_with_pdfium():
    """Each code reads as PDFium reads a non-embedded Symbol font's, but the names ``SYMBOL_READINGS``
    reads otherwise (PDFium: the increment ∆, the ohm sign Ω, the micro sign µ, private-use ® © ™)."""
    pdfium = pytest.importorskip("pypdfium2")
    content = b"BT /S 10 Tf 72 700 Td " + b"".join(b"<%02x> Tj 3 0 Td " % code for code in DRAWN) + b"ET"
    pdf = pdfium.PdfDocument(one_page(content, [(b"S", SYMBOL_FONT)]))
    page = pdf[0].get_textpage()
    read = dict(zip(DRAWN, page.get_text_range(0, page.count_chars()), strict=True))
    pdf.close()
    ours = built_in_encoding({}, SYMBOL_CHARACTERS)
    differ = {code for code in DRAWN if ours[code] != read[code]}
    assert differ == {code for code in DRAWN if SYMBOL[code] in SYMBOL_READINGS}
