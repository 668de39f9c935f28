"""A CWEB program's code parts and back matter (issue 15, the sixty-second check's row 3: qprint-doc's
qprint.pdf, a CWEB literate program). cweave sets C in the text's fonts, reserved words in bold,
identifiers in italic, "≡" for "==" and "∨" for "||" from cmsy. Read line by line, "if (chn ≡ ch) {"
and "ungetc(chn, fi);" were cut as a display's ``math`` debris, leaving an empty ``if``; a lone
string `"r"` was a ``fragment``; a statement with its comment far right was a table's row
("#define ASCII_SPACE 32 | /* Space */"). A code part, from its module's definition
("⟨ Digest line break sequence 25 ⟩ ≡") or its first "#define" to its cross-reference ("This code
is used in section 20.") or the next section, is read as a listing, a printed row a line. The index
cweave prints after the last section ("53. Index.", "chn: 25, 28.") and its list of section names
("⟨ Digest line break sequence 25 ⟩ Used in section 20.") go to ``removed`` as ``index``.
All texts are written for the tests; the expected texts are the rows as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_layout import lay_out  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402

ITALIC = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
CMSY = tex_font(b"HMVRFB+CMSY10", b"17 /equivalence 95 /logicalor 104 /angbracketleft /angbracketright")
FONTS = [(b"R", HELVETICA), (b"B", HELVETICA_BOLD), (b"I", ITALIC), (b"S", CMSY)]
SYMBOLS = {"≡": b"<11>", "∨": b"<5f>", "⟨": b"(h)", "⟩": b"(i)"}  # cmsy's codes for them
STYLE = {"*": b"B", "_": b"I", "`": b"R"}  # a piece's mark: bold, italic, roman
PROSE = [
    "25. We must cope with all the end of line sequences which may be used by various systems. A",
    "duplicate of the character which introduced the sequence is pushed back onto the input stream.",
]
# the code part of section 25 as cweave sets it: each row's indent (in steps of 10 pt) and pieces,
# each marked with its font (``STYLE``) or a cmsy symbol (``SYMBOLS``)
CODE_25 = [
    (0, ["⟨", "` Digest line break sequence 25 ", "⟩", "` ", "≡"]),
    (1, ["`{"]),
    (2, ["*int", "` ", "_chn", "` = ", "_getc", "`(", "_fi", "`);"]),
    (2, ["*if", "` ((", "_chn", "` ", "≡", "` LF) ", "∨", "` (", "_chn", "` ", "≡", "` CR)) {"]),
    (3, ["*if", "` (", "_chn", "` ", "≡", "` ", "_ch", "`) {"]),
    (4, ["_ungetc", "`(", "_chn", "`, ", "_fi", "`);"]),
    (3, ["`}"]),
    (2, ["`}"]),
    (1, ["`}"]),
]
USED = "This code is used in sections 20 and 21."
NEXT = "26. If the file being encoded does not end with an end of line sequence, we emit a soft break."
CODE_26 = [
    (0, ["⟨", "` Flush last line 26 ", "⟩", "` ", "≡"]),
    (1, ["*if", "` (", "_length", "` > 0) {"]),
    (2, ["_putc", "`(", "_ch", "`, ", "_fo", "`);"]),
    (1, ["`}"]),
]


def _row(x: float, y: float, pieces: list[str]) -> bytes:
    """One printed row: its pieces one after the other, each in its font (pdfminer places them by
    the fonts' widths, as TeX does)."""
    ops = [b"BT %.1f %.1f Td" % (x, y)]
    for piece in pieces:
        if piece in SYMBOLS:
            ops.append(b"/S 10 Tf %s Tj" % SYMBOLS[piece])
        else:
            ops.append(b"/%s 10 Tf (%s) Tj" % (STYLE[piece[0]], escaped(piece[1:])))
    return b" ".join([*ops, b"ET"])


def _text(pieces: list[str]) -> str:
    """A row's text as printed."""
    return "".join(piece if piece in SYMBOLS else piece[1:] for piece in pieces).strip()


def _page() -> bytes:
    """Section 25's prose and code part, its cross-reference in 8 pt, then section 26 and its part."""
    ops, y = [], 700.0
    for text in PROSE:
        ops.append(b"BT /R 10 Tf 72 %.1f Td (%s) Tj ET" % (y, escaped(text)))
        y -= 12
    for block, after in ((CODE_25, USED), (CODE_26, None)):
        y -= 3  # cweave's skip over a code part
        for indent, pieces in block:
            ops.append(_row(72 + 10 * indent, y, pieces))
            y -= 12
        if after:
            ops.append(b"BT /R 8 Tf 72 %.1f Td (%s) Tj ET" % (y - 2, escaped(after)))
            y -= 26
            ops.append(b"BT /R 10 Tf 72 %.1f Td (%s) Tj ET" % (y, escaped(NEXT)))
            y -= 12
    return one_page(b"\n".join(ops), FONTS)


def _listed(text: str, block: list[tuple[int, list[str]]]) -> list[str]:
    """The lines of ``text`` from the block's first printed row on, one for each of its rows,
    their indents aside."""
    lines = [line.strip() for line in text.split("\n")]
    first = lines.index(_text(block[0][1]))
    return lines[first : first + len(block)]


def test_a_cweb_code_part_reads_as_its_printed_rows():
    """Each code part is its rows as printed, in order, none cut: "if (chn ≡ ch) {" and
    "ungetc(chn, fi);" are in the text, and nothing of the page went to ``removed``."""
    (doc,) = parse_pdf(_page())
    for block in (CODE_25, CODE_26):
        assert _listed(doc.text, block) == [_text(pieces) for _, pieces in block]
    assert doc.layers.get("removed", []) == []


def line(text: str, x0: float, top: float, page: int = 0) -> Line:
    """A 10 pt line 5 pt a character wide."""
    return Line(page, text, x0, x0 + 5 * len(text), top, top + 10, 10.0, 842.0)


HEAD = ["53. Index. The following is a cross-reference table for qprint. Single-character identifiers"]
HEAD += ["are not indexed, nor are reserved words."]
ENTRIES = ["argc: 45, 48, 51.", "argv: 45, 48, 51.", "ASCII_A: 3, 11, 37.", "byte: 6.", "ch: 10, 11, 12."]
ENTRIES += ["Cannot open input file: 48.", "chn: 25, 28.", "decode: 28, 51.", "EOF: 12, 25, 28."]
NAMES = ["⟨ Check options for consistency 47 ⟩ Used in section 51."]
NAMES += ["⟨ Digest line break sequence 25 ⟩ Used in sections 20, 21, and 28."]
NAMES += ["⟨ Global variables 6, 13, 22 ⟩ Used in section 2.", "⟨ System character code is ASCII 41 ⟩"]
NAMES += ["Cited in section 42. Used in sections 38 and 39."]


def test_a_cweb_index_and_its_section_names_go_as_the_index():
    """The last section's run-in "Index." heads the index: its note and its entries ("chn: 25,
    28.", a term, a colon, section numbers and a stop) go as ``index``, and so does the page of
    section names after it."""
    prose = ["52. On Win32 we must place the stream into binary mode. This code sets the mode."]
    first = [line(text, 72, 100 + 12 * at) for at, text in enumerate(prose + HEAD + ENTRIES)]
    second = [line(text, 72, 100 + 12 * at, 1) for at, text in enumerate(NAMES)]
    layout = lay_out([first, second], [[], []])
    assert layout.contents == [("index", "\n".join(HEAD + ENTRIES)), ("index", "\n".join(NAMES))]
    assert [ln.text for ln in layout.pages[0]][0] == prose[0]


def test_lines_ending_in_a_colon_and_numbers_without_an_index_cue_stay_text():
    """The same shape with no index heading before it ("Total: 25.") is no index."""
    texts = ["Apples: 12.", "Pears: 30.", "Plums: 7.", "Cherries: 44, 45.", "Grapes: 18.", "Melons: 9."]
    layout = lay_out([[line(text, 100, 100 + 14 * at) for at, text in enumerate(texts)]], [[]])
    assert layout.contents == []
