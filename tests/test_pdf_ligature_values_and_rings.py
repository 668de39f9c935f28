"""PDF glyphs read from the PDF's own mapping and marks (issue 15, twenty-fifth check rows 3 and 4):
LuaTeX's ligature values written without their leading zero, spacing ring, dot and ogonek accents
over or under a letter, a word TeX sets against the TeX logo. Expected texts are written by hand
from what the page shows."""

from __future__ import annotations

from pdf_objects import one_page, stream
from pdfminer.layout import LAParams, LTChar, LTContainer
from test_pdf_seventh_check import glyph, latex_logo, word

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_lines import _line
from sloika.pipelines.formats.pdf_pages import extract_pages

# a text font as LuaTeX embeds it: no standard metrics, every code 500 units wide, a ToUnicode table
FONT = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+SerifText /FirstChar 0 /LastChar 255"
    b" /Widths [%s] /ToUnicode 6 0 R /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+SerifText"
    b" /Flags 32 /FontBBox [0 -250 1000 750] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700"
    b" /StemV 80 >> >>" % b" ".join([b"500"] * 256)
)


def _to_unicode(values: bytes) -> bytes:
    """A ToUnicode CMap: the printable ASCII codes as themselves, then ``values`` (bfchar lines)."""
    return stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
        b"%d beginbfchar\n%s\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end" % (values.count(b"\n") + 1, values)
    )


def test_ligature_values_written_without_their_leading_zero_read_as_their_letters():
    """LuaTeX wrote the ToUnicode values of its Th, tt and ft ligatures as ``<540068>``, ``<740074>``,
    ``<660074>``: three bytes, "Th" with its first zero byte dropped. Read as UTF-16BE they were
    "吀", "琀", "昀" (and the second letter lost): "吀is", "le琀er", "a昀". They are the letters."""
    values = b"<01> <540068>\n<02> <740074>\n<03> <660074>"
    content = (
        b"BT /F1 10 Tf 72 700 Td (\x01is page sets one le\x02er in each line, and the rest a\x03erwards.) Tj"
        b" ET "
        b"BT /F1 10 Tf 72 686 Td (\x01ere is nothing else to read on it at all.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", FONT)], _to_unicode(values)))
    assert doc.text == (
        "This page sets one letter in each line, and the rest afterwards."
        " There is nothing else to read on it at all."
    )


def test_an_even_value_whose_character_ends_in_a_zero_byte_reads_as_it_is():
    """A CJK font's "一" (U+4E00, ``<4E00>``) also ends in a zero byte; its table, read again, gives it
    unchanged, next to a value that did lose its zero ("Th")."""
    values = b"<01> <4E00>\n<02> <540068>"
    content = b"BT /F1 10 Tf 72 700 Td (\x01 \x02e) Tj ET"
    (page,) = extract_pages(one_page(content, [(b"F1", FONT)], _to_unicode(values)), LAParams())

    def texts(item: object) -> list[str]:
        if isinstance(item, LTChar):
            return [item.get_text()]
        return [text for child in item for text in texts(child)] if isinstance(item, LTContainer) else []

    assert "".join(texts(page)) == "\u4e00 The"


def read(chars: list) -> str:
    """The text the line reader makes of these glyphs."""
    return _line(0, chars, 792.0).text


def test_a_spacing_ring_dot_or_ogonek_over_or_under_a_letter_is_its_mark():
    """Czech "ů" is set as "u" with a spacing ring (˚) drawn over it, Polish "ż" as "z" with a dot (˙)
    over it, "ą" as "a" with an ogonek (˛) under it: each is the composed letter, as the acute and the
    caron over a letter already are."""
    ring = glyph("˚", 103.0, 107.9, 370.33)  # set first, over the u after it
    assert read([glyph("d", 97.5, 103.0, 370.33), ring, *word("um", 103.0)]) == "dům"
    dot = glyph("˙", 97.3, 100.4, 370.33)  # set after the z, over it
    assert read([glyph("z", 96.0, 101.45, 370.33), dot, *word("e", 101.45)]) == "że"
    ogonek = glyph("˛", 103.4, 106.0, 370.33)
    assert read([*word("sa", 96.0), ogonek]) == "są"
    # a dot standing alone between two words of a metavariable (no letter under it) stays
    alone = glyph("˙", 113.9, 116.6, 370.33)
    assert read([*word("ab", 102.0), alone, *word("cd", 117.7)]) == "ab˙cd"


def test_a_word_set_against_the_tex_logo_is_one_word_with_it():
    """plain TeX's ``\\TeX book`` eats the space after the control word and prints "TeXbook", the logo
    and "book" with no gap: one name, not "TeX book". LaTeX's logo still gets back the space TeX ate
    before a word of its own ("a LaTeX way")."""
    tex = latex_logo(460.54)[2:]  # T, lowered E, X
    assert read([*word("the", 440.0), *tex, *word("book", 488.44), *word("for", 515.0)]) == "the TeXbook for"
    assert read([*word("a", 450.60), *latex_logo(460.54), *word("way", 488.44)]) == "a LaTeX way"
