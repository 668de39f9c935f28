"""Displays the reader wrote in their sentence though the debris steps took them apart (issue 15,
check 55's row 04: SDPB-Manual.pdf). An optimisation program set as an array, its rows flush left at
the array's columns ("maximize  a · z  over  z ∈ ℝ^(N+1)," over "such that  ∑ … ⪰ 0  for all …," over
"n·z=1." under the second row's formula), was cut whole, "… It is:" left over nothing; a fraction
whose numerator and denominator are set in typewriter stayed text read after the next paragraph,
its name "dualityGap  ≡" kept over nothing. Pages hand-built, sentences sloika's own, expected texts
typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, math_spans, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 120 /x 121 /y")
CMSY = tex_font(b"KBOUDQ+CMSY10", b"50 /element 60 /lessequal 62 /greaterequal")

LEAD = "Every example of this note is a small problem, which is written as a program of this form:"
THEN = "where the bounds are chosen by whoever sets the problem, and the program is solved as it stands."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: bytes):
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY), (b"T", COURIER)]
    (doc,) = parse_pdf(one_page(content, fonts))
    return doc


def _sum(x: float, y: float) -> list[bytes]:
    """ "x + y" in math italic from ``x`` (each letter 4 pt wide at 10 pt), 21.4 pt wide."""
    return [text_row(x, y, "x", font=b"M"), text_row(x + 4, y, " + "), text_row(x + 15.4, y, "y", font=b"M")]


def _program(top: float) -> list[bytes]:
    """ "maximize  x + y  over  a, b ∈ {0, 1}," over "such that  x + y ≥ 1," (its number "(1)" at the
    right) over "a ≤ b." under the formula column: the words flush left at x = 200, the formulas at
    x = 252, a quad after the longer word."""
    first = [text_row(200, top, "maximize"), *_sum(252, top), text_row(283, top, "over")]
    first += [text_row(312, top, "a, b ", font=b"M"), text_row(332, top, "2", font=b"S")]
    first.append(text_row(336, top, " {0, 1},"))
    second = [text_row(200, top - 14, "such that"), *_sum(252, top - 14)]
    second += [text_row(278, top - 14, ">", font=b"S"), text_row(282, top - 14, " 1,")]
    second.append(text_row(500, top - 14, "(1)"))
    third = [text_row(252, top - 28, "a", font=b"M"), text_row(258, top - 28, "<", font=b"S")]
    third += [text_row(264, top - 28, "b", font=b"M"), text_row(268, top - 28, ".")]
    return [*first, *second, *third]


def test_a_program_set_as_an_array_stays_in_its_sentence_one_row_a_line():
    """Its rows flush left at the array's columns, each holding a relation sign: each row one line,
    its number after the row beside it, under the lead-in and over the sentence's rest."""
    page = [text_row(72, 540, LAST), text_row(72, 500, LEAD), *_program(476), text_row(72, 424, THEN)]
    doc = _parse(b"\n".join(page))
    program = "maximize x + y over a, b ∈ {0, 1},\nsuch that x + y ≥ 1, (1)\na ≤ b."
    assert doc.text == f"{LAST}\n\n{LEAD}\n\n{program}\n\n{THEN}"
    assert math_spans(doc) == [program]


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A fraction's bar from ``x0`` to ``x1``, 0.4 pt thick, at ``y``."""
    return b"%.1f %.1f %.1f 0.4 re f" % (x0, y, x1 - x0)


def test_a_fraction_set_in_typewriter_is_written_with_its_name():
    """A typewriter name ending in "=" on the bar's row, a typewriter numerator and denominator
    centred over and under the bar, a comma after it: one display where the name stood, not the
    name alone with the parts read after the next paragraph."""
    lead = "Specifically, let us define the gap as the normalized difference of the two objectives:"
    name = text_row(150, 462, "gap =", font=b"T")
    over = text_row(233, 470, "|p - d|", font=b"T")
    under = text_row(209, 455, "max(1, |p + d|)", font=b"T")
    bar = _rule(208, 300, 464.5)
    comma = text_row(306, 462, ",")
    after = "A point is considered optimal where this gap is smaller than the threshold the user chose."
    page = [text_row(72, 500, lead), name, over, comma, bar, under, text_row(72, 424, after)]
    doc = _parse(b"\n".join([text_row(72, 540, LAST), *page]))
    display = "gap = (|p - d|)/(max(1, |p + d|)),"
    assert f"{lead}\n\n{display}\n\n{after}" in doc.text
    assert math_spans(doc) == [display]
