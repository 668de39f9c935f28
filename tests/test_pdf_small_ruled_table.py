"""A small ruled table of short cells stays in the text (issue 15, forty-fifth check, review E2
defect 4, r-bioc-biocstyle's LatexStyle2.pdf p. 7): its booktabs table of the figure environments
("environment | description | output width | device dimensions | aspect ratio", three rows) was cut to
an empty ``table`` span, so "See the following table for details" pointed at nothing; and its cell
"8 x 5 in", set as TeX sets words (a third of an em apart, no space glyph), read "8x5in" under
"10 x 5 in". Hand-built page; expected text written by hand as the page prints it."""

from __future__ import annotations

from functools import cache

from pdf_objects import helvetica_line, helvetica_pages, tex_line

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 81, 522
LEAD = "See the following table for details, and Figures 1, 2 and 3 for examples."
AFTER = "The figure environment produces regular figures which are left-indented and right-aligned."
COLUMNS = (90, 160, 240, 330, 440)  # each column's left edge
HEADS = [["environment"], ["description"], ["output", "width"], ["device", "dimensions"], ["aspect", "ratio"]]
ROWS = [
    [["figure"], ["regular", "figure"], ["120mm", "(4.72in)"], ["8", "x", "5", "in"], ["1.6"]],
    [["figure*"], ["wide", "figure"], ["150mm", "(5.90in)"], ["10", "x", "5", "in"], ["2.0"]],
    [["smallfigure"], ["small", "figure"], ["75mm", "(2.95in)"], ["5", "x", "5", "in"], ["1.0"]],
]


def _row(y: float, cells: list[list[str]]) -> list[bytes]:
    """One row of the table: each cell's words set as TeX sets them, at its column's edge."""
    return [tex_line(y, words, x) for x, words in zip(COLUMNS, cells, strict=True)]


@cache
def _parsed() -> Parsed:
    """The lead-in sentence, the table ruled across only (top rule, midrule, bottom rule), the next
    paragraph under it."""
    rules = [b"0.4 w 85 %d m 500 %d l S" % (y, y) for y in (706, 690, 642)]
    table = [*_row(694, HEADS)]
    for at, row in enumerate(ROWS):
        table += _row(678 - 12 * at, row)
    prose = [helvetica_line(LEFT, 730, LEAD, 10), helvetica_line(LEFT, 620, AFTER, 10)]
    return parse_pdf(helvetica_pages([b"\n".join([*rules, *table, *prose])]))[0]


def _printed(cells: list[list[str]]) -> list[str]:
    return [" ".join(words) for words in cells]


def test_a_small_ruled_table_of_short_cells_reads_in_the_text_row_by_row():
    printed = "\n".join(" | ".join(_printed(row)) for row in [HEADS, *ROWS])
    assert _parsed().text.split("\n\n") == [LEAD, printed, AFTER]


def test_its_table_span_stands_over_its_rows_and_holds_its_cells_spaced_as_printed():
    doc = _parsed()
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert doc.text[table.start : table.end].startswith("environment | description")
    assert table.attrs["rows"] == [_printed(row) for row in [HEADS, *ROWS]]
