"""Fractions inside a fraction's parts (issue 15, issue-nestfrac): affy's builtinMethods.pdf p. 2's
"E(s|O = o) = a + b (φ(a/b) − φ((o−a)/b))/(Φ(a/b) + Φ((o−a)/b) − 1)" was cut whole, its sentence
left over nothing: pdfminer reads each inner fraction's numerator into the line of the part around
it and its denominator into the line after, and the writer placed no fraction in a fraction. The
display is now written in the linear form of a simple one and kept where it stood. Pages
hand-built, sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, text_row  # noqa: E402
from test_pdf_display_radicals import CMSY  # noqa: E402
from test_pdf_display_stacked_parts import AFTER, CMMI, LEAD, _rule  # noqa: E402
from test_pdf_row_label_formula import CMR  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402


def _parse(content: list[bytes]):
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"M", CMMI), (b"R", CMR)]))
    return doc


def _roman(x: float, y: float, text: str) -> bytes:
    """``text`` in cmr, as TeX sets a display's brackets, signs and digits (4 pt a glyph)."""
    return text_row(x, y, text, 10, b"R")


def _inner(x: float, y: float) -> list[bytes]:
    """A text-style fraction "a/b" set small, its bar at ``y``, as TeX sets one inside a part."""
    return [math_row(x, y + 2.5, "a", 7), _rule(x - 0.3, x + 3.1, y), math_row(x, y - 5.5, "b", 7)]


def _part(x: float, y: float, name: str) -> list[bytes]:
    """ "name(a/b)" on the baseline ``y`` from ``x``, 15.2 pt wide."""
    return [math_row(x, y, name), _roman(x + 4, y, "("), *_inner(x + 7.8, y + 2.5), _roman(x + 11.2, y, ")")]


def _page() -> list[bytes]:
    """ "y = e +" then, over a rule, "f(a/b) + f(a/b)" and, under it, "g(a/b)" centred: each
    bracket holds a small fraction."""
    rows = [*_part(272, 503, "f"), _roman(290, 503, "+"), *_part(296, 503, "f"), *_part(284, 486, "g")]
    return [
        text_row(72, 520, LEAD),
        math_row(240, 495, "y"),
        text_row(244, 495, " = "),
        math_row(256, 495, "e"),
        text_row(260, 495, " + "),
        *rows,
        _rule(271, 313, 497.5),
        text_row(500, 495, "(1)"),
        text_row(72, 470, AFTER),
    ]


def test_a_fraction_whose_parts_hold_fractions_is_written_and_kept():
    """The outer fraction's parts are written as displays of their own, each inner fraction "a/b"
    between its brackets, and the whole stays in its sentence."""
    doc = _parse(_page())
    assert math_spans(doc) == ["y = e + (f(a/b) + f(a/b))/(g(a/b)) (1)"]
    assert doc.text == f"{LEAD}\n\ny = e + (f(a/b) + f(a/b))/(g(a/b)) (1)\n\n{AFTER}"


def test_a_piece_joined_across_an_inner_bar_is_written_from_the_lines_read():
    """ "f(a" and "b) + 1" joined by the layout into one piece whose glyphs stop at "a" (the rest set
    in Helvetica, one size): the inner "a/b" cannot be told from that piece, but pdfminer read its
    lines apart, and the display is written from them (issue-disp55a), never "(f(a b) + 1)/(g(a/b))"."""
    rows = [math_row(272, 503, "f"), _roman(276, 503, "("), *_inner(279.8, 505.5), _roman(283.2, 503, ")")]
    rows += [text_row(286.5, 503, " + 1"), *_part(280, 486, "g")]
    doc = _parse([*_page()[:5], *rows, _rule(271, 304, 497.5), *_page()[-2:]])
    assert math_spans(doc) == ["y = e + (f(a/b) + 1)/(g(a/b)) (1)"]


def test_a_root_over_a_fraction_is_written_with_the_fraction_inside():
    """ "y =" then a radical sign, its bar drawn from its right edge over "a²" over a rule over "x"
    (abinit's test_report_elf.pdf (1.1), "√(Z³/πa₀³)"): pdfminer reads the sign with the
    numerator, "√ a2"; the root is written around the fraction."""
    rows = [
        text_row(72, 520, LEAD),
        math_row(240, 495, "y"),
        text_row(244, 495, " = "),
        text_row(256, 501, "p", 10, b"S"),
        _rule(260, 272, 509),
        math_row(262.5, 500, "a"),
        text_row(266.5, 503.5, "2", 7),
        _rule(261.5, 271.5, 497.5),
        math_row(264.5, 488, "x"),
        math_row(274, 495, "e"),
        text_row(500, 495, "(1)"),
        text_row(72, 470, AFTER),
    ]
    (doc,) = parse_pdf(
        one_page(b"\n".join(rows), [(b"F1", HELVETICA), (b"M", CMMI), (b"R", CMR), (b"S", CMSY)])
    )
    assert math_spans(doc) == ["y = √(a²/x) e (1)"]
