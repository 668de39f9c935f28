"""Displays cut for a big floor or ceiling around a fraction (issue 15, check 61 row 2: libcrcutil's
crc.pdf, branch issue-crcmath80). TeX takes a big "⌊" and "⌋" from cmex and hangs them from their
top as it hangs a big "(", so the reader boxes them an em under that baseline, level with the
fraction's numerator: pdfminer read the "⌊" into the numerator's line and the "⌋" stood off the row
by its box. crc.pdf's "v_H(x) = ⌊v(x)/x^(D−W)⌋, deg(v_H(x)) < W," over "v_L(x) = v(x) mod x^(D−W), …"
(pp. 10 and 20) was cut whole, leaving "where" over nothing and v_H, v_L never defined. Pages
hand-built, sentences sloika's own, expected texts typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, tex_font, text_row  # noqa: E402
from test_pdf_display_stacked_parts import AFTER, CMMI, LEAD, _rule  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# cmex's big floor and ceiling brackets, at the codes of "(" ")" "[" "]" in the test's content
CMEX = tex_font(
    b"QWERTY+CMEX10",
    b"40 /floorleftBig 41 /floorrightBig 91 /ceilingleftBig 93 /ceilingrightBig",
)


def _parse(content: list[bytes]):
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def _big(x: float, y: float, text: str) -> bytes:
    """``text`` in cmex at 10 pt, drawn from its top at ``y`` as TeX hangs a big bracket."""
    return text_row(x, y, text, 10, b"X")


def _bracketed_fraction(opening: str, closing: str) -> list[bytes]:
    """ "y = K", a big ``opening`` bracket hung from its top level with the numerator "xa", a rule
    over "h", a big ``closing`` bracket apart, and the equation's number."""
    return [
        text_row(72, 520, LEAD),
        math_row(240, 495, "y"),
        text_row(244, 495, " = "),
        math_row(258, 495, "K"),
        _big(265, 508, opening),
        math_row(270, 502, "xa"),
        _rule(269, 279, 498.5),
        math_row(272, 488, "h"),
        _big(279, 508, closing),
        text_row(500, 495, "(1)"),
        text_row(72, 470, AFTER),
    ]


def test_a_big_floor_read_into_a_fraction_s_line_is_the_row_s():
    """The "⌊" read into the numerator's line and the "⌋" off the row are both the row's, around
    the fraction, as a big "(" and ")" are."""
    doc = _parse(_bracketed_fraction("(", ")"))
    assert doc.text == f"{LEAD}\n\ny = K ⌊xa/h⌋ (1)\n\n{AFTER}"
    assert math_spans(doc) == ["y = K ⌊xa/h⌋ (1)"]


def test_a_big_ceiling_read_into_a_fraction_s_line_is_the_row_s():
    """A ceiling's "⌈" and "⌉" go as the floor's."""
    doc = _parse(_bracketed_fraction("[", "]"))
    assert doc.text == f"{LEAD}\n\ny = K ⌈xa/h⌉ (1)\n\n{AFTER}"
    assert math_spans(doc) == ["y = K ⌈xa/h⌉ (1)"]
