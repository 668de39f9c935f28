"""A letter raised over a variable set in the text's italic is an exponent (issue 15, check 53's
row 3: gap-sonata's tutorial). Its formulas set their letters in cmti, the text's italic, not in
cmmi: a raised run was written as an exponent only after a digit, a bracket or a cmmi letter, so
"p^q = p^{-1}" read "pq = p−¹", a product, and "p^{δ(G)}" read "pδ(G)". An upright letter keeps
what is raised over it ("No"). All texts here are written for the tests; the PDFs are built by
hand like TeX's (Helvetica for the text, stand-ins named as cmti and cmmi)."""

from __future__ import annotations

from pdf_objects import HELVETICA, escaped, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.pdf import parse_pdf

CMTI = tex_font(b"ABCDEF+CMTI10", b"")
CMMI = tex_font(b"GHIJKL+CMMI7", b"14 /delta")
FONTS = [(b"F1", HELVETICA), (b"I", CMTI), (b"M", CMMI)]
GLYPH = 0.4  # em: the stand-ins' glyphs are 400 units wide
RISE = 3.6  # pt: a superscript's baseline over the line's
OVER = "The representatives of the classes modulo the Frattini subgroup form a set of generators."
UNDER = "values give a generating set for the group in the following way, step by step."


def _at(x: float, y: float, font: bytes, size: float, text: bytes) -> bytes:
    """One text object drawing ``text`` (already escaped) in ``font`` at (x, y)."""
    return b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET\n" % (font, size, x, y, text)


def _raised(before: str, base: bytes, script: list[tuple[bytes, bytes]], after: str, y: float) -> bytes:
    """A 10 pt line at ``y``: ``before`` in Helvetica, the variable ``base`` in cmti, the 7 pt
    ``script`` pieces (font, text) raised after it, and ``after`` in Helvetica."""
    x = 72 + helvetica_width(before, 10)
    line = _at(72, y, b"F1", 10, escaped(before)) + _at(x, y, b"I", 10, base)
    x += GLYPH * 10 * len(base) + 0.6
    for font, text in script:
        line += _at(x, y + RISE, font, 7, text)
        x += helvetica_width(text.decode().replace("\\", ""), 7) if font == b"F1" else GLYPH * 7 * len(text)
    return line + _at(x + 0.5, y, b"F1", 10, escaped(after))


def _paragraph(middle: bytes) -> str:
    """The text of a page whose paragraph has ``middle`` between two lines of prose."""
    content = _at(72, 700, b"F1", 10, escaped(OVER)) + middle + _at(72, 676, b"F1", 10, escaped(UNDER))
    (doc,) = parse_pdf(one_page(content, FONTS))
    return doc.text


def test_a_raised_italic_letter_over_an_italic_variable_is_its_exponent():
    """ "p" and its raised "q", both in cmti: "p^q", not the product "pq"."""
    middle = _raised(
        "The generators satisfy the relation ", b"p", [(b"I", b"q")], " = 1 in the group, and these", 688
    )
    assert (
        _paragraph(middle)
        == f"{OVER} The generators satisfy the relation p^q = 1 in the group, and these {UNDER}"
    )


def test_a_raised_formula_over_an_italic_variable_is_its_exponent():
    """ "p" in cmti, "δ" in cmmi, "(", "G" and ")" raised after it: "p^(δ(G))"."""
    script = [(b"M", b"\x0e"), (b"F1", escaped("(")), (b"I", b"G"), (b"F1", escaped(")"))]
    middle = _raised("The factor group has the order ", b"p", script, ", a power, and these", 688)
    assert _paragraph(middle) == f"{OVER} The factor group has the order p^(δ(G)), a power, and these {UNDER}"


def test_a_letter_raised_over_an_upright_letter_stays_as_set():
    """An upright "N" with a raised "o" (an abbreviation) is no variable's exponent: "No"."""
    before = "The form is filed under "
    x = 72 + helvetica_width(before, 10)
    middle = (
        _at(72, 688, b"F1", 10, escaped(before))
        + _at(x, 688, b"F1", 10, b"N")
        + _at(x + helvetica_width("N", 10) + 0.3, 688 + RISE, b"F1", 7, b"o")
        + _at(x + helvetica_width("N", 10) + 5, 688, b"F1", 10, escaped(" 12 in the office, and these"))
    )
    assert "filed under No 12 in the office" in _paragraph(middle)


def test_an_ordinal_raised_over_an_italic_variable_stays_on_it():
    """ "r" with a raised "th" in cmti (the $r^{th}$ derivative) is an ordinal: "rth", no caret."""
    middle = _raised(
        "We estimate the density's ", b"r", [(b"I", b"th")], " derivative in the group, and these", 688
    )
    assert (
        _paragraph(middle)
        == f"{OVER} We estimate the density's rth derivative in the group, and these {UNDER}"
    )
