"""A closing bracket set after a script as far as its opening bracket stands from the formula's
first glyph hugs the formula, as the opening one does (issue 15, check 53's dynare-doc
bvar-a-la-sims.pdf: "[λȳ₁ λȳ₂ ] = [λȳ₁ λȳ₂ λȳ₁ λȳ₂ λȳ₁ λȳ₂ λ] Φ + U"). A matrix's brackets stand
\\arraycolsep (5 pt) from its cells on both sides; after a subscript TeX adds its \\scriptspace
(0.5 pt), so the gap before the first "]" came to 0.502 em, past the half em that sets a word space
before a closing mark, and that bracket alone read padded. Pages hand-built, sentences sloika's
own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 98 /b 99 /c")
CMR = tex_font(b"QWERTZ+CMR7", b"49 /one 50 /two")  # a subscript's digits, 2.8 pt wide at 7 pt
CMEX = tex_font(b"QWERTY+CMEX10", b"2 /bracketleftbig 3 /bracketrightbig")

LEAD = "The one observation that the rest of this short note keeps coming back to is written as:"
AFTER = "and each of the letters in it is a count that the next section of the note defines in full."


def _parse(content: list[bytes]):
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"R", CMR), (b"X", CMEX)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def _big(x: float, y: float, code: int) -> bytes:
    """cmex's bracket of ``code`` (2 "[", 3 "]"), 4 pt wide, on the row at baseline ``y``, drawn 10 pt
    higher as TeX hangs a big delimiter from its top (its box 2.5 pt over the letters')."""
    return b"BT /X 10 Tf %.2f %.1f Td <%02X> Tj ET" % (x, y + 10, code)


def _cell(x: float, y: float, letter: str, digit: str) -> list[bytes]:
    """``letter`` in cmmi at ``x`` (4 pt wide), its subscript ``digit`` in cmr7 right after it, 1.5 pt
    lowered: the cell ends 6.8 pt after ``x``."""
    return [math_row(x, y, letter), text_row(x + 4, y - 1.5, digit, 7, b"R")]


def _matrix(x: float, y: float, cells: list[tuple[str, str]], closing_gap: float) -> list[bytes]:
    """A one-row matrix at ``x``: its "[", 4.6 pt (TeX's \\arraycolsep, 5 pt at 10.9 pt, is 0.46 em),
    the cells 6 pt apart, its "]" ``closing_gap`` pt after the last cell's subscript."""
    content, at = [_big(x, y, 2)], x + 8.6
    for letter, digit in cells:
        content += _cell(at, y, letter, digit)
        at += 6.8 + 6
    return [*content, _big(at - 6 + closing_gap, y, 3)]


def test_a_closing_bracket_after_a_subscript_and_the_script_space_hugs_its_matrix():
    """ "[a₁ b₂]" whose "]" stands 5.1 pt after "₂" (the opening gap, 4.6 pt, and TeX's 0.5 pt script
    space), then "= c": both brackets hug the cells, as a matrix's brackets after a full-size glyph
    are read."""
    row = _matrix(220, 495, [("a", "1"), ("b", "2")], 5.1)
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            *row,
            text_row(259, 495, " = "),
            math_row(270, 495, "c"),
            text_row(72, 470, AFTER),
        ]
    )
    assert "[a₁ b₂] = c" in doc.text
    assert "₂ ]" not in doc.text


def test_a_closing_bracket_set_well_apart_after_a_subscript_keeps_its_space():
    """The same row with its "]" 7 pt after "₂" (0.7 em, past the script space and the half em):
    the gap is the page's own, and the bracket stands apart."""
    row = _matrix(220, 495, [("a", "1"), ("b", "2")], 7.0)
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            *row,
            text_row(261, 495, " = "),
            math_row(272, 495, "c"),
            text_row(72, 470, AFTER),
        ]
    )
    assert "[a₁ b₂ ] = c" in doc.text


def test_small_key_caps_on_the_baseline_keep_their_even_spaces():
    """sioyek's tutorial (check 53) sets key names in a 7 pt sans on the 10 pt line's baseline, each
    in a drawn cap 5.4 pt from its neighbours: "Shift + = ( + )". The small "+" is no script, so the
    ")" after it keeps the space its "(" has before it: "( + )", not "( +)"."""
    doc = _parse(
        [
            text_row(72, 520, LEAD),
            text_row(72, 495, "Press - to zoom out and"),
            text_row(187.0, 495, "Shift", 7),
            text_row(206.4, 495, "+"),
            text_row(217.6, 495, "=", 7),
            text_row(227.1, 495, "("),
            text_row(235.8, 495, "+", 7),
            text_row(245.3, 495, ")"),
            text_row(254.0, 495, "to zoom in."),
            text_row(72, 470, AFTER),
        ]
    )
    assert "Shift + = ( + ) to zoom in." in doc.text
