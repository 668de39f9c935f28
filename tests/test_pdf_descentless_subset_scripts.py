"""A script's sign set in a TeX math font subset that declares no descent (issue 15, check 58 row 2,
seriation.pdf's eqs. (13)–(14): "x_(i,j)−₁" and "x_i−_(1,j)" where the page prints x with the
subscripts "i, j − 1" and "i − 1, j"). pdfTeX writes a subset font's descent as its deepest glyph's,
so LMMathSymbols8 holding the minus alone declares 0, and pdfminer boxed the minus from its baseline
up, a quarter em higher than the subscript's other glyphs on the same baseline: the display writer
read it as set on the line and split the subscript round it. Its box is now a text glyph's, and the
sign stays in its subscript. Pages hand-built, sentences sloika's own, expected texts typed by hand
as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"97 /a 105 /i 106 /j 120 /x 121 /y")
CMR = tex_font(b"QXMRPD+CMR7", b"")
# the symbol font's subset holding the minus alone (code 45), its descriptor's descent 0
CMSY = tex_font(b"RLVCLP+CMSY7", b"45 /minus", descent=0)

LEAD = "The measure that the rest of this short note keeps coming back to sums each entry with a neighbour:"
AFTER = "and each of the letters in it is a count that the next section of the note defines in full."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."


def _parse(content: list[bytes]):
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"R", CMR), (b"S", CMSY)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def _display(script: list[tuple[bytes, str]], raise_: float) -> list[bytes]:
    """ "y = x" then ``script`` (font, text) at 7 pt, ``raise_`` pt off the row's baseline 476,
    each glyph 2.8 pt wide, then the number "(5)"."""
    row = [math_row(250, 476, "y"), text_row(254, 476, " = "), math_row(270, 476, "x")]
    x = 274.0
    for font, text in script:
        row.append(text_row(x, 476 + raise_, text, 7, font))
        x += 2.8 * len(text)
    return [
        text_row(72, 500, LEAD),
        *row,
        text_row(520, 476, "(5)"),
        text_row(72, 452, AFTER),
        text_row(72, 400, LAST),
    ]


def test_a_subscript_s_minus_in_a_descentless_subset_stays_in_the_subscript():
    """ "y = x_{i,j−1} (5)": "i,j" in math italic, the minus in the descent-less cmsy7 subset, "1" in cmr7,
    all on one baseline 1.5 pt under the row. The subscript is written whole, "x_(i,j−1)" (it was
    "x_(i,j)−₁")."""
    doc = _parse(_display([(b"M", "i,j"), (b"S", "-"), (b"R", "1")], -1.5))
    assert doc.text == f"{LEAD}\n\ny = x_(i,j−1) (5)\n\n{AFTER}\n\n{LAST}"
    assert math_spans(doc) == ["y = x_(i,j−1) (5)"]


def test_a_subscript_opening_on_such_a_minus_between_letters():
    """ "y = x_{i−1,j} (5)": the minus right after the subscript's first letter (it was
    "x_i−_(1,j)")."""
    doc = _parse(_display([(b"M", "i"), (b"S", "-"), (b"R", "1"), (b"M", ",j")], -1.5))
    assert math_spans(doc) == ["y = x_(i−1,j) (5)"]


def test_a_superscript_s_minus_in_such_a_subset_stays_raised():
    """ "y = x^{−1} (5)": the same minus opening a superscript 3.5 pt over the row is still read
    raised with its digit, "x⁻¹" (its box, now lower, stands well over the row's)."""
    doc = _parse(_display([(b"S", "-"), (b"R", "1")], 3.5))
    assert math_spans(doc) == ["y = x⁻¹ (5)"]
