"""Display parts the reader lost in Kadatch and Jenkins' CRC paper (issue 15, the sixty-first
check's row 2: libcrcutil-doc's crc.pdf): eq. (1)'s number, which TeX set flush right on a row of
its own under a display too wide to leave it room; the q̂ derivation's last row "= R(x).", cut as a
fragment under the row ending on "=" that goes on into it; and a display set last on its page, its
script-size lowest piece (p. 12's denominator, p. 16's limit "n=0") cut as the page's foot. Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, math_row, math_spans, one_page, text_row  # noqa: E402
from test_pdf_display_big_brackets_and_sums import CMEX, _big  # noqa: E402
from test_pdf_display_stacked_parts import CMMI  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = "In practice every message of this note is checked with a more complex formula of two parts:"
THEN = "Here the polynomial of the checksum and the value added to its remainder are both fixed."
LAST = "A short paragraph follows here so that the page holds enough lines of the text body."
RIGHT = 72 + helvetica_width(LEAD, 10)  # the text's right margin


def _parse(content: list[bytes], sums: bool = False):
    """The page's one document; ``sums``: with the math italic and cmex's display sum."""
    fonts = [(b"F1", HELVETICA), (b"M", CMMI), (b"X", CMEX)] if sums else [(b"F1", HELVETICA)]
    (doc,) = parse_pdf(one_page(b"\n".join(content), fonts))
    return doc


def test_an_equation_number_dropped_under_its_too_wide_display_goes_after_it():
    """Eq. (1): the display runs to the right margin, its number on the row under it, flush right;
    the number goes at the display's end, the line a display of its own, as one beside it does."""
    formula = "R(m, v) = ((v + u) + (m + u) + (v + m) + (u + m) + (v + m) + (u + v)) mod p(m) + q(m),"
    display = [
        text_row((72 + RIGHT - helvetica_width(formula, 10)) / 2, 500, formula),
        text_row(RIGHT - helvetica_width("(1)", 10), 486, "(1)"),
    ]
    doc = _parse([text_row(72, 520, LEAD), *display, text_row(72, 460, THEN), text_row(72, 448, LAST)])
    written = f"{formula} (1)"
    assert doc.text == f"{LEAD}\n\n{written}\n\n{THEN} {LAST}"
    assert math_spans(doc) == [written]


def test_the_last_row_of_a_chain_kept_as_text_lines_is_kept_with_them():
    """The q̂ derivation: rows of a chain of "=" that stayed lines of text, each row but the last
    ending on "=", the last "= R(x)." under them, letters of a formula alone; it is the chain's
    result, kept after the row that goes on into it, not cut as a fragment."""
    rows = ["C(q(m), v) = C(q(m), r) =", "= ((r + u) + q(m) + u) mod p =", "= R(x)."]
    display = [text_row(150, 500 - 18 * at, row) for at, row in enumerate(rows)]
    doc = _parse([text_row(72, 520, LEAD), *display, text_row(72, 440, THEN), text_row(72, 428, LAST)])
    assert "= ((r + u) + q(m) + u) mod p =\n\n= R(x).\n\n" + THEN in doc.text
    assert not [s for s in doc.layers.get("removed", []) if s.label == "fragment"]


def test_a_display_s_lower_limit_at_the_page_s_foot_stays_the_display_s():
    """p. 16's M(x) and p. 12's v_k(x): a display at the bottom of the page, the lower limit of its
    sum (script size, as a denominator "x^((K−1−k)B)" is) the page's lowest line, short and set
    apart from the prose over the display as a foot's furniture is; the display's row stands right
    over it, so it is the display's, not the page's foot."""
    display = [
        math_row(240, 95, "s"),
        text_row(244, 95, " = "),
        math_row(265.6, 107, "n", 7),
        _big(262, 104.5, "P"),
        math_row(262.8, 87, "i", 7),
        text_row(265.6, 87, "=1", 7),
        math_row(278, 95, "a"),
    ]
    doc = _parse([*_prose(130), *display], sums=True)
    assert doc.text.endswith(f"{LEAD}\n\ns = ∑_(i=1)ⁿ a")
    assert math_spans(doc) == ["s = ∑_(i=1)ⁿ a"]


def _prose(y: float) -> list[bytes]:
    """Lines of prose down to the baseline ``y``, the last announcing a display."""
    return [
        *(text_row(72, y + 14 * at, LAST if at % 2 else THEN) for at in range(5, 0, -1)),
        text_row(72, y, LEAD),
    ]
