"""A table's cells stand in the text, and a matrix in big brackets is a display, no table (issue 15).

SageTeX's example.pdf sets Pascal's triangle as a tabular (a head "k:" over 0 … 8, rows "n: 0 1",
"1 1 1", "2 1 2 1", … right of a rule down, an \\hline under the head) under "Okay, now here's the
table.": the reader took it for a grid of cells and wrote a `table` span of no width, its cells only
in the span's ``rows``, so neither the text nor ``removed`` held them. Its page 12 shows a 3×3 matrix
in big parentheses (cmex's pieces over and under, the entries in the text font): it was taken for a
table too, its first cell the bracket's top piece. The pages below are hand-built with those
features; the expected texts are typed from what the pages print."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, helvetica_width, one_page, removed_texts, text_row  # noqa: E402
from test_pdf_code_grids import MATH_FONT, PIECES  # noqa: E402
from test_pdf_ligature_values_and_rings import _to_unicode  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = (
    "Okay, now here is the table. To change its size, edit the number above; every table you make "
    "this way has the same size."
)
AFTER = "The next section shows how to include examples of a session in your document as well."
PITCH = 12  # points between a table's rows
TABCOLSEP = 6.0  # points each side of a tabular's cell


def _right(x: float, y: float, text: str) -> bytes:
    """``text`` in Helvetica ending at ``x``, as a tabular's right-aligned column sets it."""
    return text_row(x - helvetica_width(text, 10), y, text)


def _prose(lines: list[str], top: float) -> list[bytes]:
    return [text_row(72, top - 14 * at, line) for at, line in enumerate(lines)]


def _binomials(n: int) -> list[int]:
    row = [1]
    for k in range(n):
        row.append(row[-1] * (n - k) // (k + 1))
    return row


def _pascal(top: float, rows: int) -> list[bytes]:
    """A head "k:" over the numbers 0 … ``rows - 1``, a rule across under them and a rule down
    left of the values; each row "n:" (the first only), its number and its binomials, right-aligned,
    each column ``TABCOLSEP`` twice wider than its widest cell, as a tabular sets them."""
    rule_x = 178.0
    values = [_binomials(n) for n in range(rows)]
    number = max(helvetica_width(str(n), 10) for n in range(rows))  # the row numbers' column
    left = rule_x - TABCOLSEP - number - 2 * TABCOLSEP - helvetica_width("n:", 10)
    widths = [max(helvetica_width(str(row[k]), 10) for row in values[k:]) for k in range(rows)]
    widths[0] = max(widths[0], helvetica_width("k:", 10))  # the head's column
    rights = [rule_x + TABCOLSEP + sum(widths[: k + 1]) + 2 * TABCOLSEP * k for k in range(rows)]
    content = [text_row(rule_x + TABCOLSEP, top, "k:")]
    content += [_right(rights[k], top - PITCH, str(k)) for k in range(rows)]
    for n, row in enumerate(values):
        y = top - PITCH * (n + 2) - 2
        content += [text_row(left, y, "n:")] if n == 0 else []
        content.append(_right(rule_x - TABCOLSEP, y, str(n)))  # centred: one digit each
        content += [_right(rights[k], y, str(value)) for k, value in enumerate(row)]
    bottom = top - PITCH * (rows + 1) - 6
    content.append(b"0.4 w %.1f %.1f m %.1f %.1f l S" % (rule_x, bottom, rule_x, top + 10))
    across = top - PITCH - 4
    content.append(b"0.4 w %.1f %.1f m %.1f %.1f l S" % (left - 4, across, rights[-1] + TABCOLSEP, across))
    return content


def _spans(doc: Parsed, label: str) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == label]


def test_a_table_of_numbers_reads_in_the_text_a_row_a_line():
    """Pascal's triangle to n = 8 under its sentence: its rows stand in the text where the table
    stood, each row's cells in reading order parted by " | ", under the `table` span."""
    top = 640.0
    content = [*_prose([LEAD], 700), *_pascal(top, 9), *_prose([AFTER], top - PITCH * 12)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA)]))
    rows = [
        "k:",
        "0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8",
        "n: | 0 | 1",
        "1 | 1 | 1",
        "2 | 1 | 2 | 1",
        "3 | 1 | 3 | 3 | 1",
        "4 | 1 | 4 | 6 | 4 | 1",
        "5 | 1 | 5 | 10 | 10 | 5 | 1",
        "6 | 1 | 6 | 15 | 20 | 15 | 6 | 1",
        "7 | 1 | 7 | 21 | 35 | 35 | 21 | 7 | 1",
        "8 | 1 | 8 | 28 | 56 | 70 | 56 | 28 | 8 | 1",
    ]
    assert doc.text.split("\n\n") == [LEAD, "\n".join(rows), AFTER]
    assert _spans(doc, "table") == ["\n".join(rows)]
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"][2] == ["n:", "0", "1"]


def _matrix(top: float, entries: list[list[str]]) -> list[bytes]:
    """``entries`` right-aligned in columns 18 pt apart, rows ``PITCH`` apart, in the text font, a
    minus in the math font (``F3``) as TeX sets "−1"; a parenthesis each side stacked of two cmex
    pieces, the top one on the first row, the bottom one 18 pt under it, none between."""
    content = []
    for piece, y in ((1, top), (3, top - 18)):
        content += [text_row(250, y, chr(piece), font=b"F3"), text_row(330, y, chr(piece + 3), font=b"F3")]
    for at, row in enumerate(entries):
        y = top - PITCH * at
        for x, cell in enumerate(row):
            right = 284 + 18 * x
            minus = cell.startswith("-")
            content.append(text_row(right - 10, y, cell, font=b"F3") if minus else _right(right, y, cell))
    return content


def test_a_matrix_in_big_brackets_is_a_display_no_table():
    """A session's command over its output typeset as a matrix: the entries plain numbers in the text
    font, but the bracket's pieces among them make it a display, no `table` whose first cell is a
    piece; the display writer writes it as the matrix, its rows between its brackets (issue 15,
    check 53 row 5: it left whole to ``removed`` as math, as a display the writer cannot write)."""
    lead = "You can also typeset the output of the last command as a matrix by setting the option:"
    entries = [["15", "0", "5"], ["9", "-1", "1"], ["-6", "2", "6"]]
    content = [*_prose([lead], 700), text_row(76, 680, "sage: l*d*u", font=b"F2"), *_matrix(660, entries)]
    content += [text_row(76, 620, "sage: x = var('x')", font=b"F2"), *_prose([AFTER], 600)]
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", MATH_FONT)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts, _to_unicode(PIECES)))
    matrix = "(15 0 5; 9 -1 1; -6 2 6)"
    assert doc.text.split("\n\n") == [lead, "sage: l*d*u", matrix, "sage: x = var('x')", AFTER]
    assert _spans(doc, "table") == []
    assert removed_texts(doc, "math") == []
