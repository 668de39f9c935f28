"""Chains of display rows and sums with parted limits kept in their sentence (issue 15: r-cran-iso's
algorithm.pdf's "… = ∑_(s∈S) …" over "+ ∑_(s∈S) …" rows over "= Σ₁ + Σ₂ + Σ₃" was cut whole, "Proof:
For any ĝ in I^c," left over nothing; cnfsat.pdf's (1.5) over (1.6), a sum's limit "j∈J_i⁻" in three
pieces, was cut, "… the following 0-1 programming problem:" left over nothing). Pages hand-built,
sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# "X": a sum sign; every glyph 400 units wide, 4 pt at 10 pt, 2.8 pt at 7 pt
CMMI = tex_font(b"KBOUDP+CMMI10", b"74 /J 88 /summation 97 /a 98 /b 99 /c 100 /d 105 /i 106 /j 120 /x 121 /y")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"0 /minus 50 /element 62 /greaterequal")

LEAD = "Every example of this note is a small problem, and its value is worked out step by step:"
THEN = "The same problem is used in what follows as the one that every other method is tried on."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    return doc


def _page(rows: list[bytes], under: float) -> bytes:
    """The lead-in over the display's pieces, the next paragraph at ``under``."""
    return b"\n".join([text_row(72, 500, LEAD), *rows, text_row(72, under, THEN), text_row(72, 300, LAST)])


def test_a_chain_with_a_row_going_on_the_sum_over_it_stays_one_row_a_line():
    """ "y = a + b" over "+ c" (set right of the "=", going on the right-hand side) over "= d" (its
    "=" under the first's): the middle row has no relation sign, which cut the whole chain."""
    rows = [
        math_row(250, 476, "y"),
        text_row(254, 476, " = "),
        math_row(266, 476, "a"),
        text_row(270, 476, " + "),
        math_row(282, 476, "b"),
        text_row(270, 462, " + "),
        math_row(282, 462, "c"),
        text_row(254, 448, " = "),
        math_row(266, 448, "d"),
    ]
    doc = _parse(_page(rows, 424))
    assert doc.text == f"{LEAD}\n\ny = a + b\n+ c\n= d\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_sums_limit_nearer_the_row_under_it_stays_with_its_sum():
    """Rows of sums set close ("y = ∑ a" over "= ∑ b" over "= c"): the limit "i" under the second
    row's sum stands nearer the third row than its own, and was read as the third's."""
    rows = [
        math_row(250, 476, "y"),
        text_row(254, 476, " = "),
        math_row(266, 476, "X a"),
        math_row(266.6, 467, "i", 7),
        text_row(254, 456, " = "),
        math_row(266, 456, "X b"),
        math_row(266.6, 447, "i", 7),
        text_row(254, 437, " = "),
        math_row(266, 437, "c"),
    ]
    doc = _parse(_page(rows, 414))
    assert doc.text == f"{LEAD}\n\ny = ∑_i a\n= ∑_i b\n= c\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_rows_each_with_its_equation_number_stay_one_row_a_line():
    """Two equations one under another, each numbered, their relations in no one column ("a ≥ b (1)"
    over "x ∈ y, i = 1 (2)"): each row its own equation, read by itself."""
    rows = [
        math_row(250, 476, "a"),
        text_row(258, 476, ">", font=b"S"),
        math_row(270, 476, "b"),
        text_row(520, 476, "(1)"),
        math_row(240, 462, "x"),
        text_row(248, 462, "2", font=b"S"),
        math_row(260, 462, "y"),
        text_row(264, 462, ", "),
        math_row(280, 462, "i"),
        text_row(284, 462, " = 1"),
        text_row(520, 462, "(2)"),
    ]
    doc = _parse(_page(rows, 438))
    assert doc.text == f"{LEAD}\n\na ≥ b (1)\nx ∈ y, i = 1 (2)\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_sums_limit_in_pieces_is_one_limit():
    """ "x = ∑ a" with the limit "j∈J" under the sum and its own scripts "−" over "i" set apart
    after it, smaller: one limit, "j∈J_i⁻" (three pieces under one operator cut the display)."""
    rows = [
        math_row(250, 476, "x"),
        text_row(254, 476, " = "),
        math_row(268, 476, "X a"),
        math_row(263, 467, "j", 7),
        text_row(265.8, 467, "2", 7, b"S"),
        math_row(268.6, 467, "J", 7),
        math_row(271.4, 463.5, "i", 5),
        text_row(271.4, 471, "\x00", 5, b"S"),
    ]
    doc = _parse(_page(rows, 438))
    assert doc.text == f"{LEAD}\n\nx = ∑_(j∈J_i⁻) a\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_a_chain_broken_after_its_first_rows_sign_stays_one_row_a_line():
    """ "y + a =" (its one "=" at its end) over "= b =" over "= c", the rows under it set flush left
    with it, as a derivation too wide for its left side is set: the first row's "=" stands in no
    column with theirs, which cut the whole chain and left the lead-in over nothing."""
    rows = [
        math_row(250, 476, "y"),
        text_row(254, 476, " + "),
        math_row(266, 476, "a"),
        text_row(270, 476, " ="),
        text_row(252, 460, "= "),
        math_row(264, 460, "b"),
        text_row(268, 460, " ="),
        text_row(252, 444, "= "),
        math_row(264, 444, "c"),
    ]
    doc = _parse(_page(rows, 420))
    assert doc.text == f"{LEAD}\n\ny + a =\n= b =\n= c\n\n{THEN}\n\n{LAST}"
    assert "removed" not in doc.layers


def test_rows_under_a_chain_broken_after_its_sign_still_stand_in_one_column():
    """ "y + a =" over "= b" over "= c" set far right of the "= b" row's "=": the rows under the
    broken first row hold their relations in no one column, no chain, and the display is cut whole,
    as before."""
    rows = [
        math_row(250, 476, "y"),
        text_row(254, 476, " + "),
        math_row(266, 476, "a"),
        text_row(270, 476, " ="),
        text_row(252, 460, "= "),
        math_row(264, 460, "b"),
        text_row(300, 444, "= "),
        math_row(312, 444, "c"),
    ]
    doc = _parse(_page(rows, 420))
    assert "y + a =" not in doc.text and "= c" not in doc.text
    assert f"{LEAD}\n\n{THEN}" in doc.text
