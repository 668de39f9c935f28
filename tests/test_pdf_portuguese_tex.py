"""Portuguese TeX manuals in PDF (issue 15, the twelfth held-out check on texlive-lang-portuguese):
OT1's cedilla set before its c. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

import unicodedata

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_code_blocks import CODE  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import DEBRIS

# Helvetica's widths (thousandths of an em) of the glyphs the OT1 words below are drawn with
CEDILLA, TILDE, C, A = 333, 333, 500, 556


def ot1(word: str) -> bytes:
    """A TJ array drawing ``word`` as OT1 TeX does: "ç" as the cedilla's glyph, then a c drawn
    back over it (the cedilla centred under the c), "ã" as an "a" with the tilde centred over it
    (WinAnsi: cedilla 0xB8, small tilde 0x98)."""
    parts = []
    for letter in word:
        if letter == "ç":
            parts.append(b"%d (\\270) %d (c)" % (-(C - CEDILLA) // 2, CEDILLA + (C - CEDILLA) // 2))
        elif letter == "ã":
            parts.append(b"%d (\\230) %d (a)" % (-(A - TILDE) // 2, TILDE + (A - TILDE) // 2))
        else:
            parts.append(b"(%s)" % letter.encode())
    return b"[" + b" ".join(parts) + b"] TJ"


def test_a_cedilla_set_before_its_c_is_the_c_with_cedilla():
    """tutorialbeamer.pdf (OT1, dvipdfm): every "ç" read "¸c" ("apresenta¸cões", "Introdu¸cão"), the
    cedilla's glyph coming first in the content stream; its box lies under the c's: one "ç", and the
    tilde over the "a" after it composed as before ("ã")."""
    words = ["A", "introdução", "da", "apresentação", "começa", "no", "cabeçalho."]
    content = b"BT /F1 10 Tf 72 760 Td " + b" ( ) Tj ".join(ot1(word) for word in words) + b" ET"
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text.strip() == "A introdução da apresentação começa no cabeçalho."


def test_a_cedilla_under_no_letter_stays_as_it_is():
    """A cedilla standing alone (a table of accents: "¸ cedilla") is no letter's mark."""
    content = b"BT /F1 10 Tf 72 760 Td (O acento \\270 chama-se cedilha.) Tj ET"
    (doc,) = parse_pdf(helvetica_pages([content]))
    assert doc.text.strip() == "O acento \u00b8 chama-se cedilha."


COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _numbered_listing_pdf(prose: list[str]) -> bytes:
    """doc.sty's listing as numberpt.pdf sets it: 7 pt roman line numbers, 9 pt typewriter code a few
    points right of them (a block's closing "}" at the listing's left edge, its body indented two
    characters), then a prose paragraph."""
    from pdf_objects import HELVETICA, font_pages

    listing = [(72.0, r"\cs_new:Nn \decompose:n {"), (82.8, r"\int_set:Nn \l_tmpa_int { #1 }")]
    listing += [(82.8, r"\int_set:Nn \digit_u { \int_mod:nn { \l_tmpa_int } { 10 } }"), (72.0, "}")]
    parts, y = [], 700
    for number, (x, code) in enumerate(listing, start=180):
        parts.append(b"BT /F1 7 Tf 58 %d Td (%d) Tj ET" % (y, number))
        parts.append(b"BT /F2 9 Tf %.1f %d Td (%s) Tj ET" % (x, y, _escaped(code)))
        y -= 11
    y -= 16
    for text in prose:
        parts.append(b"BT /F1 10 Tf 62 %d Td (%s) Tj ET" % (y, _escaped(text)))
        y -= 12
    return font_pages([b"\n".join(parts)], [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_listing_closing_brace_read_last_closes_its_listing():
    """numberpt.pdf: pdfminer put the "}" closing ``\\NumberPT_decompose:n`` (at the listing's left
    edge, one leading under its last line, beside its line number "183") in a box of its own after
    the page's other text; standing alone it was cut as a ``fragment`` and the listing was left
    unbalanced. pdfminer keeps the small page below in order, so the brace is moved to the page's end
    here as it read numberpt.pdf's: it goes back under the listing's last line, and is kept."""
    from sloika.pipelines.formats.pdf_layout import lay_out
    from sloika.pipelines.formats.pdf_lines import read_lines
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    prose = [
        "Now the command that prints the counter, with an error message in case the",
        "counter is out of range; even then it falls back to an arabic number.",
    ]
    (page,), rules, dropped = read_lines(_numbered_listing_pdf(prose))
    brace = next(line for line in page if line.text == "}")
    page = [line for line in page if line is not brace] + [brace]  # pdfminer's order in numberpt.pdf
    found = [p for p in paragraphs(lay_out([page], rules, dropped).pages) if not p.startswith(DEBRIS)]
    assert [p.lstrip(CODE) for p in found] == [
        "\\cs_new:Nn \\decompose:n {\n"
        "  \\int_set:Nn \\l_tmpa_int { #1 }\n"
        "  \\int_set:Nn \\digit_u { \\int_mod:nn { \\l_tmpa_int } { 10 } }\n"
        "}",
        " ".join(prose),
    ]


def test_one_long_value_on_a_page_of_short_ones_does_not_take_the_next():
    """numberpt.pdf's last test page: one value of 40 characters ("2299: DOIS MIL DUZENTOS E NOVENTA E
    NOVE") was the page's only long line, so it made the page's right margin, seemed to fill the
    column and took the next value ("… NOVE 2300: DOIS MIL E TREZENTOS"). The prose pages show
    where the margin is: each value stays a line of its own."""
    from pdf_objects import helvetica_pages

    prose = [
        "The package spells the value of a counter in Portuguese words, in lower case, with the first",
        "word capitalized, with all words capitalized or in upper case; the tests below print a few",
        "values of each kind, one a line, so that a reader can check the spelling of every one of them",
        "against the rules of the language as the grammars and the dictionaries give them today.",
    ]
    values = ["2201: DOIS MIL DUZENTOS E UM", "2299: DOIS MIL DUZENTOS E NOVENTA E NOVE"]
    values += ["2300: DOIS MIL E TREZENTOS", "2301: DOIS MIL TREZENTOS E UM"]

    def page(lines: list[str], x: int) -> bytes:
        return b"\n".join(
            b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, 760 - 12 * at, text.encode())
            for at, text in enumerate(lines)
        )

    (doc,) = parse_pdf(helvetica_pages([page(prose, 72), page(values, 90)]))
    assert doc.text.strip().split("\n\n") == [" ".join(prose), *values]


def _described_macros_pdf(names: list[str], heading: str, paragraph: list[str]) -> bytes:
    """A .dtx manual's section: its heading (14 pt Helvetica-Bold) at the column's edge, then a
    paragraph (10 pt Helvetica at x 144) with a stack of \\DescribeMacro names (9 pt Courier, one a
    row, ending before the column) beside its first lines."""
    from pdf_objects import HELVETICA, font_pages

    bold = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    parts = [b"BT /F3 14 Tf 144 720 Td (%s) Tj ET" % heading.encode()]
    for at, name in enumerate(names):
        parts.append(b"BT /F2 9 Tf 84 %d Td (%s) Tj ET" % (696 - 12 * at, _escaped(name)))
    for at, text in enumerate(paragraph):
        parts.append(b"BT /F1 10 Tf 144 %d Td (%s) Tj ET" % (696 - 12 * at, _escaped(text)))
    return font_pages([b"\n".join(parts)], [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", bold)])


def test_a_margin_stack_read_first_stays_under_its_section_heading():
    """numberpt.pdf: pdfminer read the stack "\\\\numberpt" … "\\\\NUMBERPT" first on the page, and it
    stood before the heading "2 User commands", as if the names ended section 1; they describe the
    paragraph under the heading they stand beside. Here the stack is moved to the page's start as
    pdfminer read it there: it goes after the heading, before its paragraph."""
    from sloika.pipelines.formats.pdf_code_blocks import MARGIN
    from sloika.pipelines.formats.pdf_layout import lay_out
    from sloika.pipelines.formats.pdf_lines import read_lines
    from sloika.pipelines.formats.pdf_reflow import paragraphs

    names = ["\\numberpt", "\\Numberpt", "\\NumberPt", "\\NUMBERPT"]
    paragraph = [
        "Macros to output counters in Portuguese in lower case, with the first word",
        "capitalized, with all words capitalized or in upper case; each takes the name",
        "of a counter and prints its value in words, as the examples below show, in the",
        "same way in the text of a chapter as in its headers and in its running heads.",
    ]
    (page,), rules, dropped = read_lines(_described_macros_pdf(names, "2 User commands", paragraph))
    stack = [line for line in page if line.text in names]
    page = stack + [line for line in page if line not in stack]  # pdfminer's order in numberpt.pdf
    found = paragraphs(lay_out([page], rules, dropped).pages)
    assert found == ["2 User commands", MARGIN + "\n".join(names), " ".join(paragraph)]


def test_margin_names_beside_a_table_are_no_column_of_it():
    """ordinalpt.pdf: the option names "11-12-curtos", "11-13-curtos", "11-13-longos" (\\DescribeMacro
    margin stack, 9 pt typewriter) stand beside a prose line and the rows of a small table; the
    table's rows started with them (["11-13-curtos", "Number", "Shorter", "Longer"]). The table is
    its own three columns, and the names are a stack of their own: the lead beside them never gives
    them, so they are its term, over it (issue 15, feynmf.pdf)."""
    from pdf_objects import HELVETICA, font_pages

    lead = "For the ordinals of 11, 12 and 13 there are two correct forms each, as the table shows:"
    after = [
        "It is usual to find the shorter forms in texts, including some grammars, and the options",
        "of the package choose between them for every ordinal that ends in one of these numbers.",
    ]
    names = ["11-12-curtos", "11-13-curtos", "11-13-longos"]
    rows = [("Number", "Shorter", "Longer"), ("11", "undecimo", "decimo primeiro")]
    rows += [("12", "duodecimo", "decimo segundo"), ("13", "tredecimo", "decimo terceiro")]
    parts = [b"BT /F1 10 Tf 144 700 Td (%s) Tj ET" % lead.encode()]
    for at, name in enumerate(names):
        parts.append(b"BT /F2 9 Tf 66 %d Td (%s) Tj ET" % (700 - 12 * at, name.encode()))
    for at, row in enumerate(rows):
        for x, cell in zip((160, 230, 320), row, strict=True):
            parts.append(b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, 688 - 12 * at, cell.encode()))
    for at, text in enumerate(after):
        parts.append(b"BT /F1 10 Tf 144 %d Td (%s) Tj ET" % (632 - 12 * at, text.encode()))
    (doc,) = parse_pdf(font_pages([b"\n".join(parts)], [(b"F1", HELVETICA), (b"F2", COURIER)]))
    (table,) = [s for s in doc.spans if s.label == "table"]
    assert table.attrs["rows"] == [list(row) for row in rows]
    assert doc.text.startswith("\n".join(names) + "\n\n" + lead)


def _typewriter(word: str) -> bytes:
    """A TJ string drawing ``word`` in Courier (every glyph 600 wide) as TeX sets \\~ and \\c in a
    typewriter font: the ASCII "~" in a letter's cell, then a kern of one cell back and the letter
    drawn in the same box; "ç" the cedilla's glyph, then the c over it."""
    parts = []
    for letter in word:
        if letter in "ãõ":
            parts.append(b"(~) 600 (%s)" % {"ã": b"a", "õ": b"o"}[letter])
        elif letter == "ç":
            parts.append(b"(\\270) 600 (c)")
        else:
            parts.append(b"(%s)" % _escaped(letter))
    return b"[" + b" ".join(parts) + b"] TJ"


def test_a_typewriter_tilde_drawn_over_its_vowel_is_the_accent():
    """tutorialbeamer.pdf's listings (cmtt): "\\begin{block}{Programa ou Funç~ao de Transiç~ao}" —
    the ASCII "~" shares the box of the "a" under it: "Função", "Transição". A "~" in a cell of its
    own ("a~b", "{~}", "/~nome") is code and stays."""
    from pdf_objects import HELVETICA, font_pages

    lines = ["\\begin{block}{Funç\u00e3o de Transiç\u00f5es}", "\\dir{~} a~b /~nome"]
    parts = [b"BT /F2 10 Tf 72 760 Td"]
    for at, line in enumerate(lines):
        parts.append(b"0 -12 Td " * bool(at) + _typewriter(line))
    parts.append(b"ET")
    (doc,) = parse_pdf(font_pages([b"\n".join(parts)], [(b"F1", HELVETICA), (b"F2", COURIER)]))
    text = unicodedata.normalize("NFC", doc.text)
    assert "\\begin{block}{Função de Transições}" in text
    assert "\\dir{~} a~b /~nome" in text
    assert "~" not in text.replace("\\dir{~} a~b /~nome", "")


def test_a_math_symbol_beside_its_typewriter_name_is_kept_with_it():
    """pt-lshort.pdf's table of relations: pdfminer read the symbol "|" (cmsy, a TeX math font) and
    its name "\\mid" (typewriter) 1.3 em to its right as two lines; joined as pieces of one row they
    kept the symbol's formula flag, and the pair was cut as ``math``. Joined, they are one row of the
    table, kept as the PDF shows it."""
    from pdf_objects import HELVETICA, font_pages

    cmsy = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /CMSY10 /FirstChar 32 /LastChar 126 /Widths ["
        + b" ".join([b"278"] * 95)
        + b"] /FontDescriptor << /Type /FontDescriptor /FontName /CMSY10 /Flags 4"
        + b" /FontBBox [0 -250 1000 750] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 683"
        + b" /StemV 40 >> >>"
    )
    prose = [
        "Each relation below is set with the name of its command beside it, so that a reader",
        "can find the command for a sign seen in a formula without leaving the page; the",
        "table lists the signs that TeX offers in its math fonts for comparing two values.",
    ]
    parts = [b"BT /F1 10 Tf 72 760 Td"]
    for at, line in enumerate(prose):
        parts.append(b"0 -12 Td " * bool(at) + b"(%s) Tj" % _escaped(line))
    parts.append(b"ET")
    # "|" is code 0x6A in cmsy (TeX's OMS encoding: \mid is \mathchar"326A), where 0x7C is the club suit
    parts.append(b"BT /F3 10 Tf 120 700 Td (j) Tj ET BT /F2 10 Tf 135.8 700 Td (\\\\mid) Tj ET")
    parts.append(b"BT /F1 10 Tf 72 680 Td (The next table lists the binary operators in the same way.) Tj ET")
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", cmsy)]
    (doc,) = parse_pdf(font_pages([b"\n".join(parts)], fonts))
    assert "| \\mid" in doc.text
