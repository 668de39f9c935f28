"""A LaTeX user's guide's blackboard-bold letters and the data files it lists (issue 15, the
forty-seventh check's undrawn 4ti2_manual.pdf): the heading "1.2.1 Solving linear systems over ℤ with
zsolve" came out torn in two, "… over" ¶ "Z with zsolve" (the msbm capital opened a run-in
definition after the bold words), its "ℤ" a plain "Z"; and a file's contents set in typewriter
under the item naming the file ("2 4" / "1 1 1 1" / "1 2 3 4", PROJECT.mat's matrix) went to
``removed`` as a drawing's numbers. Each test compares with the text as the page prints it. All
texts here are written for the tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, HELVETICA_BOLD, code_line, code_lines, escaped, one_page  # noqa: E402
from test_pdf_reference_joins import MSBM  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"B", MSBM), (b"H", HELVETICA_BOLD)]
BODY = "In this example you learn about the function that solves a linear system over the integers."


def _prose(y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf 72 %d Td (%s) Tj ET" % (y, escaped(text))


def test_a_blackboard_letter_in_a_bold_heading_keeps_the_heading_whole():
    """The msbm "Z" (its box drawn 3 pt high, as msbm's sits) between the heading's bold words reads
    "ℤ", and the heading is one line, its typewriter name after it."""
    heading = (
        b"BT 72 700 Td /H 14 Tf (1.2.1 Solving linear systems over ) Tj /B 14 Tf 3 Ts (Z) Tj 0 Ts"
        b" /H 14 Tf ( with ) Tj /F2 14 Tf (zsolve) Tj ET"
    )
    (doc,) = parse_pdf(one_page(heading + b"\n" + _prose(670, BODY), FONTS))
    assert doc.text.split("\n\n") == ["1.2.1 Solving linear systems over ℤ with zsolve", BODY]


def test_blackboard_capitals_in_the_text_read_double_struck():
    """Each msbm capital reads as its double-struck letter: "ℚ" and "ℝ" in a sentence."""
    line = b"BT 72 700 Td /F1 10 Tf (It solves linear systems over ) Tj /B 10 Tf (Q) Tj /F1 10 Tf ( and ) Tj"
    line += b" /B 10 Tf (R) Tj /F1 10 Tf (, but only homogeneous ones, that is, systems with b = 0.) Tj ET"
    (doc,) = parse_pdf(one_page(line, FONTS))
    assert (
        doc.text
        == "It solves linear systems over ℚ and ℝ, but only homogeneous ones, that is, systems with b = 0."
    )


def test_a_data_files_matrix_under_its_item_is_a_listing():
    """Each file's rows of numbers, set in typewriter a gap under the item that names the file, stay
    in the text whole after that item, line by line, as ``code``."""
    items = [
        ("The matrix A has to be put into the file PROJECT.mat.", ["2 4", "1 1 1 1", "1 2 3 4"]),
        ("The right-hand side vector goes into PROJECT.rhs.", ["1 2", "6 10"]),
    ]
    rows, y = [], 700
    for item, matrix in items:
        rows.append(_prose(y, item))
        for row in matrix:
            y -= 17
            rows.append(code_line(100, y, row, 10))
        y -= 30
    rows.append(_prose(y, "The input files all have the format of a matrix, preceded by its dimensions."))
    (doc,) = parse_pdf(one_page(b"\n".join(rows), FONTS))
    assert doc.text.split("\n\n") == [
        "The matrix A has to be put into the file PROJECT.mat.",
        "2 4\n1 1 1 1\n1 2 3 4",
        "The right-hand side vector goes into PROJECT.rhs.",
        "1 2\n6 10",
        "The input files all have the format of a matrix, preceded by its dimensions.",
    ]
    assert code_lines(doc) == ["2 4", "1 1 1 1", "1 2 3 4", "1 2", "6 10"]
