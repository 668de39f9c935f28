"""A system of constraints kept in its sentence one row a line (issue 15, the forty-first check's
row 05: cnfsat.pdf's "x₁ + x₂ ≥ 1" / "(1 − x₂) + x₃ + (1 − x₄) ≥ 1" / … / "x₁, x₂, x₃, x₄ ∈ {0, 1}" was
cut whole, "… can be translated to the following constraints:" left over nothing). The constraints'
relations stand in one column; the last row, the variables' set, is centred under them, its "∈" in
no column. Pages hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 120 /x 121 /y")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"50 /element 62 /greaterequal")

LEAD = "Every example of this note is a small problem, which can be written as the following constraints:"
THEN = "The same problem is used in what follows as the one that every other method is tried on."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    return doc


def _sum(x: float, y: float, first: str, second: str) -> list[bytes]:
    """ "first + second" in math italic from ``x`` (each letter 4 pt wide at 10 pt)."""
    return [
        text_row(x, y, first, font=b"M"),
        text_row(x + 4, y, " + "),
        text_row(x + 15.4, y, second, font=b"M"),
    ]


def _at_least_one(y: float) -> list[bytes]:
    """ "≥ 1" set apart at x = 300, the relations' column."""
    return [text_row(300, y, ">", font=b"S"), text_row(306, y, "1")]


def _domain(y: float) -> list[bytes]:
    """ "a, b, x, y ∈ {0, 1}" centred under the system."""
    names = text_row(232, y, "a, b, x, y ", font=b"M")
    return [names, text_row(276, y, "2", font=b"S"), text_row(280, y, " {0, 1}")]


def test_a_system_with_its_variables_set_stays_one_row_a_line():
    """Two constraints right-aligned at their "≥" (rows of different widths), the variables' set
    centred under them: each row one line, under the lead-in."""
    rows = [*_sum(260, 476, "x", "y"), *_at_least_one(476), *_sum(240, 462, "a", "b"), *_at_least_one(462)]
    page = [text_row(72, 500, LEAD), *rows, *_domain(448), text_row(72, 424, THEN), text_row(72, 360, LAST)]
    doc = _parse(b"\n".join(page))
    assert doc.text == f"{LEAD}\n\nx + y ≥ 1\na + b ≥ 1\na, b, x, y ∈ {{0, 1}}\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_system_with_two_rows_of_variables_sets_stays_one_row_a_line():
    """lpsymphony.pdf p. 2 (forty-eighth check, row 03): three "≤" rows over two rows of the
    variables' sets ("x₁, x₃ ∈ ℤ⁺" over "x₂ ∈ ℝ⁺") were cut whole as math, "subject to" left over
    nothing; each set row stands at no relations' column, the last two rows alike."""
    rows = [*_sum(260, 476, "x", "y"), *_at_least_one(476), *_sum(240, 462, "a", "b"), *_at_least_one(462)]
    sets = [*_domain(448), text_row(262, 434, "x, y ", font=b"M"), text_row(282, 434, "2", font=b"S")]
    sets.append(text_row(286, 434, " {0, 1}"))
    page = [text_row(72, 500, LEAD), *rows, *sets, text_row(72, 410, THEN), text_row(72, 346, LAST)]
    doc = _parse(b"\n".join(page))
    assert doc.text == (
        f"{LEAD}\n\nx + y ≥ 1\na + b ≥ 1\na, b, x, y ∈ {{0, 1}}\nx, y ∈ {{0, 1}}\n\n{THEN}\n\n{LAST}"
    )
    assert "removed" not in doc.layers
