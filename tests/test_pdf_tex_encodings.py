"""TeX fonts the PDF names no glyphs of, read by the TeX encoding they are set in (issue 15,
seventeenth held-out check: a dvips vignette's bitmap fonts lost every ligature, "di erent" and
" sh" for "different" and "fish"; an xdvipdfmx manual's cmsy marks read "Rouquettey" for
"Rouquette†").

The fonts are built as those PDFs have them: dvips' Type 3 bitmap fonts with no name and glyphs
named by their codes (``/a28`` at 28), cmsy embedded as CFF (``/FontFile3``) with no ``/Encoding``.
A ligature reads as its Unicode ligature (U+FB00 ff … U+FB04 ffl), as a named Type 1 font's does;
the pipeline's ``ligatures`` repair spells it out later."""

from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf


def _bitmap_font(codes: list[int]) -> bytes:
    """A dvips bitmap font as Ghostscript writes it: Type 3, no name, each glyph named by its code."""
    names = b" ".join(b"/a%d" % code for code in codes)
    procs = b" ".join(b"/a%d 6 0 R" % code for code in codes)
    return (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%d %s] >>"
        b" /FirstChar 0 /LastChar 255 /Widths [%s] >>" % (procs, codes[0], names, b" ".join([b"500"] * 256))
    )


def _bitmap_text(codes: list[int], text: bytes) -> str:
    """The kept text of a page that sets ``text`` in a bitmap font of the glyphs ``codes`` (consecutive)."""
    content = b"BT /T 10 Tf 72 700 Td (%s) Tj ET" % text
    (doc,) = parse_pdf(one_page(content, [(b"T", _bitmap_font(codes))], stream(b"500 0 d0")))
    return doc.text


def test_a_cork_bitmap_font_reads_its_ligatures_and_quotes():
    """Ligatures at 27-31 say T1 (the ec fonts): 16/17 are its double quotes, 28 "fi", 27 "ff", 30 "ffi"."""
    text = b"Two di\x1berent \x1csh were \x10caught\x11 in the o\x1ece by the \x1crst net."
    assert _bitmap_text(list(range(16, 123)), text) == (
        "Two di\ufb00erent \ufb01sh were \u201ccaught\u201d in the o\ufb03ce by the \ufb01rst net."
    )


def test_a_knuth_bitmap_font_reads_its_ligatures_and_quotes():
    """Ligatures at 11-15 say OT1 (Computer Modern): 12 "fi", 92 and 34 its double quotes, 123 an en dash."""
    text = b'The \x0crst draw is \\\\called" a sample, pages 3{7, and the e\x0bect is small.'
    assert _bitmap_text(list(range(11, 124)), text) == (
        "The \ufb01rst draw is \u201ccalled\u201d a sample, pages 3\u20137, and the e\ufb00ect is small."
    )


def test_a_bitmap_font_with_no_ligature_slot_keeps_its_letters():
    """Without a ligature the encoding is not known: the letters stay as pdfminer reads them."""
    assert _bitmap_text(list(range(32, 127)), b"Plain {words} here.") == "Plain {words} here."


CMSY8 = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /BCTCBX+CMSY8 /FirstChar 121 /LastChar 122 /Widths [400 400]"
    b" /FontDescriptor 7 0 R >>"
)
DESCRIPTOR = (
    b"<< /Type /FontDescriptor /FontName /BCTCBX+CMSY8 /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
    b" /Ascent 0 /Descent 0 /CapHeight 683 /StemV 46 /CharSet (/dagger/daggerdbl) >>"
)


def test_the_symbol_fonts_dagger_marks_read_as_daggers():
    """cmsy's 121 and 122 are † and ‡, not StandardEncoding's "y" and "z"."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The notes are marked with ) Tj /S 10 Tf (y) Tj /F1 10 Tf ( and ) Tj"
        b" /S 10 Tf (z) Tj /F1 10 Tf ( in this manual.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"S", CMSY8)], DESCRIPTOR))
    assert doc.text == "The notes are marked with \u2020 and \u2021 in this manual."
