"""Exponent towers, a script's own scripts (issue 15, the sixty-first check's row 2, libcrcutil's
crc.pdf, defect D2): TeX sets a superscript's superscript smaller again (\\scriptscriptstyle, half the
body's size, after \\scriptstyle's 70 %) and raised off the superscript's baseline, its subscript
lowered off it. The reader wrote every script glyph at one level: x^{2^k} read "x^(2k)" (x to the
power two times k), x^{n_k 2^k} read "x^(nk 2k)", and the square after a bracket read as a plain "2",
"(x2k)2". Lines built with TeX's sizes and shifts (10 pt body, 7 pt scripts 4.1 pt up, 5 pt scripts
of scripts 3 pt off the script's baseline); sentences sloika's own, expected texts typed by hand as
the page prints them. A fraction in an exponent, its numerator set as small and as high, stays
written in it by its bar (test_pdf_display_stacked_parts.py's "e^(nx/a)", not "e^(n^x)")."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, math_row, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SCRIPT, SCRIPT_RISE = 7, 4.1  # \scriptstyle on a 10 pt body: its size, and a superscript's shift
INNER, INNER_SHIFT = 5, 3.0  # \scriptscriptstyle: its size, and its shift off the script's baseline
SUB_DROP = 1.05  # a subscript of a superscript: how far under the superscript's baseline it is set
# cmex's \bigl( and \bigr), hung from their tops 11 pt over the row's baseline, as the crc paper sets them
BIG = tex_font(b"PKYDZQ+CMEX10", b"40 /parenleftbig 41 /parenrightbig", descent=-600)
BIG_TOP = 11.0
ROW = 495.0  # a display row's baseline
LEAD = "The square that the rest of this short note keeps coming back to is written as:"
AFTER = "and each of the letters in it is a count that the next section of the note defines in full."
MATH_ITALIC = tex_font(b"FKLVHQ+CMMI10", b"75 /K 107 /k 110 /n 120 /x 121 /y")
# cmex's display product (code 81), an em wide, as TeX sets \prod in a display
PRODUCT = tex_font(b"QWERTY+CMEX10", b"81 /productdisplay").replace(
    b" ".join([b"400"] * 128), b" ".join([b"400"] * 81 + [b"1000"] + [b"400"] * 46)
)
SYMBOLS = tex_font(b"PKYDZQ+CMSY7", b"48 /prime")  # cmsy's prime at code 48, as TeX's \prime


def _prose(pieces: list[tuple[str, str, float, float]]) -> str:
    """The text of one 10 pt line of ``pieces`` (font, text, size, rise), set one after another: prose
    in Helvetica (``F1``), a formula's letters in a TeX math italic (``F2``, cmmi as pdfTeX names it),
    cmex's big brackets (``F3``) and cmsy's prime (``F4``)."""
    ops = b" ".join(
        b"/%s %g Tf %.2f Ts (%s) Tj" % (font.encode(), size, rise, escaped(text))
        for font, text, size, rise in pieces
    )
    fonts = [(b"F1", HELVETICA), (b"F2", MATH_ITALIC), (b"F3", BIG), (b"F4", SYMBOLS)]
    (doc,) = parse_pdf(one_page(b"BT 72 700 Td %s ET" % ops, fonts))
    return doc.text.strip()


def _display(row: list[bytes]) -> str:
    """The text of a display "y =" then ``row``, numbered "(3)", between two lines of prose, as a
    paper sets an equation: the lines' text around it cut off."""
    content = [
        text_row(72, 520, LEAD),
        math_row(230, ROW, "y"),
        text_row(236, ROW, "="),
        *row,
        text_row(500, ROW, "(3)"),
        text_row(72, 470, AFTER),
    ]
    fonts = [(b"F1", HELVETICA), (b"M", MATH_ITALIC), (b"F3", BIG), (b"X", PRODUCT)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc.text.removeprefix(LEAD).removesuffix(AFTER).strip()


def _bracketed(left: float, inside: list[bytes], right: float) -> list[bytes]:
    """``inside`` between cmex's big brackets, the left one set 4 pt before ``left`` and the right
    one at ``right``, both hung from their tops, then a square raised on the right one."""
    brackets = [
        text_row(left - 4, ROW + BIG_TOP, "(", 10, b"F3"),
        text_row(right, ROW + BIG_TOP, ")", 10, b"F3"),
    ]
    return [brackets[0], *inside, brackets[1], text_row(right + 4, ROW + SCRIPT_RISE, "2", SCRIPT)]


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
    """A display "y = (x)^2 mod p (3)", its brackets cmex's \\bigl( \\bigr) hung from their tops
    11 pt up: their boxes are no measure of the row's baseline (they outnumber its other glyphs at
    its size and raised the median over the "2"), so the square is raised, "(x)²", not a plain "2"
    ("(x2k)2" in the crc paper)."""
    text = _display([*_bracketed(250, [math_row(250, ROW, "x")], 254), text_row(266, ROW, "mod p")])
    assert text == "y = (x)² mod p (3)"


def test_a_display_s_exponent_tower_is_written_nested():
    """The crc paper's "= (x^{2^k})^2 mod P(x)" as a display row: the tower in the brackets nested,
    the square raised on them, "(x^(2^k))²", once "(x^(2k))2"."""
    tower = [
        math_row(250, ROW, "x"),
        text_row(254, ROW + SCRIPT_RISE, "2", SCRIPT),
        math_row(258, ROW + SCRIPT_RISE + INNER_SHIFT, "k", INNER),
    ]
    text = _display([*_bracketed(250, tower, 261), text_row(272, ROW, "mod p")])
    assert text == "y = (x^(2^k))² mod p (3)"


def test_a_display_s_exponent_beside_a_product_s_limits_keeps_its_own_scripts():
    """The crc paper's (5), its middle term "∏_{k=0}^K x^{n_k 2^k}" as a display row: pdfminer reads
    the "x" and its exponent a piece of its own beside the product and its limits, and the display
    writer wrote the exponent at one level, "x^(nk 2k)" (n times k times 2 times k); the 5 pt "k"s,
    one 1.05 pt under the 7 pt "n", one 3 pt over the 7 pt "2", are the exponent's own scripts."""
    row = [
        math_row(265.6, ROW + 12, "K", SCRIPT),
        text_row(262, ROW + 9.5, "Q", 10, b"X"),
        math_row(262.8, ROW - 8, "k", SCRIPT),
        text_row(265.6, ROW - 8, "=0", SCRIPT),
        math_row(274, ROW, "x"),
        math_row(280, ROW + SCRIPT_RISE, "n", SCRIPT),
        math_row(284, ROW + SCRIPT_RISE - SUB_DROP, "k", INNER),
        text_row(287, ROW + SCRIPT_RISE, "2", SCRIPT),
        math_row(291, ROW + SCRIPT_RISE + INNER_SHIFT, "k", INNER),
    ]
    assert _display(row) == "y = ∏_(k=0)^K x^(n_k 2^k) (3)"


def test_a_superscript_s_superscript_is_raised_in_it():
    """x^{2^k}: the 5 pt "k" 3 pt over the 7 pt "2" is the exponent's exponent, "x^(2^k)", not
    "x^(2k)" (x to the power two times k); and squared between cmex's big brackets, as the crc paper
    sets it, "(x^(2^k))²", once "(x2k)2"."""
    tower = [
        ("F2", "x", 10, 0),
        ("F1", "2", SCRIPT, SCRIPT_RISE),
        ("F2", "k", INNER, SCRIPT_RISE + INNER_SHIFT),
    ]
    text = _prose(
        [
            ("F1", "The power ", 10, 0),
            *tower,
            ("F1", " is squared: ", 10, 0),
            ("F3", "(", 10, BIG_TOP),
            *tower,
            ("F3", ")", 10, BIG_TOP),
            ("F1", "2", SCRIPT, SCRIPT_RISE),
            ("F1", " is the next one.", 10, 0),
        ]
    )
    assert text == "The power x^(2^k) is squared: (x^(2^k))² is the next one."


def test_a_superscript_s_subscript_and_superscript_stay_in_it():
    """x^{n_k 2^k}: the "k" of n_k set 1.05 pt under the exponent's baseline and the "k" of 2^k 3 pt
    over it, both 5 pt, are the exponent's own scripts, "x^(n_k 2^k)", not "x^(nk 2k)"."""
    text = _prose(
        [
            ("F1", "Each factor ", 10, 0),
            ("F2", "x", 10, 0),
            ("F2", "n", SCRIPT, SCRIPT_RISE),
            ("F2", "k", INNER, SCRIPT_RISE - SUB_DROP),
            ("F1", "2", SCRIPT, SCRIPT_RISE),
            ("F2", "k", INNER, SCRIPT_RISE + INNER_SHIFT),
            ("F1", " is kept where the bit is set.", 10, 0),
        ]
    )
    assert text == "Each factor x^(n_k 2^k) is kept where the bit is set."


def test_a_prime_after_a_bracket_around_a_formula_stays_as_set():
    """ "(y + 1)′", a 7 pt prime raised on the closing bracket of a group holding a math italic letter:
    a prime is raised by its own glyph, the group's transpose or derivative, no exponent written with
    a caret ("(Y^p − X^p Φ)′" in bvar-a-la-sims.pdf, not "(…)^′")."""
    text = _prose(
        [
            ("F1", "The transpose (", 10, 0),
            ("F2", "y", 10, 0),
            ("F1", " + 1)", 10, 0),
            ("F4", "0", SCRIPT, SCRIPT_RISE),
            ("F1", " is taken once.", 10, 0),
        ]
    )
    assert text == "The transpose (y + 1)′ is taken once."
