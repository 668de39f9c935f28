"""Math glyphs of txfonts and AMS named by the fonts' own programs (issue 15, the fifty-fourth check's
row 2: an MNRAS preprint set in txfonts). Its relations "≲" and "≳" (msam's ``lessorsimilar`` and
``greaterorsimilar``) and its sums (txexs' ``summationtext.1``, ``summationdisplay.1``) were cut as
unmapped glyphs, so "In low (D ≲ 5) dimensions" read "In low (D 5) dimensions"; its display integral
(txexs, which TeX hangs from the baseline as cmex's) stood over its row and was cut, so the evidence
read "P(D|M) = P(D|Θ, M)P(Θ|M)dΘ". The fonts here are built the same way (a Type 1 program whose
built-in encoding names the glyphs, no ``/Encoding``); the texts are written for these tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf

PROGRAM = b"""%%!PS-AdobeFont-1.0: %s 1.0
/FontName /%s def
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
%s
readonly def
currentdict end
"""


def _program_font(name: bytes, glyphs: dict[int, bytes]) -> tuple[bytes, bytes]:
    """A TeX font as pdfTeX embeds it: no ``/Encoding`` (its program's built-in one names the
    ``glyphs``), every code 0.8 em wide, the program the object after Helvetica and it (7)."""
    entries = b"\n".join(b"dup %d /%s put" % (code, glyph) for code, glyph in glyphs.items())
    program = PROGRAM % (name, name, entries)
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /ABCDEF+%s /Flags 4 /FontBBox [0 -250 1000 750]"
        b" /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>" % name
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+%s /FirstChar 0 /LastChar 255" % name
    font += b" /Widths [%s] /FontDescriptor %s >>" % (b" ".join([b"800"] * 256), descriptor)
    return font, stream(program, b"/Length1 %d /Length2 0 /Length3 0" % len(program))


def _text(content: bytes, name: bytes, glyphs: dict[int, bytes]) -> str:
    """The text of a page drawing ``content`` with Helvetica /F1 and the font ``name`` as /M."""
    font, program = _program_font(name, glyphs)
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", font)], program))
    return doc.text


def test_a_relation_msam_names_reads_as_its_sign():
    """msam's "≲" and "≳" at codes 46 and 38, which its program names ``lessorsimilar`` and
    ``greaterorsimilar``: the Adobe list lacks both names."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (In low \\(D ) Tj /M 10 Tf <2e> Tj /F1 10 Tf ( 5\\) dimensions the bounds"
        b" are tight, and we accept ) Tj /M 10 Tf <26> Tj /F1 10 Tf ( 10% of the points.) Tj ET"
    )
    text = _text(content, b"MSAM10", {46: b"lessorsimilar", 38: b"greaterorsimilar"})
    assert text == (
        "In low (D \u2272 5) dimensions the bounds are tight, and we accept \u2273 10% of the points."
    )


def test_a_sum_named_with_a_variant_suffix_reads_as_the_sum():
    """txexs names its text-style sum ``summationtext.1``: the name's variant suffix is dropped, as the
    Adobe list's rules drop it, and the size read as cmex's is. TeX raises the glyph, which hangs from
    its baseline, to centre it on the line."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The volume of the union is at most ) Tj ET"
        b"\nBT /M 10 Tf 237 707.5 Td <cd> Tj ET"
        b"\nBT /F1 10 Tf 250 700 Td (X of the bounds taken one by one.) Tj ET"
    )
    text = _text(content, b"txexs", {205: b"summationtext.1"})
    assert text == "The volume of the union is at most \u2211X of the bounds taken one by one."


def test_a_display_integral_of_txexs_stays_on_its_row():
    """A display's integral, ``integraldisplay`` of txexs, hangs from a baseline TeX raises over the
    row; read as a glyph of a math extension font it stands on its row, and the display keeps it (the
    sentence it stands in reads on through it)."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (and the evidence of the model is the integral) Tj ET"
        b"\nBT /F1 10 Tf 200 676 Td (Z = ) Tj ET"
        b"\nBT /M 10 Tf 222 686 Td <5a> Tj ET"
        b"\nBT /F1 10 Tf 237 676 Td (L\\(x\\)dx) Tj ET"
        b"\nBT /F1 10 Tf 72 652 Td (taken over the whole domain of the parameters.) Tj ET"
    )
    text = _text(content, b"txexs", {90: b"integraldisplay"})
    assert text == (
        "and the evidence of the model is the integral Z = \u222b L(x)dx"
        " taken over the whole domain of the parameters."
    )
