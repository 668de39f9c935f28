"""A .dtx manual's margin name (doc.sty's \\DescribeMacro column: the macro's name in a typewriter
font in the left margin, on the row of its paragraph's first line) stands apart from the paragraph,
in `removed` as a `margin_note` (the seventeenth check: kept as a line, it stood between the
paragraphs, parrun.pdf's "1 Introduction" / "parrun" / "It may occur …"), and the paragraph stays
whole (issue 15, the ninth check: russianb.pdf kept "\\cdash In its turn, … It" and "analyses 3rd
of 3 characters …" as two paragraphs)."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

BEFORE = [
    "The file defines the commands that a document in this language needs, and",
    "each of them is described below in the order in which the file defines it.",
]
PARAGRAPH = [
    "In its turn, the shorthand simply calls for the dash command, which has",
    "rich use in the text. It looks at the third of the three characters and",
    "calls for one of the few predefined macros that print the dash itself.",
]
NAME = r"\dashcmd"


def margin_notes(parsed: Parsed) -> list[tuple[int, str]]:
    """The margin names the reader took out: where each stack stood in the text, and its names."""
    return [
        (span.start, span.attrs["text"]) for span in parsed.layers["removed"] if span.label == "margin_note"
    ]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page(name_x: int) -> bytes:
    """Prose at x 144 in 10 pt Helvetica; the margin name in 10 pt Courier at ``name_x`` on the row of
    PARAGRAPH's first line, ending a little over a word space before the column (a name 8 characters
    of 6 pt)."""
    parts, y = [], 700
    for text in BEFORE:
        parts.append(f"BT /F1 10 Tf 144 {y} Td ({_escaped(text)}) Tj ET")
        y -= 12
    y -= 12
    parts.append(f"BT /F2 10 Tf {name_x} {y} Td ({_escaped(NAME)}) Tj ET")
    for text in PARAGRAPH:
        parts.append(f"BT /F1 10 Tf 144 {y} Td ({_escaped(text)}) Tj ET")
        y -= 12
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_margin_name_stands_apart_and_its_paragraph_stays_whole():
    parsed = parse_pdf(_page(82))[0]  # the name ends at 130, 14 points left of the column
    paragraphs = parsed.text.split("\n\n")
    assert paragraphs == [" ".join(BEFORE), " ".join(PARAGRAPH)]
    assert margin_notes(parsed) == [(parsed.text.index(PARAGRAPH[0]) - 2, NAME)]  # where its text starts


def _glued_page() -> bytes:
    """As czech.pdf sets its margin names: 9 pt typewriter ending about an em (9.8 pt) before the
    column, near enough for pdfminer to read the name into the first line; under the paragraph one
    whose first line opens with a macro in the column, a word space before its text."""
    parts = [f"BT /F2 9 Tf 90.8 676 Td ({_escaped(NAME)}) Tj ET"]
    parts += [
        f"BT /F1 10 Tf 144 {676 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(PARAGRAPH)
    ]
    parts.append(
        f"BT /F2 10 Tf 144 628 Td ({_escaped(NAME)}) Tj /F1 10 Tf ( {_escaped(INLINE[0][9:])}) Tj ET"
    )
    parts += [
        f"BT /F1 10 Tf 144 {616 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(INLINE[1:])
    ]
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


INLINE = [
    r"\dashcmd is the name of the command itself, and a document may use it where the",
    "shorthand is switched off for a while, in a table or in a list of names.",
]


def test_margin_name_read_into_the_first_line_stands_apart_and_an_opening_macro_stays():
    """czech.pdf kept "\\captionsczech The macro \\captionsczech defines …": pdfminer read the name,
    an em left of the column, into the paragraph's first line, so the layout's rule for margin names
    never saw it. A macro opening a line inside the column, a word space before the text, stays."""
    parsed = parse_pdf(_glued_page())[0]
    assert parsed.text.split("\n\n") == [" ".join(PARAGRAPH), " ".join(INLINE)]
    assert [text for _, text in margin_notes(parsed)] == [NAME]


NAMES = [r"\lsquo", r"\rsquo"]
CODE = [r"\setquote{\qa}{OT1}", r"  {\lowbox{\quoteright}\kern.04em}", r"\setquote{\qb}{OT1}"]


def _names_beside_code_page() -> bytes:
    """As czech.pdf sets "\\clq" and "\\crq": two margin names stacked, the first beside a one-line
    paragraph, the second beside the first line of the listing under it (10 pt Courier at x 156,
    its second line indented two characters); the names end 8 points left of the column."""
    parts = [f"BT /F1 10 Tf 144 700 Td ({_escaped(BEFORE[0])}) Tj ET"]
    parts.append(f"BT /F2 10 Tf 100 676 Td ({_escaped(NAMES[0])}) Tj ET")
    parts.append("BT /F1 10 Tf 144 676 Td (Single quotes are set like the double ones above.) Tj ET")
    parts.append(f"BT /F2 10 Tf 100 666 Td ({_escaped(NAMES[1])}) Tj ET")
    for at, text in enumerate(CODE):
        x = 156 + 6 * (len(text) - len(text.lstrip()))
        parts.append(f"BT /F2 10 Tf {x} {662 - 11 * at} Td ({_escaped(text.lstrip())}) Tj ET")
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_margin_name_beside_a_code_line_leaves_the_listing_whole():
    """czech.pdf read "\\clq" / "\\crq    \\ProvideTextCommand{\\clq}{OT1}" / "Single CS quotes …" /
    the listing's other lines: the listing's first line, on the row of the second margin name, was
    moved up to it and left its listing."""
    parsed = parse_pdf(_names_beside_code_page())[0]
    paragraphs = parsed.text.split("\n\n")
    assert [text for _, text in margin_notes(parsed)] == ["\\lsquo\n\\rsquo"]
    assert paragraphs[-2:] == [
        "Single quotes are set like the double ones above.",
        "\\setquote{\\qa}{OT1}\n  {\\lowbox{\\quoteright}\\kern.04em}\n\\setquote{\\qb}{OT1}",
    ]


OPENS_WITH_NAME = [
    r"\tmpoff disables a setup macro of the language for a while, so that the",
    "macro only restores the first definition and forgets the saved one.",
]


def _name_opens_its_paragraph_page() -> bytes:
    """czech.pdf's "\\cs@tempdisable": the margin name in 9 pt Courier ending about an em before the
    column, and the paragraph beside it opening with the same name in 10 pt Courier; under it a
    margin name of two characters ("\\v") beside a paragraph of its own."""
    name, rest = OPENS_WITH_NAME[0].split(" ", 1)
    parts = [f"BT /F2 9 Tf 96.4 676 Td ({_escaped(name)}) Tj ET"]
    parts.append(f"BT /F2 10 Tf 144 676 Td ({_escaped(name)}) Tj /F1 10 Tf ( {_escaped(rest)}) Tj ET")
    parts.append(f"BT /F1 10 Tf 144 664 Td ({_escaped(OPENS_WITH_NAME[1])}) Tj ET")
    parts.append(f"BT /F2 9 Tf 123.2 640 Td ({_escaped(SHORT_NAME)}) Tj ET")
    parts += [
        f"BT /F1 10 Tf 144 {640 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(ACCENT)
    ]
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


SHORT_NAME = r"\v"
ACCENT = [
    "The normal accent of this name is set a little higher over the capital letters, as the",
    "letters of the language ask for, and it keeps its place over the small ones.",
]


def test_margin_name_apart_from_a_paragraph_opening_with_it_and_a_short_name_kept():
    """czech.pdf kept "\\cs@tempdisable \\cs@tempdisable disables a language setup macro …" (the
    paragraph's own first word is the name in typewriter, so the name ran on into it) and sent the
    margin name "\\v" to `removed` as a `fragment` (two characters, as a drawing's label)."""
    parsed = parse_pdf(_name_opens_its_paragraph_page())[0]
    paragraphs = parsed.text.split("\n\n")
    assert paragraphs == [" ".join(OPENS_WITH_NAME), " ".join(ACCENT)]
    assert [text for _, text in margin_notes(parsed)] == [r"\tmpoff", SHORT_NAME]


def test_margin_name_under_a_listing_is_a_block_of_its_own():
    """czech.pdf's "\\cs@tempdisable", read apart from its paragraph right under a listing's last
    line, joined the listing's code block and shifted its lines 19 columns right."""
    from sloika.pipelines.formats.pdf_code_blocks import code_blocks
    from sloika.pipelines.formats.pdf_line_record import Line

    listing = [
        Line(0, r"\def\tmp{%", 150.0, 204.0, 100.0, 109.0, 9.0, 842.0, True),
        Line(0, r"\relax}", 160.8, 198.6, 110.0, 119.0, 9.0, 842.0, True),
    ]
    name = Line(0, r"\tmpoff", 73.4, 111.2, 121.0, 130.0, 9.0, 842.0, True, name=True)
    assert code_blocks([*listing, name]) == ["\\def\\tmp{%\n  \\relax}", "\\tmpoff"]


STACK = [r"\printone", r"\printTwo", r"\saythree", r"\sayfour"]
LISTING = [r"\begingroup", r"\def\doprint#1{%", r"  \xdef\csname say#1\endcsname{x}}"]
INTRO = "The print commands take a number and give it in words; all of them are set at once:"


def _right_aligned_stack_page() -> bytes:
    """As itnumpar.pdf sets its names: 9 pt Courier right-aligned to end at x 134 (10 points left of
    the column), the stack starting one row above the listing it describes (the first two names
    beside the paragraph's line and the row under it, the last two beside the listing's first
    two lines), and drawn after the listing, so that pdfminer reads them last."""
    parts = [f"BT /F1 10 Tf 144 700 Td ({_escaped(INTRO)}) Tj ET"]
    for at, text in enumerate(LISTING):
        x = 156 + 5.4 * (len(text) - len(text.lstrip()))
        parts.append(f"BT /F2 9 Tf {x:.1f} {677 - 11 * at} Td ({_escaped(text.lstrip())}) Tj ET")
    for at, name in enumerate(STACK):
        x = 134 - 5.4 * len(name)
        parts.append(f"BT /F2 9 Tf {x:.1f} {700 - 11 * at} Td ({_escaped(name)}) Tj ET")
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_right_aligned_names_offset_from_their_listing_stand_apart():
    """itnumpar.pdf kept "\\printnumeroinparole" / "\\printNumeroinparole" ¶ "     \\printordinalem
    \\begingroup" / "     \\printordinalef    \\def\\np@doprintdef#1{%" …: the names set flush right
    were no stack (their left edges differ), those beside code lines shared the listing's rows."""
    parsed = parse_pdf(_right_aligned_stack_page())[0]
    assert parsed.text.split("\n\n") == [INTRO, "\n".join(LISTING)]
    assert margin_notes(parsed) == [(0, "\n".join(STACK))]
