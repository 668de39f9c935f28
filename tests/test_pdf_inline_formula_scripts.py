"""A formula's scripts and negated relations inside running text (issue 15, check 53's row 5: the
gap-guava manual, J. S. Leon's "Partition Backtrack Programs"). TeX takes upright capital Greek
from the text font (cmr), so a raised letter over it was no exponent: "Λ^g = Φ" read "Λg = Φ" and
"Φ ∉ Λ^G" read "Φ /∈ ΛG", \\notin's slash kept as a glyph of its own; \\not's slash, which has no
width, stood a hair before its "=" and read "̸="; a raised "−1" kept its sign on the line
("λ−¹"); a subscript's primes, raised on it, left "a_{i′j′}" glued ("ai′j′"); and an exponent's own
subscript was written raised ("Γu¹"). All texts here are written for the tests; the PDFs are built
by hand like TeX's (Helvetica for the text, stand-ins named as cmr, cmmi and cmsy)."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, escaped, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.pdf import parse_pdf

CMR = tex_font(b"ABCDEF+CMR10", b"1 /Gamma 3 /Lambda 8 /Phi")
CMMI = tex_font(b"GHIJKL+CMMI10", b"21 /lambda 22 /mu")
CMSY = tex_font(b"MNOPQR+CMSY10", b"1 /minus 48 /prime 50 /element")
# cmsy's \not slash as TeX's font has it: no width, drawn right of where it stands, over the next glyph
NOT_SLASH = tex_font(b"STUVWX+CMSY10", b"54 /negationslash").replace(
    b"/Widths [" + b"400 " * 54 + b"400", b"/Widths [" + b"400 " * 54 + b"0"
)
FONTS = [(b"F1", HELVETICA), (b"R", CMR), (b"M", CMMI), (b"S", CMSY), (b"N", NOT_SLASH), (b"C", COURIER)]
GLYPH = 4.0  # pt: the stand-ins' glyphs at 10 pt are 400 units wide
SPACE = helvetica_width(" ", 10)  # pt: a word space, drawn as Helvetica's space glyph
SCRIPT = 2.8  # pt: and at 7 pt
RISE = 3.6  # pt: a superscript's baseline over the line's
DROP = 1.5  # pt: a subscript's baseline under it
OVER = "The programs described here compute set stabilizers and set images in permutation groups."
UNDER = "which the command saves as the permutation named on its command line, as shown below."


def _at(x: float, y: float, font: bytes, size: float, text: bytes) -> bytes:
    """One text object drawing ``text`` (already escaped) in ``font`` at (x, y)."""
    return b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET\n" % (font, size, x, y, text)


def _formula(
    before: str, pieces: list[tuple[bytes, float, float, bytes]], after: str, y: float = 688
) -> bytes:
    """A 10 pt line at ``y``: ``before`` in Helvetica, then each piece (font, size, shift off the
    baseline, text) set after the last, and ``after`` in Helvetica a word's space on."""
    line = _at(72, y, b"F1", 10, escaped(before))
    x = 72 + helvetica_width(before, 10)
    for font, size, shift, text in pieces:
        line += _at(x, y + shift, font, size, text)
        x += helvetica_width(text.decode(), size) if font == b"F1" else 0.4 * size * len(text)
    return line + _at(x, y, b"F1", 10, escaped(after))


def _paragraph(middle: bytes) -> str:
    """The text of a page whose paragraph has ``middle`` between two lines of prose."""
    content = _at(72, 700, b"F1", 10, escaped(OVER)) + middle + _at(72, 676, b"F1", 10, escaped(UNDER))
    (doc,) = parse_pdf(one_page(content, FONTS))
    return doc.text


def test_a_letter_raised_over_an_upright_greek_capital_is_its_exponent():
    """ "Λ" and "Φ" in cmr (TeX's upright capital Greek), a 7 pt cmmi "g" raised after "Λ":
    "Λ^g = Φ", not the product "Λg"."""
    middle = _formula(
        "The image command decides if some g maps the set ",
        [(b"R", 10, 0, b"\x03"), (b"M", 7, RISE, b"g"), (b"F1", 10, 0, b" = "), (b"R", 10, 0, b"\x08")],
        " and finds one,",
    )
    assert _paragraph(middle) == (
        f"{OVER} The image command decides if some g maps the set \u039b^g = \u03a6 and finds one, {UNDER}"
    )


def test_a_slash_drawn_over_an_element_sign_is_not_an_element():
    """\\notin: cmmi's "/" drawn over cmsy's "∈" (the slash first, its middle within the sign) reads
    "∉"; the raised "G" after the cmr "Λ" is its exponent."""
    before = "No element is created if "
    x = 72 + helvetica_width(before, 10) + GLYPH + SPACE
    middle = (
        _at(72, 688, b"F1", 10, escaped(before))
        + _at(x - GLYPH - SPACE, 688, b"R", 10, b"\x08")
        + _at(x - SPACE, 688, b"F1", 10, b" ")
        + _at(x + 0.5, 688, b"M", 10, b"/")
        + _at(x, 688, b"S", 10, b"2")
        + _at(x + GLYPH, 688, b"F1", 10, b" ")
        + _at(x + GLYPH + SPACE, 688, b"R", 10, b"\x03")
        + _at(x + 2 * GLYPH + SPACE, 688 + RISE, b"M", 7, b"G")
        + _at(x + 2 * GLYPH + SPACE + SCRIPT, 688, b"F1", 10, escaped(", and then the command"))
    )
    assert _paragraph(middle) == (
        f"{OVER} No element is created if \u03a6 \u2209 \u039b^G, and then the command {UNDER}"
    )


def test_a_slash_beside_an_equals_sign_stays():
    """Ada's "/=" set side by side, the slash's middle left of the sign: two glyphs, as set."""
    middle = _at(72, 688, b"F1", 10, escaped("In the other language the test reads x /= 2 and it holds,"))
    assert "the test reads x /= 2 and it holds," in _paragraph(middle)


def test_the_not_slash_standing_a_hair_before_its_equals_sign_is_not_equal():
    """cmsy's \\not slash has no width; TeX sets it where "=" starts, and the PDF's rounding put
    it 0.003 pt before: "≠", not "̸=" (the combining slash before the sign)."""
    before = "The return code is 1 if C "
    x = 72 + helvetica_width(before, 10)
    middle = (
        _at(72, 688, b"F1", 10, escaped(before))
        + _at(x - 0.003, 688, b"N", 10, b"6")
        + _at(x, 688, b"F1", 10, b"=")
        + _at(x + helvetica_width("=", 10), 688, b"F1", 10, escaped(" H and 2 otherwise, and the result"))
    )
    assert (
        _paragraph(middle)
        == f"{OVER} The return code is 1 if C \u2260 H and 2 otherwise, and the result {UNDER}"
    )


def test_a_raised_minus_one_is_written_raised_whole():
    """cmmi's "λ" and "µ" with a 7 pt raised "−1" (cmsy's minus, then a digit): "λ⁻¹µ⁻¹", not
    "λ−¹µ−¹", the sign left on the line and the digit alone raised."""
    pieces = [
        (b"M", 10, 0, b"\x15"),
        (b"S", 7, RISE, b"\x01"),
        (b"F1", 7, RISE, b"1"),
        (b"M", 10, 0, b"\x16"),
        (b"S", 7, RISE, b"\x01"),
        (b"F1", 7, RISE, b"1"),
    ]
    middle = _formula("Each entry is scaled by ", pieces, " before the rows are moved,")
    assert _paragraph(middle) == (
        f"{OVER} Each entry is scaled by \u03bb\u207b\u00b9\u00b5\u207b\u00b9"
        f" before the rows are moved, {UNDER}"
    )


def test_a_raised_sign_opens_an_exponent_on_a_letter_or_a_number():
    """An upright "R" standing alone with a raised 7 pt "+": "R⁺", as a raised sign is no note's mark;
    "10" with a raised "-2": "10⁻²"; a unit's "cm" with a raised "-2", the sign opening the run on a
    word's letter: "cm⁻²"."""
    middle = _formula(
        "The refinement ",
        [
            (b"F1", 10, 0, b"R"),
            (b"F1", 7, RISE, b"+"),
            (b"F1", 10, 0, b" is taken with a tolerance of 10"),
            (b"F1", 7, RISE, b"-2"),
            (b"F1", 10, 0, b" per cm"),
            (b"F1", 7, RISE, b"-2"),
        ],
        " in the search,",
    )
    assert _paragraph(middle) == (
        f"{OVER} The refinement R\u207a is taken with a tolerance of 10\u207b\u00b2 per cm\u207b\u00b2"
        f" in the search, {UNDER}"
    )


def test_a_subscript_with_primes_raised_on_it_is_one_subscript():
    """cmmi's "a" with "i′j′" under it: the 7 pt letters lowered, the 5 pt primes raised on them, as
    TeX sets a_{i′j′}: "a_(i′j′)", not "ai′j′"."""
    pieces = [
        (b"M", 10, 0, b"a"),
        (b"M", 7, -DROP, b"i"),
        (b"S", 5, 0.5, b"0"),
        (b"M", 7, -DROP, b"j"),
        (b"S", 5, 0.5, b"0"),
    ]
    middle = _formula("The entry of the new matrix is ", pieces, ", moved from its row,")
    assert (
        _paragraph(middle)
        == f"{OVER} The entry of the new matrix is a_(i\u2032j\u2032), moved from its row, {UNDER}"
    )


def test_an_exponent_keeps_its_own_subscript_lowered():
    """cmr's "Γ" with a raised 7 pt "u" and, set smaller and lower in the exponent, "1" or "k":
    "Γ^(u₁)" and "Γ^(u_k)", not "Γu¹" (the subscript written as a superscript digit) and "Γuk"."""
    pieces = [
        (b"R", 10, 0, b"\x01"),
        (b"M", 7, RISE, b"u"),
        (b"R", 5, RISE - 1.2, b"1"),
        (b"F1", 10, 0, b", ..., "),
        (b"R", 10, 0, b"\x01"),
        (b"M", 7, RISE, b"u"),
        (b"M", 5, RISE - 1.2, b"k"),
    ]
    middle = _formula("The blocks of the design are exactly ", pieces, ", where k is the size,")
    assert _paragraph(middle) == (
        f"{OVER} The blocks of the design are exactly \u0393^(u\u2081), ..., \u0393^(u_k),"
        f" where k is the size, {UNDER}"
    )
