"""A formula's ``\\overline`` and ``\\underline`` drawn as rules read as x̅ and x̲ (``pdf_math_bars``).

rgenoud.pdf's Table 1 (check 60 row 3) tells a parameter's lower bound x̲ᵢ, upper bound x̅ᵢ and
current value xᵢ apart by bars TeX draws as rules; read without them, "Set either X_i = x_i or X_i =
x_i" said nothing. The pages are built here as TeX sets them: math italic letters 10 pt, a bar a
0.4 pt rule 1.5 pt under the baseline or 6.2 pt over it, as wide as its letter. The expected texts
are typed from the page as it prints.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"88 /X 112 /p 120 /x")
CMSY = tex_font(b"HMVRFB+CMSY10", b"112 /radical")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]
MATH_WIDTH = 4.0  # pt: a ``tex_font`` glyph at 10 pt
Piece = tuple[bytes, str, float]  # font, text, size


def _row(x: float, y: float, pieces: list[Piece]) -> tuple[bytes, list[float]]:
    """The pieces set one after the other from ``x`` on the baseline ``y``, and where each starts."""
    out, starts = [], []
    for font, text, size in pieces:
        starts.append(x)
        out.append(b"BT /%s %g Tf %.2f %.2f Td (%s) Tj ET" % (font, size, x, y, text.encode()))
        width = helvetica_width(text, size) if font == b"F1" else MATH_WIDTH * len(text) * size / 10
        x += width
    return b"\n".join(out), starts


def _rule(x0: float, x1: float, y: float) -> bytes:
    """A 0.4 pt rule from ``x0`` to ``x1`` at the height ``y``, stroked as pdfTeX draws one."""
    return b"0.4 w %.2f %.2f m %.2f %.2f l S" % (x0, y, x1, y)


def _text(content: list[bytes]) -> str:
    (doc,) = parse_pdf(one_page(b"\n".join(content), FONTS))
    return doc.text


def _bounds_page() -> list[bytes]:
    """Two lines of prose, the second setting an underlined and an overlined math italic x, the
    first running on over the overline."""
    over, _ = _row(
        72, 712, [(b"F1", "The operator picks one of the two bounds of the parameter at random:", 10)]
    )
    line, at = _row(
        72,
        700,
        [
            (b"F1", "set either ", 10),
            (b"M", "X", 10),
            (b"F1", " = ", 10),
            (b"M", "x", 10),
            (b"F1", " or ", 10),
            (b"M", "X", 10),
            (b"F1", " = ", 10),
            (b"M", "x", 10),
            (b"F1", ", each with probability one half.", 10),
        ],
    )
    lower, upper = at[3], at[7]
    return [
        over,
        line,
        _rule(lower, lower + MATH_WIDTH, 700 - 1.5),
        _rule(upper, upper + MATH_WIDTH, 700 + 6.2),
    ]


def test_a_rule_under_a_math_letter_and_one_over_it_read_as_its_bars():
    text = _text(_bounds_page())
    assert "set either X = x\u0332 or X = x\u0305, each with probability one half." in text, text


def test_a_fractions_rule_between_its_parts_is_no_bar():
    """\\frac{xp}{p} in a line: script-size parts, the wider one as wide as the rule, the other centred
    on it, the rule on the axis; the wider part reads no bar."""
    prefix, at = _row(72, 700, [(b"F1", "the share ", 10), (b"F1", "", 10)])
    start = at[1]
    parts = b"BT /M 7 Tf %.2f %.2f Td (xp) Tj ET\nBT /M 7 Tf %.2f %.2f Td (p) Tj ET" % (
        start,
        703.9,
        start + 1.4,
        696.6,
    )
    after, _ = _row(start + 5.6, 700, [(b"F1", " of the whole.", 10)])
    text = _text([prefix, parts, after, _rule(start, start + 5.6, 702.5)])
    assert "\u0305" not in text and "\u0332" not in text, text


def test_a_radicals_rule_over_its_radicand_is_no_bar():
    """√x: the rule goes on from the sign's top over the radicand, as TeX draws a radical."""
    line, at = _row(
        72, 700, [(b"F1", "the root ", 10), (b"S", "p", 10), (b"M", "x", 10), (b"F1", " of it.", 10)]
    )
    text = _text([line, _rule(at[2], at[2] + MATH_WIDTH, 707)])
    assert "\u0305" not in text and "√" in text, text


def test_an_underlined_prose_letter_stays_as_set():
    """A rule under a word's first letter in the text's font is an underline, emphasis the text drops."""
    line, at = _row(72, 700, [(b"F1", "the weighted ", 10), (b"F1", "empirical adaptive method", 10)])
    width = helvetica_width("e", 10)
    text = _text([line, _rule(at[1], at[1] + width, 698.5)])
    assert "the weighted empirical adaptive method" in text, text
