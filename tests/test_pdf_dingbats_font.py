"""A Zapf Dingbats font the PDF gives no encoding reads by Zapf Dingbats' own (issue 15, session 79's
font scan: R's pdf device draws a plot's points as the standard 14 ZapfDingbats font's ● at code 108, not
embedded and with no ``/Encoding``, and pdfminer read the code by StandardEncoding: simToolManual.pdf's
and lpsymphony.pdf's runs of points came out "llll").

The expected texts are what the hand-built pages draw; the table is held to two sources outside the
reader: Adobe's ZapfDingbats AFM file (matplotlib ships it, fontTools reads it) for each code's glyph name,
read by Adobe's Zapf Dingbats glyph list (fontTools' ``agl``), and PDFium (pypdfium2) for the characters
it reads a Zapf Dingbats page as."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_glyphs import ZAPF_DINGBATS, built_in_encoding

DINGBATS_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>"
# every glyph the font draws but the space, which PDFium reads by where glyphs stand, not by their codes
DRAWN = [code for code in ZAPF_DINGBATS if code != 32]


def _legend_text(dingbats_font: bytes, marks: tuple[bytes, bytes]) -> str:
    """The text of a Helvetica sentence whose two marks are set in ``dingbats_font``."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (Observed values are drawn as ) Tj /D 10 Tf (%s) Tj"
        b" /F1 10 Tf ( and fitted ones as ) Tj /D 10 Tf (%s) Tj /F1 10 Tf ( in each panel.) Tj ET" % marks
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"D", dingbats_font)]))
    return doc.text


def test_a_standard_dingbats_font_with_no_encoding_reads_its_dingbats():
    """108 is ● and 110 ■ in Zapf Dingbats, not StandardEncoding's "l" and "n"."""
    text = _legend_text(DINGBATS_FONT, (b"l", b"n"))
    assert text == "Observed values are drawn as \u25cf and fitted ones as \u25a0 in each panel."


def test_a_subset_dingbats_font_keeps_the_codes_its_differences_name():
    """``/Differences`` over no base encoding sets the codes it names on Zapf Dingbats' own encoding."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+ZapfDingbats /Encoding << /Differences [110 /x] >>"
        b" /FirstChar 32 /LastChar 255 /Widths [%s] >>" % b" ".join([b"600"] * 224)
    )
    assert (
        _legend_text(font, (b"l", b"n"))
        == "Observed values are drawn as \u25cf and fitted ones as x in each panel."
    )


def test_a_dingbats_font_over_a_named_base_encoding_reads_by_it():
    """A base encoding the PDF names is its choice: WinAnsiEncoding's "l", with the /Differences' •."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats"
        b" /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [110 /bullet] >> >>"
    )
    assert (
        _legend_text(font, (b"l", b"n"))
        == "Observed values are drawn as l and fitted ones as \u2022 in each panel."
    )


def test_the_dingbats_characters_agree_with_adobes_metrics_and_glyph_list():
    """Each code reads as Adobe's ZapfDingbats AFM names its glyph (a71 at 108), that name read by the
    Zapf Dingbats glyph list (a71: ●), code for code; the codes the AFM leaves empty the table does too."""
    afm = pytest.importorskip("fontTools.afmLib")
    agl = pytest.importorskip("fontTools.agl")
    matplotlib = pytest.importorskip("matplotlib")
    metrics = afm.AFM(str(Path(matplotlib.get_data_path(), "fonts", "pdfcorefonts", "ZapfDingbats.afm")))
    named = {code: glyph for glyph, (code, *_) in metrics._chars.items() if code >= 0}
    read = {
        code: " " if glyph == "space" else agl.toUnicode(glyph, isZapfDingbats=True)
        for code, glyph in named.items()
    }
    assert read == ZAPF_DINGBATS


def test_the_dingbats_characters_agree_with_pdfium():
    """Each code reads as PDFium reads a non-embedded Zapf Dingbats font's (the spaces PDFium puts
    between glyphs it finds apart left out: the page draws none)."""
    pdfium = pytest.importorskip("pypdfium2")
    content = b"BT /D 10 Tf 72 700 Td " + b"".join(b"<%02x> Tj 3 0 Td " % code for code in DRAWN) + b"ET"
    pdf = pdfium.PdfDocument(one_page(content, [(b"D", DINGBATS_FONT)]))
    page = pdf[0].get_textpage()
    read = dict(zip(DRAWN, page.get_text_range(0, page.count_chars()).replace(" ", ""), strict=True))
    pdf.close()
    ours = built_in_encoding({}, ZAPF_DINGBATS)
    assert {code: ours[code] for code in DRAWN} == read
