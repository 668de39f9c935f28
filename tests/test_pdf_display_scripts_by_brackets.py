"""Displays cut for a script pdfminer read with a big bracket (issue 15, check 60 row 5:
r-cran-coin's Implementation.pdf, branch issue-math61). TeX hangs a big bracket from its top and the
reader boxes it an em under that baseline, so its box stands level with the scripts near the row's
top: pdfminer read coin's "vec(∑_(i=1)ⁿ I(B_i = j)w_i g(X_i)h(Y_i)^⊤)" as the lines "(n" (the "("
and the sum's upper limit) and "⊤)" (the superscript and the ")"), pieces no writer placed, and the
paper's central definition was cut, leaving "… is given by" over nothing. Pages
hand-built, sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import math_row, math_spans, text_row  # noqa: E402
from test_pdf_display_big_brackets_and_sums import _parse  # noqa: E402
from test_pdf_display_stacked_parts import AFTER, LEAD  # noqa: E402


def _big(x: float, y: float, text: str) -> bytes:
    """``text`` in cmex at 10 pt, drawn from its top at ``y`` as TeX hangs a big bracket or a sum."""
    return text_row(x, y, text, 10, b"X")


def test_a_big_bracket_read_with_a_script_beside_it_is_parted_from_it():
    """ "t = vec", a big "(" level with the sum's upper limit "n" after it, the sum with "i=1" under
    it, "a" with "t" raised, and a big ")" level with that "t": pdfminer reads "(n" and "t)" as two
    lines, each a bracket beside a script; each bracket is the row's, each script its own."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(220, 495, "t"),
            text_row(224, 495, " = vec"),
            _big(258, 513, "("),
            math_row(265.6, 507, "n", 7),
            _big(262, 504.5, "P"),
            math_row(262.8, 487, "i", 7),
            text_row(265.6, 487, "=1", 7),
            math_row(276, 495, "a"),
            math_row(280.2, 502, "t", 7),
            _big(283.5, 513, ")"),
            text_row(500, 495, "(1)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nt = vec (∑_(i=1)ⁿ a^t) (1)\n\n{AFTER}"
    assert math_spans(doc) == ["t = vec (∑_(i=1)ⁿ a^t) (1)"]


def test_a_big_bracket_read_with_a_script_four_fifths_its_size_is_parted_from_it():
    """The same display with 8 pt scripts beside the 10 pt big brackets (an 11 or 12 pt body's
    \\scriptstyle, as coin's paper sets it): "(n" and "t)" are each set in two sizes no further apart
    than a line's own (8 is ``MARK_SIZE`` of 10), so only the bracket's font tells that it is boxed
    by the font, not its ink, and says nothing of the script beside it
    (``pdf_math_pieces._hung_glyph``); without it the pieces kept no glyphs, no writer parted the
    bracket from its script and the display was cut whole, "… is written as:" over nothing."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            math_row(220, 495, "t"),
            text_row(224, 495, " = vec"),
            _big(258, 513, "("),
            math_row(265.4, 507, "n", 8),
            _big(262, 504.5, "P"),
            math_row(262.2, 486, "i", 8),
            text_row(265.4, 486, "=1", 8),
            math_row(276, 495, "a"),
            math_row(280.2, 502, "t", 8),
            _big(284, 513, ")"),
            text_row(500, 495, "(1)"),
            text_row(72, 470, AFTER),
        ]
    )
    assert doc.text == f"{LEAD}\n\nt = vec (∑_(i=1)ⁿ a^t) (1)\n\n{AFTER}"
    assert math_spans(doc) == ["t = vec (∑_(i=1)ⁿ a^t) (1)"]
