"""Exponent towers, a script's own scripts (issue 15, the sixty-first check's row 2, libcrcutil's
crc.pdf, defect D2): TeX sets a superscript's superscript smaller again (\\scriptscriptstyle, half the
body's size, after \\scriptstyle's 70 %) and raised off the superscript's baseline, its subscript
lowered off it. The reader wrote every script glyph at one level: x^{2^k} read "x^(2k)" (x to the
power two times k), x^{n_k 2^k} read "x^(nk 2k)", and the square after a bracket read as a plain "2",
"(x2k)2". Lines built with TeX's sizes and shifts (10 pt body, 7 pt scripts 4.1 pt up, 5 pt scripts
of scripts 3 pt off the script's baseline); sentences sloika's own, expected texts typed by hand as
the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SCRIPT, SCRIPT_RISE = 7, 4.1  # \scriptstyle on a 10 pt body: its size, and a superscript's shift
INNER, INNER_SHIFT = 5, 3.0  # \scriptscriptstyle: its size, and its shift off the script's baseline
SUB_DROP = 1.05  # a subscript of a superscript: how far under the superscript's baseline it is set
# cmex's \bigl( and \bigr), hung from their tops 11 pt over the row's baseline, as the crc paper sets them
BIG = tex_font(b"PKYDZQ+CMEX10", b"40 /parenleftbig 41 /parenrightbig", descent=-600)
BIG_TOP = 11.0


def _prose(pieces: list[tuple[str, str, float, float]]) -> str:
    """The text of one 10 pt line of ``pieces`` (font, text, size, rise), set one after another: prose
    in Helvetica (``F1``), a formula's letters in a TeX math italic (``F2``, cmmi as pdfTeX names it)."""
    ops = b" ".join(
        b"/%s %g Tf %.2f Ts (%s) Tj" % (font.encode(), size, rise, escaped(text))
        for font, text, size, rise in pieces
    )
    fonts = [(b"F1", HELVETICA), (b"F2", tex_font(b"FKLVHQ+CMMI10", b"120 /x")), (b"F3", BIG)]
    (doc,) = parse_pdf(one_page(b"BT 72 700 Td %s ET" % ops, fonts))
    return doc.text.strip()


def test_a_square_after_a_bracket_around_a_formula_is_the_group_s():
    """ "(y + 1)^2" and, after cmex's big brackets, "(x)^2": the 7 pt "2" raised on the closing bracket
    of a group holding a math italic letter is its exponent, no note's mark and no digit of the line
    ("(x2k)2" in the crc paper)."""
    text = _prose(
        [
            ("F1", "Squaring gives (", 10, 0),
            ("F2", "y", 10, 0),
            ("F1", " + 1)", 10, 0),
            ("F1", "2", SCRIPT, SCRIPT_RISE),
            ("F1", " and then ", 10, 0),
            ("F3", "(", 10, BIG_TOP),
            ("F2", "x", 10, 0),
            ("F3", ")", 10, BIG_TOP),
            ("F1", "2", SCRIPT, SCRIPT_RISE),
            ("F1", " is the next power.", 10, 0),
        ]
    )
    assert text == "Squaring gives (y + 1)² and then (x)² is the next power."


def test_a_square_after_big_brackets_is_raised_by_the_row_s_baseline():
    """ "= (x)^2" between cmex's big brackets, hung from their tops 11 pt up: their boxes are no
    measure of the row's baseline (they outnumber its other glyphs and raised the median over the
    "2"), so the square is raised, not a plain "2" ("(x2k)2" in the crc paper)."""
    text = _prose(
        [
            ("F1", "= ", 10, 0),
            ("F3", "(", 10, BIG_TOP),
            ("F2", "x", 10, 0),
            ("F3", ")", 10, BIG_TOP),
            ("F1", "2", SCRIPT, SCRIPT_RISE),
        ]
    )
    assert text == "= (x)²"
