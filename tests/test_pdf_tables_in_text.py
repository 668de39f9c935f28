"""A matrix in big brackets is a display, no table (issue 15).

SageTeX's example.pdf p. 12 shows a 3×3 matrix in big parentheses (cmex's pieces over and under, the
entries in the text font): it was taken for a table, its first cell the bracket's top piece. The page
below is hand-built with those features; the expected texts are typed from what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, helvetica_width, one_page, removed_texts, text_row  # noqa: E402
from test_pdf_code_grids import MATH_FONT, PIECES  # noqa: E402
from test_pdf_ligature_values_and_rings import _to_unicode  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

AFTER = "The next section shows how to include examples of a session in your document as well."
PITCH = 12  # points between a matrix's rows


def _right(x: float, y: float, text: str) -> bytes:
    """``text`` in Helvetica ending at ``x``, as a tabular's right-aligned column sets it."""
    return text_row(x - helvetica_width(text, 10), y, text)


def _prose(lines: list[str], top: float) -> list[bytes]:
    return [text_row(72, top - 14 * at, line) for at, line in enumerate(lines)]


def _spans(doc: Parsed, label: str) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == label]


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
    font, but the bracket's pieces among them make it a display, which leaves whole to ``removed``
    as math, as a display the writer cannot write does (no `table` whose first cell is a piece)."""
    lead = "You can also typeset the output of the last command as a matrix by setting the option:"
    entries = [["15", "0", "5"], ["9", "-1", "1"], ["-6", "2", "6"]]
    content = [*_prose([lead], 700), text_row(76, 680, "sage: l*d*u", font=b"F2"), *_matrix(660, entries)]
    content += [text_row(76, 620, "sage: x = var('x')", font=b"F2"), *_prose([AFTER], 600)]
    fonts = [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", MATH_FONT)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts, _to_unicode(PIECES)))
    assert doc.text.split("\n\n") == [lead, "sage: l*d*u", "sage: x = var('x')", AFTER]
    assert _spans(doc, "table") == []
    (display,) = removed_texts(doc, "math")
    assert sorted(word for word in display.split() if word[-1].isdigit()) == sorted(sum(entries, []))
