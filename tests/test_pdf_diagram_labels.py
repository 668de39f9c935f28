"""A diagram's labels over its caption are the figure's, not paragraphs of the text (issue 15,
issue-feynC; the forty-ninth check's review C row 03, feynmf.pdf p. 7: Figure 2, two shaded boxes
of labels, "Objects:" / "vertices arcs polygons" / "Commands:" / "\\fmf{}{}" …, with arrows labelled
"\\fmfforce" and "vloc" between them, kept as thirteen paragraphs between the text and the caption).
Pages hand-built with the helpers of the other PDF tests, words written for the test."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "The program works in two modes, and each of them keeps its own objects and commands, which",
    "the figure below shows side by side with the arrows that lead from one mode to the other.",
]
CAPTION = "Figure 2: The two modes of the program and the commands that pass between them."
AFTER = "The first mode is the one a new user should start with, for it needs the least work."
# the diagram: (x, y, text, typewriter), two boxes of labels and an arrow's label between them
DIAGRAM = [
    (90, 660, "Vertex Mode", False),
    (300, 656, "Immediate Mode", False),
    (100, 640, "Objects:", False),
    (210, 642, r"\fmfforce", True),
    (310, 636, "Objects:", False),
    (120, 628, "vertices", False),
    (330, 624, "pairs", False),
    (100, 604, "Commands:", False),
    (310, 600, "Commands:", False),
    (110, 592, r"\fmf{}{}", True),
    (200, 590, "vloc", True),
    (320, 588, r"\fmfi{}{}", True),
]


def test_the_labels_of_a_diagram_over_its_caption_leave_the_text():
    """Labels in 8 pt, side by side on several rows over the caption, no sentence among them: the
    text reads the prose, the caption and the prose after it."""
    page = [helvetica_line(72, 740 - 14 * at, line, 10) for at, line in enumerate(PROSE)]
    page += [
        code_line(x, y, text, 8) if mono else helvetica_line(x, y, text, 8) for x, y, text, mono in DIAGRAM
    ]
    page += [helvetica_line(72, 560, CAPTION, 10), helvetica_line(72, 530, AFTER, 10)]
    parsed = parse_pdf(font_pages([b"\n".join(page)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert parsed.text.split("\n\n") == [" ".join(PROSE), CAPTION, AFTER]


# a printout in a figure, its columns set apart on each row's one baseline: (x, text) per piece
PRINTOUT = [
    [(90, "AIC"), (150, "BIC"), (210, "logLik")],
    [(90, "1887.5"), (150, "1916.6"), (210, "-935.7")],
    [(90, "Min"), (150, "Median"), (210, "Max")],
    [(90, "-2.6975"), (150, "-0.0638"), (210, "3.8203")],
]


def test_a_printout_over_a_figure_caption_stays():
    """An R printout in 8 pt typewriter over "Figure 3: R output …", its columns read as pieces side
    by side on one baseline each: the printout's, kept in the text."""
    page = [helvetica_line(72, 740 - 14 * at, line, 10) for at, line in enumerate(PROSE)]
    page += [
        code_line(x, 660 - 10 * row, text, 8) for row, pieces in enumerate(PRINTOUT) for x, text in pieces
    ]
    page += [helvetica_line(72, 600, "Figure 3: R output of the fitted model.", 10)]
    page += [helvetica_line(72, 570, AFTER, 10)]
    parsed = parse_pdf(font_pages([b"\n".join(page)], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert all(text in parsed.text for pieces in PRINTOUT for _, text in pieces)
