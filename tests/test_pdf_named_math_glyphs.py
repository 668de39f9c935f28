"""A math font's glyph names over a ToUnicode table that maps them to Latin-1 signs (issue 15,
thirtieth check row 5: a Sweave vignette re-distilled by Ghostscript read ν as "¿", γ as "µ", α as
"³" and ⊤ as "¦"; "¿-classification", "only two: C and µ").

Ghostscript kept each math font's ``/Differences`` (cmmi's ``/nu`` at 23, ``/gamma`` at 13, cmsy's
``/latticetop`` at 62) but wrote a ToUnicode table giving those codes Latin-1 signs. The fonts here
are built the same way; the expected texts are written by hand from what the glyphs draw."""

from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf


def _to_unicode(values: bytes) -> bytes:
    """A ToUnicode CMap of these bfchar lines only."""
    return stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"%d beginbfchar\n%s\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end" % (values.count(b"\n") + 1, values)
    )


def _font(base_font: bytes, differences: bytes, to_unicode: int) -> bytes:
    """A math font as Ghostscript writes it: glyphs named over WinAnsi, a ToUnicode table (object
    ``to_unicode``), every code 400 units wide."""
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 0 /LastChar 127 /Widths [%s]"
        b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>"
        b" /ToUnicode %d 0 R >>" % (base_font, b" ".join([b"400"] * 128), differences, to_unicode)
    )


# cmmi: α γ ν by name, Latin-1's ³ µ ¿ by the table; x and its comma right in both
CMMI = _font(b"YAAPDO+CMMI10", b"11 /alpha 13 /gamma 23 /nu 59 /comma", 8)
CMMI_VALUES = b"<0b> <00b3>\n<0d> <00b5>\n<17> <00bf>\n<3b> <002c>\n<78> <0078>"
# cmsy: ⊤ by name, "¦" by the table
CMSY = _font(b"AYTPJG+CMSY7", b"62 /latticetop", 9)
CMSY_VALUES = b"<3e> <00a6>"


def _parse(content: bytes, cmmi: bytes = CMMI, values: bytes = CMMI_VALUES) -> str:
    """The text of a page drawing ``content`` with Helvetica /F1, cmmi /M and cmsy /S."""
    fonts = [(b"F1", HELVETICA), (b"M", cmmi), (b"S", CMSY)]
    (doc,) = parse_pdf(one_page(content, fonts, _to_unicode(values), _to_unicode(CMSY_VALUES)))
    return doc.text


def test_greek_letters_named_by_the_font_read_as_the_letters_not_latin_signs():
    text = _parse(
        b"BT /F1 10 Tf 72 700 Td (The ) Tj /M 10 Tf <17> Tj /F1 10 Tf (-classification uses a parameter ) Tj"
        b" /M 10 Tf <17> Tj /F1 10 Tf ( and the kernel a width ) Tj /M 10 Tf <0d> Tj"
        b" /F1 10 Tf (, with weights ) Tj /M 10 Tf <0b> Tj /F1 10 Tf ( for every point.) Tj ET"
    )
    assert text == (
        "The \u03bd-classification uses a parameter \u03bd and the kernel a width \u03b3,"
        " with weights \u03b1 for every point."
    )


def test_a_math_sign_named_by_the_font_reads_as_the_sign():
    text = _parse(
        b"BT /F1 10 Tf 72 700 Td (The kernel is the product ) Tj /M 10 Tf (x) Tj /S 10 Tf <3e> Tj"
        b" /M 10 Tf (x) Tj /F1 10 Tf ( of the two vectors of the data set.) Tj ET"
    )
    assert text == "The kernel is the product x\u22a4x of the two vectors of the data set."


def test_a_table_value_the_name_does_not_contradict_stays():
    """A glyph named outside the Adobe list (``/g23``), or one the table maps to a letter, keeps the
    table's character: only a Latin-1 sign given to a glyph named as a Greek letter or a math sign
    is taken for the table's mistake."""
    cmmi = _font(b"YAAPDO+CMMI10", b"11 /alpha 23 /g23", 8)
    text = _parse(
        b"BT /F1 10 Tf 72 700 Td (The sign ) Tj /M 10 Tf <17> Tj /F1 10 Tf ( and the letter ) Tj"
        b" /M 10 Tf <0b> Tj /F1 10 Tf ( stand as the table has them here.) Tj ET",
        cmmi,
        b"<0b> <0061>\n<17> <00bf>",
    )
    assert text == "The sign \u00bf and the letter a stand as the table has them here."


# a math italic font's Type 1 program whose built-in encoding names ν at 23 (no ``/Encoding`` in the PDF)
PROGRAM = b"""%!PS-AdobeFont-1.0: DemoMathItalic 1.0
/FontName /DemoMathItalic def
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
dup 23 /nu put
readonly def
currentdict end
"""


def test_a_greek_letter_named_by_the_embedded_program_reads_as_the_letter():
    """With no ``/Differences``, the name comes from the built-in encoding of the font's program."""
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /ABCDEF+DemoMathItalic /Flags 4 /FontBBox [0 -250 1000 750]"
        b" /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 /FontFile 7 0 R >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+DemoMathItalic /FirstChar 0 /LastChar 127"
    font += b" /Widths [%s] /FontDescriptor %s /ToUnicode 8 0 R >>" % (b" ".join([b"400"] * 128), descriptor)
    program = stream(PROGRAM, b"/Length1 %d /Length2 0 /Length3 0" % len(PROGRAM))
    content = (
        b"BT /F1 10 Tf 72 700 Td (The parameter ) Tj /M 10 Tf <17> Tj"
        b" /F1 10 Tf ( bounds the fraction of support vectors.) Tj ET"
    )
    fonts = [(b"F1", HELVETICA), (b"M", font)]
    (doc,) = parse_pdf(one_page(content, fonts, program, _to_unicode(b"<17> <00bf>")))
    assert doc.text == "The parameter \u03bd bounds the fraction of support vectors."


# cmsy as strucchange-intro.pdf's: ⌊ ⌋ ≤ − by name, "+", ",", "f" and "-" by the table
FLOORS = _font(b"HTDLRA+CMSY10", b"0 /minus 20 /lessequal 98 /floorleft /floorright", 9)
FLOOR_VALUES = b"<00> <002d>\n<14> <0066>\n<62> <002b>\n<63> <002c>"


def _parse_floors(content: bytes) -> str:
    """The text of a page drawing ``content`` with Helvetica /F1, cmmi /M and strucchange's cmsy /S."""
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", FLOORS)]
    (doc,) = parse_pdf(one_page(content, fonts, _to_unicode(CMMI_VALUES), _to_unicode(FLOOR_VALUES)))
    return doc.text


def test_floor_and_relation_signs_a_table_reads_as_ascii_read_as_their_names():
    """A TeX math font's sign the table gives an ASCII character of another kind (a letter for "≤",
    "+" and "," for the floor brackets) reads as its name says; the table's "-" for ``/minus`` is the
    sign's own stand-in and stays."""
    text = _parse_floors(
        b"BT /F1 10 Tf 72 700 Td (The integer part ) Tj /S 10 Tf <62> Tj /M 10 Tf (x) Tj /S 10 Tf <63> Tj"
        b" /F1 10 Tf ( is taken for 0 ) Tj /S 10 Tf <14> Tj /M 10 Tf (x) Tj /S 10 Tf <14> Tj"
        b" /F1 10 Tf ( 1 ) Tj /S 10 Tf <00> Tj /F1 10 Tf ( h in every window.) Tj ET"
    )
    assert text == "The integer part \u230ax\u230b is taken for 0 \u2264x\u2264 1 - h in every window."


def test_a_letter_the_table_gives_a_named_relation_sign_reads_as_the_sign():
    """clue.pdf (thirty-seventh check): Ghostscript's table for cmsy gave ``/lessequal`` (20) and
    ``/greaterequal`` (21) the letters "f" and "g", so "uij ≤ min(uik, ujk)" read "uij f min(uik, ujk)".
    A math sign is never read as a letter; the Greek letter a table reads as its Latin one stays (above)."""
    cmsy = _font(b"RTKCCA+CMSY10", b"20 /lessequal /greaterequal", 9)
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", cmsy)]
    content = (
        b"BT /F1 10 Tf 72 700 Td (A pair is kept when u ) Tj /S 10 Tf <14> Tj /F1 10 Tf ( min and the"
        b" count ) Tj /S 10 Tf <15> Tj /F1 10 Tf ( 20 for every ensemble.) Tj ET"
    )
    pdf = one_page(content, fonts, _to_unicode(CMMI_VALUES), _to_unicode(b"<14> <0066>\n<15> <0067>"))
    (doc,) = parse_pdf(pdf)
    assert doc.text == "A pair is kept when u \u2264 min and the count \u2265 20 for every ensemble."
