"""A footnote never between a sentence and the code that completes it, and a note's own code lines
kept a line each (issue 15, issue-feynC; the forty-ninth check's review C row 03, feynmf.pdf p. 8:
"Instructing LaTeX to use feynMF is as simple as⁸" read before note 8, then "\\usepackage{feynmf}";
note 9's "\\usepackage[pre-1.03]{feynmf} or \\usepackage[pre-1.03]{feynmp}" run into its prose).
Pages hand-built with the helpers of the other PDF tests, sentences written for the test, expected
texts typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line
from test_pdf_dotted_notes_and_dash_items import _raised_line
from test_pdf_notes_in_place import _note

from sloika.pipelines.formats.pdf import parse_pdf

LEAD = "To load the package in a document, all it takes is a line as simple as"
CODE = r"\usepackage{boxes}"
AFTER = "The package then reads its options from the file named in the first argument."
NOTE = "An older version of the package was loaded with another command."
STORY = [
    "The package draws a box around each word of a sentence, so that a reader sees where",
    "the words begin and end, and it leaves the sentence itself as it was typed by its",
    "writer, with the same spaces between its words and the same line breaks as before.",
    "The boxes are drawn in black unless the option for their colour gives another one.",
]
NOTE_LINES = [
    "The old class takes the package as one of its options, written so:",
    r"\documentstyle[boxes]{article}",
    "or",
    r"\documentstyle[boxes,draft]{article}",
    "These lines still work, but they are not kept up to date any more.",
]


def _parsed(page: list[bytes]) -> str:
    """The text of a one-page PDF drawing ``page``: Helvetica ``/F1``, Courier ``/F2``."""
    return parse_pdf(font_pages([b"\n".join(page)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0].text


def test_a_note_marked_in_a_sentence_a_code_line_completes_follows_the_code():
    """A sentence ending on "as", raising "1", completed by a code line: the note after the code."""
    page = [
        _raised_line(760, LEAD, "1", ""),
        code_line(90, 740, CODE, 10),
        helvetica_line(72, 720, AFTER, 10),
        _note(90, "1", NOTE),
    ]
    assert _parsed(page).split("\n\n") == [LEAD, CODE, NOTE, AFTER]


def test_the_code_lines_a_note_displays_keep_a_line_each():
    """A note whose prose leads into two typewriter lines parted by "or": each keeps its line."""
    page = [
        *(helvetica_line(72, 760 - 12 * at, line, 10) for at, line in enumerate(STORY[:-1])),
        _raised_line(724, STORY[-1], "1", ""),
        helvetica_line(72, 700, AFTER, 10),
        b"BT /F1 6 Tf 72 125 Td (1) Tj ET",
        helvetica_line(77, 122, NOTE_LINES[0], 8),
        code_line(95, 111, NOTE_LINES[1], 8),
        helvetica_line(77, 100, NOTE_LINES[2], 8),
        code_line(95, 89, NOTE_LINES[3], 8),
        helvetica_line(77, 78, NOTE_LINES[4], 8),
    ]
    assert _parsed(page).split("\n\n") == [" ".join(STORY), "\n".join(NOTE_LINES), AFTER]
