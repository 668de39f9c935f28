"""A .dtx manual's margin name (doc.sty's \\DescribeMacro column: the macro's name in a typewriter
font in the left margin, on the row of its paragraph's first line) stands apart from the paragraph,
in `removed` as a `margin_note` (the seventeenth check: kept as a line, it stood between the
paragraphs, parrun.pdf's "1 Introduction" / "parrun" / "It may occur …"), and the paragraph stays
whole (issue 15, the ninth check: russianb.pdf kept "\\cdash In its turn, … It" and "analyses 3rd
of 3 characters …" as two paragraphs)."""

from __future__ import annotations

from pdf_objects import HELVETICA, UNNAMED_MONO, one_page

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

BEFORE = [
    "The file defines the commands that a document in this language needs, and",
    "each of them is described below in the order in which the file defines it.",
]
PARAGRAPH = [
    r"In its turn, the shorthand simply calls for \dashcmd, the command which has",
    "rich use in the text. It looks at the third of the three characters and",
    "calls for one of the few predefined macros that print the dash itself.",
]
NAME = r"\dashcmd"


def margin_notes(parsed: Parsed) -> list[tuple[int, str]]:
    """The margin names the reader took out: where each stack stood in the text, and its names."""
    return [
        (span.start, span.attrs["text"])
        for span in parsed.layers.get("removed", [])
        if span.label == "margin_note"
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
CODE = [r"\setquote{\lsquo}{OT1}", r"  {\lowbox{\quoteright}\kern.04em}", r"\setquote{\rsquo}{OT1}"]


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
        "\\setquote{\\lsquo}{OT1}\n  {\\lowbox{\\quoteright}\\kern.04em}\n\\setquote{\\rsquo}{OT1}",
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
    r"The accent \v of this name is set a little higher over the capital letters, as the",
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
    were no stack (their left edges differ), those beside code lines shared the listing's rows. Neither
    the paragraph nor its listing names them, so the stack is their term, over them (issue 15,
    feynmf.pdf: a name the entry does not give is its subject)."""
    parsed = parse_pdf(_right_aligned_stack_page())[0]
    assert parsed.text.split("\n\n") == ["\n".join(STACK), INTRO, "\n".join(LISTING)]
    assert margin_notes(parsed) == []


GALLERY = [
    r"Positioning of the outer points is done by hand: \putleft{list} places the points",
    r"on a smooth path on the left of the picture, \putright{list} does the same thing",
    r"on the right, and \putlist{list} places its arguments on a smooth path round",
    "the whole picture, so that the user keeps full control over the outer points.",
]
GALLERY_NAMES = [r"\putleft", r"\putright", r"\putlist"]
LEAD = [
    "The commands of this section place the outer points of a picture, and the ones",
    "of the next section join them, each with the line style it is given by name.",
]


def _right_aligned_names_page() -> bytes:
    """As feynmf.pdf sets its margin names: 9 pt typewriter in a font the PDF names none (pdfminer's
    "unknown"), right-aligned to end 5 points (half an em) before the column at x 144, one beside each
    of a paragraph's first three lines, near enough for pdfminer to read each into its line."""
    parts = [f"BT /F1 10 Tf 144 {700 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(LEAD)]
    for at, text in enumerate(GALLERY):
        y = 664 - 12 * at
        if at < len(GALLERY_NAMES):
            name = GALLERY_NAMES[at]
            parts.append(f"BT /F3 9 Tf {139 - 5.4 * len(name):.1f} {y} Td ({_escaped(name)}) Tj ET")
        parts.append(f"BT /F1 10 Tf 144 {y} Td ({_escaped(text)}) Tj ET")
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F3", UNNAMED_MONO)])


def test_right_aligned_names_near_the_column_leave_their_sentences():
    """feynmf.pdf kept "\\fmfleft Positioning of external vertices … The technical reason is" ¶
    "\\fmfright that they would otherwise collapse …" ¶ "\\fmfbottom also suggest …": its names, in a
    font with no name, half an em left of the column, were read into the lines beside them and each
    opened a paragraph in the middle of a sentence. The entry names them itself: they go to `removed`."""
    parsed = parse_pdf(_right_aligned_names_page())[0]
    assert parsed.text.split("\n\n") == [" ".join(LEAD), " ".join(GALLERY)]
    assert [text for _, text in margin_notes(parsed)] == ["\n".join(GALLERY_NAMES)]


FREEZE = [
    "Calculate the positions of all the points from the lines given up to here. This is",
    "done at the end of the picture anyway; calling it early helps to add lines that",
    r"leave the layout as it is. See the next section for more on \freezeall.",
]
FREEZE_NAME = r"\freezeall"
DECLARED = ["The arguments are declared paths.", "The arguments are declared pairs (coordinates)."]


def _entry_labels_page() -> bytes:
    """Margin names in 9 pt Courier ending 10 points left of the column: "\\freezeall" beside a
    paragraph that names it in its last sentence only, and a stack of two, "\\declpath" over
    "\\declpair", each beside a one-line entry of its own that never names it."""
    parts = [f"BT /F1 10 Tf 144 {700 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(LEAD)]
    parts.append(f"BT /F2 9 Tf {134 - 5.4 * len(FREEZE_NAME):.1f} 664 Td ({_escaped(FREEZE_NAME)}) Tj ET")
    parts += [
        f"BT /F1 10 Tf 144 {664 - 12 * at} Td ({_escaped(text)}) Tj ET" for at, text in enumerate(FREEZE)
    ]
    for at, (name, text) in enumerate(zip([r"\declpath", r"\declpair"], DECLARED, strict=True)):
        parts.append(f"BT /F2 9 Tf {134 - 5.4 * len(name):.1f} {616 - 12 * at} Td ({_escaped(name)}) Tj ET")
        parts.append(f"BT /F1 10 Tf 144 {616 - 12 * at} Td ({_escaped(text)}) Tj ET")
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_margin_name_an_entry_does_not_open_on_is_its_label():
    """feynmf.pdf cut "\\fmffreeze" beside "Calculate the positions of the vertices …" and the stack
    "\\fmfipath" / "\\fmfipair" beside two entries of one line each, as `margin_note`s: the entries no
    longer said which command they describe. Each name is kept as its entry's term, over it."""
    parsed = parse_pdf(_entry_labels_page())[0]
    assert parsed.text.split("\n\n") == [
        " ".join(LEAD),
        FREEZE_NAME,
        " ".join(FREEZE),
        r"\declpath",
        DECLARED[0],
        r"\declpair",
        DECLARED[1],
    ]
    assert margin_notes(parsed) == []
