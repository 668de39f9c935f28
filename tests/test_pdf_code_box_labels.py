"""A code box's label over the next box is no line of the box before it (issue 15, the thirty-ninth
check's pools rebuilt: psychTools' omega.pdf p. 30): two framed R boxes one under the other, the
second's label "R code" set right, over its first line, a box's padding (6 pt) under the first box's
last line and close (1 pt) over the second's first. The gap is under the em that parts two code
blocks, so the label and both boxes were read as one block: "fa.congruence(list(om,dsl,fx))" /
"R code" / "> lowerMat(simx$model)". All texts here are written for the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, code_line, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def _prose(y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf 72 %.1f Td (%s) Tj ET" % (y, text.encode())


def _boxes(label_drop: float) -> bytes:
    """Prose, a box of two code lines at 9.5 pt leading, the next box's label ``label_drop`` pt under
    the last line's baseline, its two code lines 8.8 pt under the label, prose."""
    label = 690.5 - label_drop
    return b"\n".join(
        [
            _prose(730, "We compare the two solutions and their congruence."),
            code_line(95, 700, "summary(dsl)", 8),
            code_line(95, 690.5, "fa.congruence(list(om,dsl,fx))", 8),
            code_line(291.7, label, "R code", 8),
            code_line(95, label - 8.8, "> lowerMat(simx$model)", 8),
            code_line(95, label - 18.3, "   V1   V2   V3", 8),
            _prose(label - 45, "The model matrix shows the loadings of all nine variables."),
        ]
    )


def _blocks(content: bytes) -> list[str]:
    parsed = parse_pdf(font_pages([content], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    return parsed.text.split("\n\n")


def test_a_box_label_set_apart_over_the_next_box_opens_it():
    blocks = _blocks(_boxes(13.9))
    assert blocks[1] == "summary(dsl)\nfa.congruence(list(om,dsl,fx))"
    lines = [line.strip() for line in blocks[2].splitlines()]
    assert lines == ["R code", "> lowerMat(simx$model)", "V1   V2   V3"]


def test_a_line_at_the_listing_leading_stays_in_it():
    """A right-set line at the box's own leading is a line of the box, not a label over the next."""
    blocks = _blocks(_boxes(9.5))
    assert len(blocks) == 3
    assert blocks[1].splitlines()[0] == "summary(dsl)"
    assert blocks[1].splitlines()[2].strip() == "R code"


def test_a_printout_head_over_its_columns_stays_with_its_command():
    """A printout's head row set right of a short command, farther under it than over the row under
    it, stands over its own columns (HSAUR3's "R> K" over "     [,1] [,2]"): one block."""
    content = b"\n".join(
        [
            _prose(730, "The matrix of the linear functions is the identity."),
            code_line(72, 700, "R> K", 8),
            code_line(110.4, 686.1, "[,1] [,2]", 8),
            code_line(72, 677.3, "[1,]    1    0", 8),
            code_line(72, 667.8, "[2,]    0    1", 8),
            _prose(640, "Each row of the matrix picks one parameter of the model."),
        ]
    )
    assert _blocks(content)[1].splitlines()[:2] == ["R> K", "        [,1] [,2]"]
