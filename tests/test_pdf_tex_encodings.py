"""TeX fonts the PDF names no glyphs of, read by the TeX encoding they are set in (issue 15,
seventeenth held-out check: a dvips vignette's bitmap fonts lost every ligature, "di erent" and
" sh" for "different" and "fish"; an xdvipdfmx manual's cmsy marks read "Rouquettey" for
"Rouquette†").

The fonts are built as those PDFs have them: dvips' Type 3 bitmap fonts with no name and glyphs
named by their codes (``/a28`` at 28), cmsy embedded as CFF (``/FontFile3``) with no ``/Encoding``.
A ligature reads as its Unicode ligature (U+FB00 ff … U+FB04 ffl), as a named Type 1 font's does;
the pipeline's ``ligatures`` repair spells it out later."""

import struct
from io import BytesIO

from fontTools.cffLib import CFFFontSet
from pdf_objects import HELVETICA, one_page, stream

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_cff import cff_glyph_names


def _bitmap_font(
    codes: list[int], name: bytes = b"", glyph: int = 6, more: bytes = b"", closed: bool = False
) -> bytes:
    """A dvips bitmap font as Ghostscript writes it: Type 3, no name (or ``name`` as its ``/BaseFont``),
    each glyph named by its code and drawn by object ``glyph``; ``more``: entries added to it (a
    ``/ToUnicode``); ``closed``: each run of codes closed by a ``/.notdef`` at the code after it, as
    pdfTeX writes its ``/Differences``."""
    ends = [code + 1 for code in codes if closed and code + 1 not in codes]
    names = b" ".join(
        b"%d /%s" % (code, b"a%d" % code if code in codes else b".notdef") for code in sorted([*codes, *ends])
    )
    procs = b" ".join(b"/a%d %d 0 R" % (code, glyph) for code in codes)
    return (
        b"<< /Type /Font /Subtype /Type3 %s /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >>"
        b" /FirstChar 0 /LastChar 255 /Widths [%s] %s >>"
        % (b"/BaseFont /%s" % name if name else b"", procs, names, b" ".join([b"500"] * 256), more)
    )


def _bitmap_text(codes: list[int], text: bytes) -> str:
    """The kept text of a page that sets ``text`` in a bitmap font of the glyphs ``codes``."""
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


CMEX10 = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /KJWXMQ+CMEX10 /FirstChar 0 /LastChar 127 /Widths [%s]"
    b" /FontDescriptor 7 0 R >>" % b" ".join([b"500"] * 128)
)
CMEX_DESCRIPTOR = (
    b"<< /Type /FontDescriptor /FontName /KJWXMQ+CMEX10 /Flags 4 /FontBBox [0 -3000 1000 1000] /ItalicAngle 0"
    b" /Ascent 0 /Descent 0 /CapHeight 683 /StemV 46 >>"
)


def test_a_math_extension_font_with_no_glyph_names_reads_by_its_layout():
    """cmex with no ``/Encoding`` and no program reads its codes by cmex's own layout (OMX): 16 and 17
    are \\Big's parentheses, 88 the display sum, not "(cid:16)" or StandardEncoding's "X"; raised (``Ts``)
    as TeX centres them on the row's axis."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The sum ) Tj /X 10 Tf 8 Ts (X) Tj /F1 10 Tf 0 Ts ( runs over ) Tj"
        b" /X 10 Tf 8 Ts <10> Tj /F1 10 Tf 0 Ts (all of the terms) Tj /X 10 Tf 8 Ts <11> Tj"
        b" /F1 10 Tf 0 Ts ( here.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"X", CMEX10)], CMEX_DESCRIPTOR))
    assert doc.text == "The sum \u2211 runs over (all of the terms) here."


def _companion_text(font: bytes, *more: bytes) -> str:
    """The kept text of a Helvetica page whose signs (a bullet, a euro, degrees, a copyright, a dagger) are
    set in the text companion font ``font`` (``/C``), as LaTeX's ``textcomp`` sets them in tcrm1000."""
    content = (
        b"BT /F1 10 Tf 72 700 Td /C 10 Tf (\\210) Tj /F1 10 Tf ( The fee is 20) Tj /C 10 Tf (\\277) Tj"
        b" /F1 10 Tf ( at 5) Tj /C 10 Tf (\\260) Tj /F1 10 Tf (C, see the note) Tj /C 10 Tf (\\204) Tj"
        b" /F1 10 Tf (.) Tj ET BT /F1 10 Tf 72 688 Td /C 10 Tf (\\251) Tj /F1 10 Tf ( 2020 The Authors.) Tj"
        b" ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"C", font)], *more))
    return doc.text


COMPANION_TEXT = "\u2022 The fee is 20\u20ac at 5\u00b0C, see the note\u2020. \u00a9 2020 The Authors."
TCRM = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /QWERTY+TCRM1000 /FirstChar 132 /LastChar 191"
    b" /Widths [%s] /FontDescriptor 7 0 R >>" % b" ".join([b"500"] * 60)
)
TCRM_DESCRIPTOR = (
    b"<< /Type /FontDescriptor /FontName /QWERTY+TCRM1000 /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
    b" /Ascent 0 /Descent 0 /CapHeight 683 /StemV 46 >>"
)


def test_a_text_companion_font_with_no_encoding_reads_its_signs():
    """tcrm embedded with no ``/Encoding`` and no Type 1 program reads by TS1 (136 •, 191 €, 176 °,
    132 †, 169 ©), not by StandardEncoding, which has nothing at most of those codes."""
    assert _companion_text(TCRM, TCRM_DESCRIPTOR) == COMPANION_TEXT


def test_a_text_companion_bitmap_font_reads_its_signs():
    """A bitmap tcrm1000 (Type 3, glyphs named by their codes) reads by TS1 too."""
    font = _bitmap_font([132, 136, 169, 176, 191], b"tcrm1000", glyph=7)
    assert _companion_text(font, stream(b"500 0 d0")) == COMPANION_TEXT


def test_a_nameless_bitmap_font_of_companion_signs_reads_by_ts1():
    """pdfTeX's bitmap tcrm has no name: a font whose codes are all TS1 slots, one where T1 has an
    accented capital (136 "Ĺ") and no vowel, is the companion's; its lone itemize bullet reads "•"."""
    text = b"\\210 Items are drawn one by one."
    (doc,) = parse_pdf(
        one_page(
            b"BT /T 10 Tf 72 700 Td (%s) Tj ET" % text, [(b"T", _bitmap_font([136]))], stream(b"500 0 d0")
        )
    )
    assert doc.text.startswith("\u2022")


def test_a_companion_bitmap_font_whose_runs_pdftex_closes_reads_by_ts1():
    """cummeRbund-manual.pdf (pdfTeX, nameless T1 bitmap fonts): its companion font's ``/Differences`` are
    ``[42 /a42 43 /.notdef 136 /a136]``, each run closed by a ``/.notdef``. 43 draws nothing and is no
    TS1 slot; the font's drawn codes are the companion's, so its itemize bullet (136) reads "•" and its
    centred asterisk (42) "⁎", not the document's T1 "Ĺ" and "*"."""
    content = (
        b"BT /C 10 Tf 72 700 Td (\\210) Tj /R 10 Tf ( The \\034rst item is drawn.) Tj ET"
        b" BT /C 10 Tf 72 686 Td (*) Tj /R 10 Tf ( The second item is drawn.) Tj ET"
    )
    roman = _bitmap_font([27, 28, 29, 30, 31, *range(32, 123)], glyph=7, closed=True)
    companion = _bitmap_font([42, 136], glyph=7, closed=True)
    (doc,) = parse_pdf(one_page(content, [(b"R", roman), (b"C", companion)], stream(b"500 0 d0")))
    assert doc.text == "\u2022 The \ufb01rst item is drawn.\n\u204e The second item is drawn."


# the ToUnicode table Ghostscript writes for a bitmap font from its glyph names: "/a132" and "/a133"
# read as Zapf Dingbats' names, ❸ and ❹
ZAPF_TABLE = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def /CMapName /R1 def"
    b" 1 begincodespacerange <00> <ff> endcodespacerange 2 beginbfrange <84> <84> <2778> <85> <85> <2779>"
    b" endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
)


def test_a_bitmap_fonts_names_read_as_dingbats_read_by_its_encoding():
    """A nameless bitmap font of TS1's † and ‡ (132, 133: the marks of a title page's affiliation
    notes) whose ToUnicode table reads its glyph names as Zapf Dingbats' (❸ ❹) reads them as † and ‡."""
    content = (
        b"BT /T 10 Tf 72 700 Td (\\204) Tj /F1 10 Tf ( Institute of Statistics, University of Vienna.) Tj ET"
        b" BT /T 10 Tf 72 688 Td (\\205) Tj /F1 10 Tf ( Institute of Medical Informatics, Erlangen.) Tj ET"
    )
    font = _bitmap_font([132, 133], glyph=7, more=b"/ToUnicode 8 0 R")
    (doc,) = parse_pdf(
        one_page(content, [(b"F1", HELVETICA), (b"T", font)], stream(b"500 0 d0"), stream(ZAPF_TABLE))
    )
    assert "\u2778" not in doc.text and "\u2779" not in doc.text
    assert "\u2020 Institute of Statistics" in doc.text and "\u2021 Institute of Medical" in doc.text


def _cff_index(items: list[bytes]) -> bytes:
    """A CFF INDEX of ``items``, its offsets four bytes each."""
    offsets = [1]
    for item in items:
        offsets.append(offsets[-1] + len(item))
    return (
        struct.pack(">HB", len(items), 4)
        + b"".join(struct.pack(">I", at) for at in offsets)
        + b"".join(items)
    )


def _cff_program(codes: dict[int, str]) -> bytes:
    """A compact (CFF) font program whose own encoding sets each code to its glyph name, the names its
    own strings (ids from 391), as Ghostscript writes TeX's Type 1 fonts: one glyph per code, each empty."""
    names = list(codes.values())

    def top(charset: int, encoding: int, charstrings: int) -> bytes:
        offsets = ((charset, 15), (encoding, 16), (charstrings, 17))
        return b"".join(b"\x1d" + struct.pack(">i", at) + bytes([op]) for at, op in offsets)

    head = b"\x01\x00\x04\x04" + _cff_index([b"CMR10"])
    strings = _cff_index([name.encode() for name in names])
    start = len(head) + len(_cff_index([top(0, 0, 0)])) + len(strings) + 2  # 2: an empty Global Subr INDEX
    charset = b"\x00" + b"".join(struct.pack(">H", 391 + at) for at in range(len(names)))
    encoding = bytes([0, len(names), *codes])
    charstrings = _cff_index([b"\x0e"] * (len(names) + 1))
    offsets = top(start, start + len(charset), start + len(charset) + len(encoding))
    return head + _cff_index([offsets]) + strings + b"\x00\x00" + charset + encoding + charstrings


def _tex_font_text(base_font: bytes, content: bytes, program: bytes | None) -> str:
    """The kept text of a page that sets ``content`` in the TeX font ``base_font`` (``/T``, every code
    500 units wide), embedded with no ``/Encoding`` as the compact ``program`` (or with none), beside
    Helvetica."""
    embedded = b" /FontFile3 7 0 R" if program else b""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+%s /FirstChar 0 /LastChar 255 /Widths [%s]"
        b" /FontDescriptor 7 0 R >>" % (base_font, b" ".join([b"500"] * 256))
    )
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /ABCDEF+%s /Flags 4 /FontBBox [0 -250 1000 750] /ItalicAngle 0"
        b" /Ascent 750 /Descent -250 /CapHeight 683 /StemV 46%s >>" % (base_font, embedded)
    )
    more = [stream(program, b"/Subtype /Type1C")] if program else []
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"T", font)], descriptor, *more))
    return doc.text


# cmr10's glyphs at the codes a sentence uses: its ligatures at 11-14, its double quotes at 92 and 34,
# its en dash at 123, and the ASCII letters, digits and signs at their own codes
CMR_NAMES = {
    11: "ff",
    12: "fi",
    13: "fl",
    14: "ffi",
    32: "space",
    34: "quotedblright",
    44: "comma",
    46: "period",
    **{code: chr(code) for code in range(ord("a"), ord("z") + 1)},
    51: "three",
    55: "seven",
    84: "T",
    92: "quotedblleft",
    123: "endash",
}
CMR_LINE = (
    b'BT /T 10 Tf 72 700 Td (The \\\\input" \\014le is a \\014le of \\015oats, pages 3{7, for e\\013ect.) Tj'
    b" ET"
)
CMR_TEXT = "The \u201cinput\u201d \ufb01le is a \ufb01le of \ufb02oats, pages 3\u20137, for e\ufb00ect."


def test_a_compact_knuth_font_reads_its_codes_by_its_own_glyph_names():
    """cmr10 embedded as CFF with no ``/Encoding`` (Ghostscript's glpk manuals) reads each code by the
    name its program's encoding gives it: "fi" at 12, not StandardEncoding's nothing ("The DIMACS input
    le"); ``quotedblleft`` at 92, not "\\"."""
    assert _tex_font_text(b"CMR10", CMR_LINE, _cff_program(CMR_NAMES)) == CMR_TEXT


def test_a_knuth_font_with_no_glyph_names_reads_by_ot1():
    """cmr10 with neither ``/Encoding`` nor a program reads by OT1, the encoding its name says."""
    assert _tex_font_text(b"CMR10", CMR_LINE, None) == CMR_TEXT


def test_a_compact_symbol_font_reads_its_minus_and_times():
    """cmsy10 embedded as CFF with no ``/Encoding`` reads 0 and 2 by their names, "−" and "×", not
    "(cid:0)" and nothing."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The value a ) Tj /T 10 Tf (\\000) Tj /F1 10 Tf ( b ) Tj /T 10 Tf (\\002) Tj"
        b" /F1 10 Tf ( c is small.) Tj ET"
    )
    program = _cff_program({0: "minus", 2: "multiply"})
    assert _tex_font_text(b"CMSY10", content, program) == "The value a \u2212 b \u00d7 c is small."


def test_the_compact_programs_names_agree_with_fonttools():
    """fontTools' CFF reader, a second implementation, gives each program the same code-to-name table,
    but for code 0, which it drops (cmsy's minus; our reader keeps it: TeX's symbol fonts set it)."""
    for codes in (CMR_NAMES, {0: "minus", 2: "multiply", 3: "asteriskmath", 121: "dagger"}):
        program = _cff_program(codes)
        fonts = CFFFontSet()
        fonts.decompile(BytesIO(program), otFont=None)
        reference = {
            code: name for code, name in enumerate(fonts[fonts.fontNames[0]].Encoding) if name != ".notdef"
        }
        assert cff_glyph_names(program) == codes
        assert reference == {code: name for code, name in codes.items() if code != 0}


# cmex10 as Ghostscript wrote strucchange-intro.pdf's: its ``/Differences`` name the radicals, its ToUnicode
# sends them to one-byte values (<00>, <02>) that read as no text
CMEX_EMPTY_VALUES = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /WXNBLU+CMEX10 /FirstChar 0 /LastChar 255 /Widths [%s]"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding"
    b" /Differences [112 /radicalbig /radicalBig] >>"
    b" /ToUnicode 7 0 R >>" % b" ".join([b"500"] * 256)
)
EMPTY_VALUES_CMAP = stream(
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapType 2 def /CMapName /R1 def"
    b" 1 begincodespacerange <00> <ff> endcodespacerange 2 beginbfrange <70> <70> <00> <71> <71> <02>"
    b" endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
)


def test_a_tounicode_value_of_no_text_reads_by_the_glyphs_name():
    """A ToUnicode value that reads as no character (a one-byte <02>) is no mapping: the glyph reads by
    its name, ``radicalBig`` "√", where it read as nothing and a kept display lost its root sign."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The bound is the root ) Tj /X 10 Tf (q) Tj /F1 10 Tf (t of time.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"X", CMEX_EMPTY_VALUES)], EMPTY_VALUES_CMAP))
    assert doc.text == "The bound is the root \u221at of time."


def test_a_typewriter_bitmap_font_reads_by_its_documents_cork_encoding():
    """surf-alggeo.pdf (pdfTeX, T1 bitmap fonts with no names): its roman font sets ligatures at 27-31, so
    it is T1; its typewriter font has no ligature slot, but LaTeX's fontenc sets every text font of a
    document in one encoding, so it is T1 too: 21 the en dash TeX's "--" gives, 2 the circumflex of a
    lone ``\\^{}``; they read as those, not as unmapped glyphs cut from "--no-gui" and "(x-3)^3"."""
    content = (
        b"BT /R 10 Tf 72 700 Td (The program reads its scripts from the command line.) Tj"
        b" ( The \\034rst options are ) Tj /M 10 Tf (\\025no-gui) Tj /R 10 Tf ( and ) Tj"
        b" /M 10 Tf (\\025exec) Tj /R 10 Tf (, and the power is ) Tj"
        b" /M 10 Tf ((x-3)\\0023) Tj /R 10 Tf (.) Tj ET"
    )
    roman = _bitmap_font([27, 28, 29, 30, *range(32, 123)], glyph=7)
    typewriter = _bitmap_font([2, 21, *range(32, 127)], glyph=7)
    (doc,) = parse_pdf(one_page(content, [(b"R", roman), (b"M", typewriter)], stream(b"500 0 d0")))
    assert doc.text == (
        "The program reads its scripts from the command line. The \ufb01rst options are \u2013no-gui and"
        " \u2013exec, and the power is (x-3)^3."
    )
