"""Displays the layout joined across their rows (issue 15, the fifty-fourth check's LIGGGHTS notes,
issue-disp55a): pdfminer reads a fraction's numerator set beside the row's relation, or two
denominators side by side, as pieces of one row, and the layout joins them into one line no
display writer could place, so the display was cut whole and its sentence read "… is given by" /
"and" with nothing between; the display is written from the lines pdfminer read in its box. An
equation of two rows numbered beside its first has its number after its last. Pages hand-built,
sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import math_row, removed_texts, text_row  # noqa: E402
from test_pdf_display_big_brackets_and_sums import _parse  # noqa: E402
from test_pdf_display_stacked_parts import AFTER, LEAD, _rule  # noqa: E402


def test_two_denominators_read_as_one_line_are_two_fractions():
    """ "D = 1/2 · a/b,": the denominators "2" and "b" stand on one row a word's gap apart and were
    joined into one line, "2 b", under two bars; each is its own fraction's."""
    doc = _parse(
        [
            text_row(72, 530, LEAD),
            math_row(240, 495, "D"),
            text_row(244, 495, " = "),
            text_row(260, 502, "1"),
            _rule(259, 266, 498.5),
            text_row(260, 488, "2"),
            text_row(269, 495, "\xb7"),
            math_row(276, 502, "a"),
            _rule(275, 282, 498.5),
            math_row(276, 488, "b"),
            text_row(283, 495, ","),
            text_row(72, 465, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nD = 1/2 · a/b,\n\n{AFTER}"
    assert removed_texts(doc, "debris") == []


def test_one_equation_s_number_beside_its_first_row_goes_after_its_last():
    """ "f = a + b (1)" over "= c + d,", their "=" in one column: one equation of two rows, its
    number after its last row, not inside the formula."""
    doc = _parse(
        [
            text_row(72, 530, LEAD),
            math_row(240, 500, "f"),
            text_row(244, 500, " = "),
            math_row(258, 500, "a"),
            text_row(262, 500, " + "),
            math_row(276, 500, "b"),
            text_row(500, 500, "(1)"),
            text_row(244, 484, " = "),
            math_row(258, 484, "c"),
            text_row(262, 484, " + "),
            math_row(276, 484, "d"),
            text_row(280, 484, ","),
            text_row(72, 460, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nf = a + b\n= c + d, (1)\n\n{AFTER}"
