"""Small arrays of figures set side by side, each read as a table of its own (issue 15, session 71's
table check: 4ti2_manual.pdf p. 13's magic squares, four 3 × 3 grids in a row and a fifth centred
under them). Their lines line up in rows and columns, so the aligned block was one table whose rows
ran across the squares, "0 | 2 | 1 | 1 | 2 | 0 | 2 | 0 | 1 | …", the fifth square's rows under them.
Each array now stands apart by its gaps: wider between two arrays than between an array's columns,
wider between two rows of arrays than between an array's rows. Pages hand-built, expected text typed
by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_page, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = "That corresponds to the elements in the minimal Hilbert basis of the magic square cone:"
AFTER = "Every integer magic square is a non-negative integer combination of these magic squares."
SQUARES = [["021", "210", "102"], ["120", "012", "201"], ["201", "012", "120"]]
PITCH = 23.0  # pt between an array's columns' left edges (a figure is 5.6 pt wide at 10 pt)
ARRAY_STEP = 91.0  # pt between two arrays' left edges: 40 pt gap between them, 17 pt inside one
ROW_STEP = 22.5  # pt between an array's rows


def _square(x: float, top: float, rows: list[str]) -> list[bytes]:
    return [
        text_row(x + PITCH * col, top - ROW_STEP * row, figure)
        for row, figures in enumerate(rows)
        for col, figure in enumerate(figures)
    ]


def _page(under: bool) -> str:
    parts = [helvetica_line(72, 700, LEAD, 10)]
    for at, square in enumerate(SQUARES):
        parts += _square(141 + ARRAY_STEP * at, 660, square)
    if under:  # a fourth square centred under the row, two row steps under its last row
        parts += _square(141 + ARRAY_STEP + 0.0, 660 - 4 * ROW_STEP, ["111", "111", "111"])
    parts.append(helvetica_line(72, 470, AFTER, 10))
    (doc,) = parse_pdf(helvetica_page(b"\n".join(parts)))
    return doc.text


def _printed(rows: list[str]) -> str:
    return "\n".join(" | ".join(row) for row in rows)


def test_arrays_side_by_side_are_tables_each_left_to_right():
    assert _page(under=False).split("\n\n") == [LEAD, *map(_printed, SQUARES), AFTER]


def test_an_array_under_a_row_of_arrays_comes_after_them():
    assert _page(under=True).split("\n\n") == [
        LEAD,
        *map(_printed, SQUARES),
        _printed(["111", "111", "111"]),
        AFTER,
    ]
