"""A small table ruled once, under its head (issue 15, check 52 row 1, the TREE-PUZZLE 5.2 manual
p. 35): "Parameter (Symbol) | Minimum | Maximum" over four rows of a parameter's name and two bounds,
"Transition/transversion parameter (t) | 0.20 | 30.00" …, one rule between the head and the rows and
none else. Its bounds, lines of numbers alone two a row, counted as no column, so the rows were no
aligned block: the names stood as paragraphs, seven bounds were cut as ``numbers_only`` and the head
came after the rows. Hand-built page; expected text written by hand as the page prints it."""

from __future__ import annotations

from functools import cache

from pdf_objects import helvetica_line, helvetica_pages

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 81, 522
LEAD = [
    "The program estimates the parameters of the models of substitution and of rate variation by",
    "maximum likelihood. Be careful if the estimated values are close to the internal bounds:",
]
AFTER = "It is also possible to give the parameters by hand, in which case no bounds are checked."
COLUMNS = (100, 300, 380)  # each column's left edge
HEAD = ["Parameter (Symbol)", "Minimum", "Maximum"]
ROWS = [
    ["Transition/transversion parameter (t)", "0.20", "30.00"],
    ["Y/R transition parameter (g)", "0.10", "6.00"],
    ["Fraction of invariable sites (q)", "0.00", "0.99"],
    ["Gamma rate heterogeneity parameter (a)", "0.01", "99"],
]


def _page() -> bytes:
    """The lead-in, the head over a rule across the table, the rows, the next paragraph."""
    lines = [helvetica_line(LEFT, 760, LEAD[0], 10, end=RIGHT), helvetica_line(LEFT, 748, LEAD[1], 10)]
    lines += [helvetica_line(x, 720, text, 10) for x, text in zip(COLUMNS, HEAD, strict=True)]
    lines.append(b"0.4 w 94 716 m 430 716 l S")
    for at, row in enumerate(ROWS):
        lines += [helvetica_line(x, 704 - 12 * at, text, 10) for x, text in zip(COLUMNS, row, strict=True)]
    lines.append(helvetica_line(LEFT, 640, AFTER, 10))
    return b"\n".join(lines)


@cache
def _parsed() -> Parsed:
    (doc,) = parse_pdf(helvetica_pages([_page()]))
    return doc


def test_a_table_ruled_under_its_head_reads_head_first_a_row_a_line():
    """The head's row, then each row: cells parted by " | ", under one ``table`` span, its rows the
    cells; the lead-in before it and the next paragraph after it."""
    doc = _parsed()
    rows = "\n".join(" | ".join(row) for row in [HEAD, *ROWS])
    assert doc.text.split("\n\n") == [" ".join(LEAD), rows, AFTER]
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [HEAD, *ROWS]
    assert doc.text[table.start : table.end] == rows


def test_no_bound_of_the_table_is_cut_as_numbers_only():
    """The bounds are cells: none of them is in ``removed``."""
    doc = _parsed()
    assert [s.attrs.get("text") for s in doc.layers.get("removed", []) if s.label == "debris"] == []
