"""TeX's math-font glyphs read by their names or cut, never kept as "(cid:N)" (issue 15, eighth
held-out check: mwclsdoc.pdf kept "hodstępi" for ⟨odstęp⟩, sample-polski.pdf "LaTeX2(cid:15)",
lshort-pl.pdf "a, b, c 6= {a, b, c}" for ≠ and 59 "(cid:N)" in its kept text).

The fonts here are named and encoded as pdfTeX writes TeX's math fonts: a ``/Differences`` array
over WinAnsiEncoding naming the codes the page uses with TeX's glyph names, no ToUnicode table."""

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import UNMAPPED_WHY, parse_pdf


def _tex_font(base_font: bytes, differences: bytes) -> bytes:
    """A TeX math font as pdfTeX names it (``/ABCDEF+CMSY10``): every code 400 units wide."""
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 0 /LastChar 127 /Widths [%s]"
        b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> >>"
        % (base_font, b" ".join([b"400"] * 128), differences)
    )


CMSY = _tex_font(b"HMVRFB+CMSY10", b"54 /negationslash 104 /angbracketleft /angbracketright")
CMMI = _tex_font(b"KBOUDP+CMMI10", b"15 /epsilon1 34 /epsilon")
CMEX = _tex_font(
    b"LJBBXW+CMEX10",
    b"0 /parenleftbig 12 /vextendsingle /vextenddouble 48 /parenlefttp 64 /parenleftbt 88 /summationdisplay"
    b" 126 /arrowdbltp",
)


def _parse(content: bytes):
    """The one document of a page drawing ``content`` with Helvetica /F1 and the TeX fonts /S
    (cmsy), /M (cmmi), /X (cmex)."""
    fonts = [(b"F1", HELVETICA), (b"S", CMSY), (b"M", CMMI), (b"X", CMEX)]
    (doc,) = parse_pdf(one_page(content, fonts))
    return doc


def test_angle_brackets_named_over_the_codes_of_h_and_i_read_as_brackets():
    doc = _parse(
        b"BT /F1 10 Tf 72 700 Td (The argument ) Tj /S 10 Tf (h) Tj /F1 10 Tf (width) Tj /S 10 Tf (i) Tj"
        b" /F1 10 Tf ( sets how wide the column of the table is.) Tj ET"
    )
    assert doc.text == "The argument \u27e8width\u27e9 sets how wide the column of the table is."


def test_a_math_italic_epsilon_reads_by_its_tex_name():
    doc = _parse(
        b"BT /F1 10 Tf 72 700 Td (The guide to LaTeX2) Tj /M 10 Tf <0f> Tj"
        b' /F1 10 Tf ( is found on the web, and so is its ) Tj /M 10 Tf (") Tj /F1 10 Tf ( too.) Tj ET'
    )
    # cmmi's epsilon1 is \epsilon, the lunate ϵ; its "epsilon" (code 34, the Adobe name) is ε
    assert doc.text == "The guide to LaTeX2\u03f5 is found on the web, and so is its \u03b5 too."


def test_a_big_delimiter_reads_as_its_character_and_bracket_pieces_are_cut():
    """cmex's sized glyphs read as their base ("summationdisplay" ∑, "parenleftbig" "("); the pieces
    of a tall bracket are the Adobe list's private-use U+F8EB/U+F8ED (``parenlefttp``/``parenleftbt``):
    cut, one space left where they stood."""
    doc = _parse(
        b"BT /F1 10 Tf 72 700 Td (The sum ) Tj /X 10 Tf (X) Tj /F1 10 Tf ( runs over ) Tj /X 10 Tf <00> Tj"
        b" /F1 10 Tf (all of the terms; a brace ) Tj /X 10 Tf (0@) Tj /F1 10 Tf ( is in pieces.) Tj ET"
    )
    assert doc.text == "The sum \u2211 runs over (all of the terms; a brace is in pieces."
    cut = [(s.attrs["text"], s.attrs["why"]) for s in doc.layers["removed"] if s.label == "unreadable"]
    assert cut == [("\uf8eb\uf8ed", UNMAPPED_WHY)]


def _stacked(at: float, top: bytes, *pieces: bytes) -> bytes:
    """cmex's pieces ``pieces`` drawn as TeX stacks an extensible delimiter: each under the one before,
    at one x (``at``), 6 pt apart, from ``top`` (the top piece's baseline) down."""
    return b"".join(
        b" BT /X 10 Tf 1 0 0 1 %g %g Tm <%s> Tj ET" % (at, float(top) - 6 * n, piece.hex().encode())
        for n, piece in enumerate(pieces)
    )


# cmex as pdfTeX embeds it, its descriptor naming it (pdfminer's ``fontname``, by which the page reader
# knows a math extension font's glyphs): object 7, after Helvetica and it
STACKING_CMEX = CMEX.replace(b" >> >>", b" >> /FontDescriptor 7 0 R >>")
STACKING_DESCRIPTOR = (
    b"<< /Type /FontDescriptor /FontName /LJBBXW+CMEX10 /Flags 4 /FontBBox [0 -3000 1000 1000] /ItalicAngle 0"
    b" /Ascent 40 /Descent -600 /CapHeight 0 /StemV 47 >>"
)


def _stacked_text(content: bytes) -> str:
    """The text of a page drawing ``content`` with Helvetica /F1 and the described cmex /X."""
    fonts = [(b"F1", HELVETICA), (b"X", STACKING_CMEX)]
    (doc,) = parse_pdf(one_page(content, fonts, STACKING_DESCRIPTOR))
    return doc.text


def _row(at: float, text: bytes) -> bytes:
    """Helvetica ``text`` on the row's baseline (700) from ``at``."""
    return b" BT /F1 10 Tf 1 0 0 1 %g 700 Tm (%s) Tj ET" % (at, text)


def test_a_stacked_bar_reads_as_one_bar_on_its_row():
    """cmex has no sized bars: TeX stacks its repeat ``vextendsingle`` (read "(cid:12)", cut) into a tall
    | (abinit's test_report_elf.pdf: "|∇|ψ|²|²" drawn with two pieces a bar, read "| |" over two lines).
    The stack reads as its bar once, on the row it spans."""
    content = (
        _row(72, b"The norm ") + _stacked(117.57, b"712", b"\x0c", b"\x0c", b"\x0c") + _row(121.57, b"x")
    )
    content += _stacked(126.07, b"712", b"\x0c", b"\x0c", b"\x0c") + _row(130.57, b" is the largest entry.")
    assert _stacked_text(content) == "The norm |x| is the largest entry."


def test_a_private_use_dash_reads_as_a_dash():
    """Adobe's ``threequartersemdash`` (U+F6DE, a ToUnicode value of mwclsdoc.pdf's text font) is a
    dash: "report — mwrep", not "report  mwrep"."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding"
        b" /Differences [128 /threequartersemdash] >> >>"
    )
    content = b"BT /D 10 Tf 72 700 Td (The class report \200 mwrep, and the book class too.) Tj ET"
    (doc,) = parse_pdf(one_page(content, [(b"D", font)]))
    assert doc.text == "The class report \u2014 mwrep, and the book class too."


def test_the_negation_slash_over_an_equals_sign_reads_as_not_equal():
    doc = _parse(
        b"BT /F1 10 Tf 1 0 0 1 72 700 Tm (The two sets differ, so A) Tj ET"
        b" BT /S 10 Tf 1 0 0 1 185 700 Tm (6) Tj ET BT /F1 10 Tf 1 0 0 1 184.5 700 Tm (=) Tj ET"
        b" BT /F1 10 Tf 1 0 0 1 197 700 Tm (B holds for every pair of them.) Tj ET"
    )
    assert doc.text == "The two sets differ, so A \u2260 B holds for every pair of them."


def test_an_unmapped_glyph_opening_a_paragraph_is_cut_with_its_space():
    """A list's bullet in a font that names it outside every list ("(cid:136)" in polski.pdf) opens
    the paragraph: cut, the paragraph starts at its first word."""
    doc = _parse(
        b"BT /X 10 Tf 72 700 Td <7e> Tj /F1 10 Tf"
        b" ( The package itself is the most important part of it.) Tj ET"
    )
    assert doc.text == "The package itself is the most important part of it."
    assert [s.attrs["text"] for s in doc.layers["removed"]] == ["(cid:126)"]


def test_tex_names_of_cmsy_and_cmex_read_as_their_characters():
    """cmsy's ``prime`` and ``bardbl`` (the Adobe list has neither) are ′ and ‖; cmex's sized
    ``uniontext`` is the n-ary union ⋃, not the binary ∪."""
    font = _tex_font(b"PUERIX+CMSY10", b"48 /prime 107 /bardbl 83 /uniontext")
    content = b"BT /S 10 Tf 72 700 Td (The derivative f) Tj /T 10 Tf (0) Tj /S 10 Tf ( of the norm ) Tj"
    content += (
        b" /T 10 Tf (k) Tj /S 10 Tf (x) Tj /T 10 Tf (k) Tj /S 10 Tf ( over the union ) Tj /T 10 Tf (S) Tj"
    )
    content += b" /S 10 Tf ( of the sets.) Tj ET"
    (doc,) = parse_pdf(one_page(content, [(b"S", HELVETICA), (b"T", font)]))
    assert doc.text == "The derivative f\u2032 of the norm \u2016x\u2016 over the union \u22c3 of the sets."
