"""An exponent after a big bracket reads as the bracket's exponent (issue 15, thirty-seventh held-out
check: gsl.pdf's "E2 = 5.5206 (h̄²/2m)^{1/3}" kept as "E2 = 5.5206 (h̄²/2m)." with its "1/3" cut as
``numbers_only``: a wrong value). TeX takes the closing bracket from the math extension font, set at
its nominal 9.96 pt in a 10.9 pt line, and the 7.97 pt exponent was no smaller than ``MARK_SIZE`` of
the bracket's size, so it stayed a line of its own; joined, its "1" opened a raised run after a
full-size sign and was read as a note's mark. Glyphs hand-built with gsl.pdf's geometry (PDF
coordinates, y0 the baseline's side of the box); the texts expected are typed by hand."""

from __future__ import annotations

from types import SimpleNamespace

from sloika.pipelines.formats.pdf_math_pieces import _superscript_of
from sloika.pipelines.formats.pdf_spacing import _spaced_text

TEXT, SCRIPT, BRACKET = 10.91, 7.97, 9.96


def _glyph(
    text: str, x0: float, x1: float, y0: float, y1: float, size: float, font: str, baseline: float = 0.0
) -> SimpleNamespace:
    """A pdfminer character; its text matrix's y is the ``baseline`` TeX set it on (its box's foot
    unless given: the math italic slash hangs below the digits' baseline)."""
    matrix = (size, 0.0, 0.0, size, x0, baseline or y0)
    return SimpleNamespace(
        get_text=lambda: text,
        x0=x0,
        x1=x1,
        y0=y0,
        y1=y1,
        size=size,
        fontname=font,
        upright=True,
        matrix=matrix,
    )


def _base() -> list:
    """ "(a/2m)": the text's glyphs, then the math extension font's closing bracket, raised and smaller."""
    letters = [("(", 300.0), ("a", 305.4), ("/", 310.0), ("2", 315.4), ("m", 320.9)]
    glyphs = [_glyph(c, x, x + 5.45, 584.2, 595.1, TEXT, "LMRoman10-Regular") for c, x in letters]
    return [*glyphs, _glyph(")", 330.5, 336.4, 588.3, 598.2, BRACKET, "LMMathExtension10-Regular")]


def _exponent() -> list:
    """ "1/3" in script size, set where the bracket ends."""
    return [
        _glyph("1", 336.4, 340.7, 594.6, 602.6, SCRIPT, "LMRoman8-Regular"),
        _glyph("/", 340.7, 344.9, 593.5, 601.4, SCRIPT, "LMMathItalic8-Regular", 594.6),
        _glyph("3", 344.9, 349.1, 594.6, 602.6, SCRIPT, "LMRoman8-Regular"),
    ]


def test_an_exponent_after_a_big_bracket_is_the_lines_superscript():
    assert _superscript_of(_exponent(), _base())


def test_a_raised_run_going_on_in_its_script_is_the_exponent_not_a_mark():
    full_stop = _glyph(".", 349.6, 352.7, 584.2, 595.1, TEXT, "LMRoman10-Regular")
    assert _spaced_text([*_base(), *_exponent(), full_stop], TEXT) == "(a/2m)¹/³."
