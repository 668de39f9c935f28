"""A code chunk's straight quotes set from a font of their own (issue 15, the thirty-sixth check's row 4:
CalibrationGuide.pdf's "> opar <- par('xpd'=TRUE)"). upquote takes a listing's "'" and "`" from the text
companion (TS1's \\textquotesingle at 39, \\textasciigrave at 96), and pdfTeX embedded that font as a
bitmap Type 3 font with no name and its one glyph named by its code ("/a39"); pdfminer read code 39 by
StandardEncoding, "’", so the code no longer ran as printed. The font is built as that PDF has it; the
words are sloika's own."""

from pdf_objects import COURIER, HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf


def _quotes_font(codes: list[int]) -> bytes:
    """A nameless bitmap font of the glyphs ``codes``, each named by its code and drawn by object 7."""
    names = b" ".join(b"%d /a%d" % (code, code) for code in codes)
    procs = b" ".join(b"/a%d 7 0 R" % code for code in codes)
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >>"
        b" /FirstChar 0 /LastChar 255 /Widths [%s] >>" % (procs, names, b" ".join([b"600"] * 256))
    )


def _chunk(codes: list[int]) -> str:
    """The kept text of a paragraph over a code line whose quotes are set in ``_quotes_font(codes)``."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (Clipping is turned off before the axis is drawn outside the plot.) Tj ET"
        b"\nBT /C 10 Tf 72 680 Td (> opar <- par\\() Tj /Q 10 Tf (') Tj /C 10 Tf (xpd) Tj /Q 10 Tf (') Tj"
        b" /C 10 Tf (=TRUE\\)) Tj ET"
        b"\nBT /C 10 Tf 72 668 Td (> plot\\(x, y, type=) Tj /Q 10 Tf (`) Tj /C 10 Tf (l) Tj /Q 10 Tf (`) Tj"
        b" /C 10 Tf (\\)) Tj ET"
    )
    fonts = [(b"F1", HELVETICA), (b"C", COURIER), (b"Q", _quotes_font(codes))]
    (doc,) = parse_pdf(one_page(content, fonts, stream(b"600 0 d0")))
    return doc.text


def test_a_font_of_quotes_alone_reads_them_straight():
    """Straight quote and backquote, as printed: the R input reads as it runs."""
    assert _chunk([39, 96]).endswith("> opar <- par('xpd'=TRUE)\n> plot(x, y, type=`l`)")


def test_a_text_fonts_apostrophe_stays_curly():
    """A bitmap font of letters and code 39 is a text font (OT1, T1: 39 is "’"): its apostrophe stays."""
    content = b"BT /Q 10 Tf 72 700 Td (the author's own words are kept as they are) Tj ET"
    font = _quotes_font([32, 39, *range(97, 123)])
    (doc,) = parse_pdf(one_page(content, [(b"Q", font)], stream(b"600 0 d0")))
    assert doc.text == "the author\u2019s own words are kept as they are"
