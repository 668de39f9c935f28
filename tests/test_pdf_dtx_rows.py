"""What stands on a row beside an `ltxdoc` manual's text and is no margin name, or more than one
(issue 15, seventeenth check re-read, rows 3 and 20, and brandeis-problemset of the sixteenth check):
a column of memory addresses ("x + 0") left of an assembly listing is the problem's text, not a
margin name; a margin name, a listing's line number and the code line on one row are three things;
a numbered subsection heading over a paragraph that opens in lower case (a package's name) is a
paragraph of its own. Hand-built PDFs: 10 pt Helvetica prose at x 144, 9 pt Courier code."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
WIDTH = 5.4  # a 9 pt Courier character

PROSE = [
    "The program below sums the numbers from one to ten in a loop and keeps the running",
    "total in a register, then stores it at the address that the label gives to it.",
]


def _text(x: float, y: float, text: str, font: str = "F1", size: int = 10) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {x:.1f} {y} Td ({escaped}) Tj ET"


def _margin_notes(parsed: Parsed) -> list[str]:
    return [span.attrs["text"] for span in parsed.layers.get("removed", []) if span.label == "margin_note"]


ADDRESSES = ["x + 0", "x + 4", "x + 8"]
LISTING = ["LOAD    R1, $200", "LOAD    R2, =1", "STORE   R2, @R1"]


def _addresses_page() -> bytes:
    """brandeis-problemset's listing: a Courier column of addresses at x 60, left of the text
    column, beside the rows of an assembly listing at x 144."""
    parts = [_text(144, 700 - 12 * at, text) for at, text in enumerate(PROSE)]
    for at, (address, code) in enumerate(zip(ADDRESSES, LISTING, strict=True)):
        parts += [_text(60, 666 - 12 * at, address, "F2", 9), _text(144, 666 - 12 * at, code, "F2", 9)]
    parts += [_text(144, 620, "The address of the first instruction is x, and each takes four bytes.")]
    return font_pages(["\n".join(parts).encode()], FONTS)


def test_a_column_of_addresses_beside_a_listing_is_no_margin_name():
    parsed = parse_pdf(_addresses_page())[0]
    assert _margin_notes(parsed) == []
    for address in ADDRESSES:
        assert address in parsed.text


NAMED = [r"\list@pstartL@pc", r"\list@pstartR@pc"]
CODE = [r"\list@create{\list@pstartL@pc}%", r"\list@create{\list@pstartR@pc}%"]


def _name_number_code_page() -> bytes:
    """doc.sty's listing with a stack of two margin names: the second name, the line's 7 pt number
    (6 points after the name) and the code stand on one row, near enough for pdfminer to read them
    as one line ("\\list@pstartR@pc 745 \\list@create{…}%", eledpar.pdf)."""
    parts = [_text(144, 700, "So, first step, creating the lists, one for each side of the pairs.")]
    name_x = 132 - 6 - WIDTH * len(NAMED[1])
    parts += [_text(name_x, 676, NAMED[0], "F2", 9), _text(name_x, 665, NAMED[1], "F2", 9)]
    for at, code in enumerate(CODE):
        parts += [_text(132, 665 - 11 * at, str(745 + at), size=7), _text(144, 665 - 11 * at, code, "F2", 9)]
    parts += [_text(144, 630, "Two commands dump the current values, one for each side of the pairs.")]
    return font_pages(["\n".join(parts).encode()], FONTS)


def test_a_margin_name_a_line_number_and_its_code_line_on_one_row_are_apart():
    parsed = parse_pdf(_name_number_code_page())[0]
    lines = parsed.text.split("\n")
    assert CODE[0] in lines and CODE[1] in lines  # each code line alone, its number gone
    assert not any("745" in line or "746" in line for line in lines)
    assert _margin_notes(parsed) == ["\n".join(NAMED)]


HEADING = "15.1.1 Notes to be printed on one side only"
PARAGRAPH = [
    "eledpar allows notes to be printed on one side only. We need to declare these",
    "options. We also need boolean flags, and to set them when a series is not printed.",
]


def _subsection_page() -> bytes:
    """A numbered subsection heading 18 points over its paragraph (lines 12 points apart), whose
    first word is a package's name in lower case."""
    parts = [_text(144, 700, "The notes of each series are printed under the text of their own side.")]
    parts += [_text(144, 688, "Each side has its own series of notes and its own line numbers too.")]
    parts += [_text(144, 664, HEADING)]
    parts += [_text(144, 646 - 12 * at, text) for at, text in enumerate(PARAGRAPH)]
    return font_pages(["\n".join(parts).encode()], FONTS)


def test_a_subsection_heading_over_a_paragraph_in_lower_case_is_its_own_paragraph():
    parsed = parse_pdf(_subsection_page())[0]
    assert parsed.text.split("\n\n")[-2:] == [HEADING, " ".join(PARAGRAPH)]


BEFORE_PAGE_BREAK = "By default it inserts a vertical rule of width one point. As this is initially"
POSITION = [
    "By default, columns are positioned to the right of the page. However, you",
    "use the option L to align them to the left, or the option C to center them.",
]


def _indented_paragraph_page() -> bytes:
    """doc.sty's margin name beside a paragraph whose first line is indented 26 points (2.6 em), as
    eledpar.pdf sets its paragraphs; the page before ends mid-sentence, and the name, read first on
    its page, stood between the sentence's two halves."""
    first = [_text(144, 700, "The macro between the columns is called for each pair of lines.")]
    first += [_text(144, 688, BEFORE_PAGE_BREAK)]
    second = [_text(144, 760, "defined to be zero the rule is invisible, and no space is taken.")]
    second += [_text(170, 736, POSITION[0]), _text(144, 724, POSITION[1])]
    second += [_text(144 - 12 - WIDTH * 16, 736, r"\columnsposition", "F2", 9)]
    return font_pages(["\n".join(first).encode(), "\n".join(second).encode()], FONTS)


def test_a_margin_name_beside_an_indented_first_line_goes_to_removed():
    """The paragraph never gives the name: it is the paragraph's term, over it (issue 15, feynmf.pdf)."""
    parsed = parse_pdf(_indented_paragraph_page())[0]
    assert _margin_notes(parsed) == []
    assert parsed.text.split("\n\n")[-3:] == [
        f"{BEFORE_PAGE_BREAK} defined to be zero the rule is invisible, and no space is taken.",
        r"\columnsposition",
        " ".join(POSITION),
    ]


# txfonts' typewriter in T1 encoding, as tablists-rus.pdf embeds it ("ELTOWI+t1xtt"): 9 pt, 0.5 em wide
TXTT = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+t1xtt /FirstChar 32 /LastChar 126"
    b" /Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor << /Type /FontDescriptor"
    b" /FontName /ABCDEF+t1xtt /Flags 1 /FontBBox [0 -200 500 800] /ItalicAngle 0 /Ascent 800"
    b" /Descent -200 /CapHeight 600 /StemV 80 >> >>" % b" ".join([b"500"] * 95)
)
TABENUM = [
    "The environment places short items of a list in the columns of a table, so that",
    "exercises with short answers take a few rows of the page and not a whole column.",
]


def _txfonts_names_page() -> bytes:
    """A manual set in txfonts: a stack of margin names in t1xtt at 9 pt ("tabenum" over
    "\\tabenumitem"), right-aligned 12 points left of the text column at x 144, beside the first
    line of the paragraph that describes them."""
    parts = [_text(144, 700 - 12 * at, text) for at, text in enumerate(TABENUM)]
    parts += [
        _text(132 - 4.5 * 7, 700, "tabenum", "F3", 9),
        _text(132 - 4.5 * 12, 688, r"\tabenumitem", "F3", 9),
    ]
    parts += [_text(144, 660, "Each item begins with its command, and a blank line begins a new row.")]
    return font_pages(["\n".join(parts).encode()], [*FONTS, (b"F3", TXTT)])


def test_margin_names_in_txfonts_typewriter_go_to_removed():
    """t1xtt is a typewriter font: its names in the margin are margin names, not words glued to the
    paragraph's first line ("tabenum Окружение tabenum размещает …") or lines of their own."""
    parsed = parse_pdf(_txfonts_names_page())[0]
    assert _margin_notes(parsed) == []  # the paragraph names "tabenum" only: the stack is its term
    assert parsed.text.split("\n\n") == [
        "tabenum\n\\tabenumitem",
        " ".join(TABENUM),
        "Each item begins with its command, and a blank line begins a new row.",
    ]
