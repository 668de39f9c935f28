"""A grid of drawings over a table's caption: its row and column labels are the float's, not
paragraphs of the text (issue 15, issue-feynC; the forty-ninth check's review C row 03, feynmf.pdf
p. 18: Table 4, vertex shapes drawn in a grid under the header "filled= full empty shaded …", its
row labels "circle" / "square" / … kept as one-word paragraphs; p. 20's Table 6, "pull=" and
"default" / "smooth" inside a listing). Pages hand-built with the helpers of the other PDF tests,
words written for the test."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "The shapes a vertex may take are drawn in the table below, each in the fill styles the",
    "package offers, so that a reader can pick one by its look rather than by its name alone.",
]
HEADER = [(80, "filled="), (160, "full"), (220, "empty"), (290, "shaded"), (360, "hatched")]
ROWS = ["circle", "square", "triangle", "diamond", "pentagon", "hexagon"]
CAPTION = "Table 4: Available vertex shapes and fill styles."
AFTER = "The shape is chosen with an option of the vertex command, and its fill with another one."


def test_the_labels_of_a_grid_of_drawings_leave_the_text():
    """A header row and six row labels 27 pt apart in typewriter, the cells beside them drawn (no
    text): the text reads the prose, the caption and the prose after it."""
    page = [helvetica_line(72, 760 - 14 * at, line, 10) for at, line in enumerate(PROSE)]
    page += [code_line(x, 700, text, 10) for x, text in HEADER]
    page += [code_line(80, 672 - 27 * at, text, 10) for at, text in enumerate(ROWS)]
    page += [helvetica_line(150, 480, CAPTION, 10), helvetica_line(72, 450, AFTER, 10)]
    parsed = parse_pdf(font_pages([b"\n".join(page)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert parsed.text.split("\n\n") == [" ".join(PROSE), CAPTION, AFTER]


def test_a_table_of_text_keeps_its_rows():
    """The same labels at a line's pitch, each with its cell of words beside it: a table of text,
    its rows kept."""
    page = [helvetica_line(72, 760 - 14 * at, line, 10) for at, line in enumerate(PROSE)]
    page += [
        helvetica_line(80, 700 - 12 * at, f"{text}    drawn with {text} edges", 10)
        for at, text in enumerate(ROWS)
    ]
    page += [helvetica_line(150, 600, CAPTION, 10), helvetica_line(72, 570, AFTER, 10)]
    parsed = parse_pdf(font_pages([b"\n".join(page)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert all(f"{text}    drawn" in parsed.text or f"{text} drawn" in parsed.text for text in ROWS)
