"""A display-style fraction set at the end of a list item's condition (issue 15, check 59 row 1:
octave-optics' Zernike note). TeX sets "\\dfrac{\\tilde n - 1}{2}" in an item's text as two parts at
the text's size, over and under a bar on the row's axis; pdfminer read the item's words, the
numerator, the denominator and the "+ 1" after them as four lines. The item went to ``removed`` with
the display under it, or kept "m = ñ − 1 + 1", its "/2" cut. The PDFs are built by hand like TeX's
(Helvetica for the text and the formulas' letters, a tilde drawn over the "n" as TeX's accent is);
the expected texts are read off the pages as drawn."""

from __future__ import annotations

import re

from pdf_objects import HELVETICA, escaped, helvetica_width, one_page, tex_font

from sloika.pipelines.formats.pdf import parse_pdf

CMMI = tex_font(b"KBOUDP+CMMI10", b"85 /U 86 /V 87 /W 90 /Z 106 /j 109 /m 110 /n 120 /x 121 /y")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI)]
NUMERATOR_RISE = 6.8  # pt: TeX's display-style numerator shift at 10 pt (num1, 0.677 em)
DENOMINATOR_DROP = 6.9  # pt: its denominator shift (denom1, 0.686 em)
AXIS = 2.5  # pt: the math axis over the baseline, where the bar is drawn
GLUE = 3.3  # pt: TeX's space between words and around a relation, no glyph
MATH_WIDTH = 4.0  # pt: the stand-in CMMI's glyphs at 10 pt


def _row(x: float, y: float, text: str) -> tuple[bytes, float]:
    """``text`` at (x, y) set as TeX sets it, and where it ends: a word of two letters or more in the
    text font (Helvetica, ``/F1``), a letter alone in math italic (``/M``), a sign in the text font,
    a "~" a tilde accent drawn centred over the letter after it (``\\tilde n``), and glue, no space
    glyph, between the words."""
    ops = []
    for at, token in enumerate(text.split(" ")):
        x += GLUE if at else 0
        if re.fullmatch(r"[^\W\d_]{2,}", token):
            ops.append(b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, y, escaped(token)))
            x += helvetica_width(token, 10)
            continue
        for char in token:
            if char == "~":
                ops.append(b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x + 0.3, y + 1.0, escaped("˜")))
            elif char.isalpha():
                ops.append(b"BT /M 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, y, char.encode()))
                x += MATH_WIDTH
            else:
                ops.append(b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, y, escaped(char)))
                x += helvetica_width(char, 10)
    return b"\n".join(ops), x


def _item(y: float, words: str, over: str, under: str, after: str = "") -> bytes:
    """A list item's line at baseline ``y``: its bullet and ``words``, then a display-style fraction
    (``over`` and ``under`` centred on a 0.4 pt bar on the axis) and ``after`` on the row, TeX's
    spaces around them (a thick space and the null delimiter's 1.2 pt before, a medium one after)."""
    words, x = _row(86, y, f"• {words}")
    x += 4.0
    widths = [_row(0, 0, part)[1] for part in (over, under)]
    wide = max(widths)
    parts = [
        words,
        _row(x + (wide - widths[0]) / 2, y + NUMERATOR_RISE, over)[0],
        _row(x + (wide - widths[1]) / 2, y - DENOMINATOR_DROP, under)[0],
        b"0.4 w %.2f %.2f m %.2f %.2f l S" % (x, y + AXIS, x + wide, y + AXIS),
    ]
    if after:
        parts.append(_row(x + wide + 3.4, y, after)[0])
    return b"\n".join(parts)


def _display(y: float, text: str) -> bytes:
    """A centred display's line at baseline ``y``."""
    return _row(306 - _row(0, 0, text)[1] / 2, y, text)[0]


def _page(item: bytes, display: str) -> bytes:
    """An intro line, the list ``item`` whose condition ends in a fraction, the centred ``display``
    under it, and a closing sentence."""
    return one_page(
        b"\n".join(
            [
                _row(72, 700, "But there are several exceptions to the general relation:")[0],
                item,
                _display(640, display),
                _row(72, 610, "The starting polynomials are the first three of them.")[0],
            ]
        ),
        FONTS,
    )


def _read(item: str, display: str) -> str:
    """The text the reader keeps between the page's intro and its closing sentence (``_page``),
    checking that nothing of it went to ``removed``."""
    (doc,) = parse_pdf(_page(item, display))
    assert not doc.layers.get("removed")
    intro, closing = "But there are several exceptions to the general relation:\n\n", "\n\nThe starting"
    assert doc.text.startswith(intro) and closing in doc.text
    return doc.text[len(intro) : doc.text.index(closing)]


def test_a_condition_in_a_sentence_keeps_its_fraction_and_what_goes_on_its_row():
    """A condition in words ("for n odd and") keeps its fraction, "a/b", the accent read with its
    letter, and the "+ 1" after it on the row; the display under the item stays."""
    item = _item(668, "for n odd and m =", "~n - 1", "2", "+ 1")
    assert _read(item, "U = xV + yW - Z") == "• for n odd and m = (ñ-1)/2 + 1\n\nU = xV + yW - Z"


def test_a_list_items_condition_with_no_prose_keeps_its_fraction():
    """An item's condition with no two words in a row ("if m = 0, then j =") is the text's by its
    list mark, and keeps its fraction too; the display under it stays."""
    item = _item(668, "if m = 0, then j =", "n(n + 2)", "2")
    assert _read(item, "U = 2xV + 2yW - Z") == "• if m = 0, then j = (n(n+2))/2\n\nU = 2xV + 2yW - Z"
