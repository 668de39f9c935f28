"""Displays cut whole in TeX-made notes (issue 15, the fifty-fourth check's rows 1 and 4,
issue-displays54): a symbol's stacked superscript and subscript, pdfminer reading the subscript with
the row's "=" after it ("U_C^real = …" in the LIGGGHTS Ewald note); a fraction between brackets
with a script after the closing one ("η₁₂ = [2s₁s₂/det(G₁₂)]^(υ/2)," in the Gay-Berne note); rows
each an equation of its own, centred one under another, their "=" in no one column; a sum's limit
holding a word, which pdfminer read as a text line under the display ("i=type A"); a script's own
exponent ("e^(−k²/4α²)"); a fraction's numerator read half into the row piece before it. Each
display is written and kept where it stood. Pages hand-built, sentences sloika's own, expected
texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import math_row, math_spans, text_row  # noqa: E402
from test_pdf_display_big_brackets_and_sums import _big, _parse  # noqa: E402
from test_pdf_display_stacked_parts import AFTER, LEAD, _rule  # noqa: E402


def test_a_stack_s_subscript_read_with_the_row_s_sign_is_the_symbol_s():
    """ "U" with "ab" raised after it and "C" lowered under the "ab", then "=" and "x" over a rule
    over "y": pdfminer reads "U ab" as one line and "C =" as the next; the "C" is U's subscript,
    the "=" the row's."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "U"),
            math_row(244.5, 499, "ab", 7),
            math_row(244.5, 492, "C", 7),
            text_row(256, 495, "="),
            math_row(268, 502, "x"),
            _rule(266, 274, 498.5),
            math_row(268, 488, "y"),
            text_row(500, 495, "(1)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nU_C^ab = x/y (1)\n\n{AFTER}"
    assert math_spans(doc) == ["U_C^ab = x/y (1)"]


def test_a_bracket_with_its_script_after_a_fraction_is_the_row_s():
    """ "h = [" then "a" over a rule over "b", then "]" read with its raised "n/2" and the comma:
    the bracket is the row's, at the row's size, its script raised after it."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "h"),
            text_row(244, 495, " = ["),
            math_row(264, 502, "a"),
            _rule(262, 270, 498.5),
            math_row(264, 488, "b"),
            text_row(271, 495, "]"),
            math_row(274, 500, "n", 7),
            text_row(277, 500, "/2", 7),
            text_row(284, 495, ","),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nh = [a/b]^(n/2),\n\n{AFTER}"
    assert math_spans(doc) == ["h = [a/b]^(n/2),"]


def test_rows_each_an_equation_of_their_own_are_one_a_line():
    """Two rows centred one under another, "f = a/b" over "g = c + d,", their "=" 14 pt apart
    across: no aligned chain, two equations, one a line."""
    doc = _parse(
        [
            text_row(72, 530, LEAD),
            math_row(240, 495, "f"),
            text_row(244, 495, " = "),
            math_row(262, 502, "a"),
            _rule(260, 267, 498.5),
            math_row(262, 488, "b"),
            math_row(226, 470, "g"),
            text_row(230, 470, " = "),
            math_row(246, 470, "c"),
            text_row(250, 470, " + "),
            math_row(264, 470, "d"),
            text_row(268, 470, ","),
            text_row(72, 445, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nf = a/b\ng = c + d,\n\n{AFTER}"
    assert math_spans(doc) == ["f = a/b\ng = c + d,"]


def test_a_sum_s_limit_read_as_a_line_of_text_is_the_sum_s():
    """ "s = ∑ q" with "i=type A" set small under the sum, a word in it: pdfminer reads it as a line
    of its own, which the reader took for text; it is the sum's limit."""
    doc = _parse(
        [
            text_row(72, 530, LEAD),
            math_row(240, 495, "s"),
            text_row(244, 495, " = "),
            _big(258, 504.5, "P"),
            math_row(276, 495, "q"),
            text_row(252, 482, "i=type A", 7),
            text_row(500, 495, "(2)"),
            text_row(72, 460, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\ns = ∑_(i=type A) q (2)\n\n{AFTER}"
    assert math_spans(doc) == ["s = ∑_(i=type A) q (2)"]


def test_an_exponent_s_own_exponent_is_raised_in_it():
    """ "y = e" raised "k", its "2" set smaller and raised again, then "/a" and "x" over a rule
    over "z": "e^(k²/a)", not "e^(k2/a)", which reads k times 2."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(240, 495, "y"),
            text_row(244, 495, " = "),
            math_row(262, 495, "e"),
            math_row(266, 499, "k", 7),
            text_row(269, 502, "2", 5),
            text_row(272, 499, "/", 7),
            math_row(274, 499, "a", 7),
            math_row(288, 502, "x"),
            _rule(286, 294, 498.5),
            math_row(288, 488, "z"),
            text_row(500, 495, "(3)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\ny = e^(k²/a) x/z (3)\n\n{AFTER}"
    assert math_spans(doc) == ["y = e^(k²/a) x/z (3)"]
