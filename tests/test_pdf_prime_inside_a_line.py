"""A prime raised on a name inside a line of text stays on the name (issue 15, thirty-seventh held-out
check: gsl.pdf's captions "Functions Ai(±x) and Ai′(±x) as plotted …" read "… and Ai (±x) …", the
caption naming the same function twice). pdfminer read the raised prime as a line of its own and split
the caption's row at it; the prime was cut as ``no_words`` and the row's two pieces joined with a
space. A lone sign raised where a text line ends and another piece of the row starts right after it
joins the two, one line again. Page hand-built, sentences sloika's own, the text expected typed by
hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMSY = tex_font(b"KBOUDP+CMSY7", b"48 /prime")
BEFORE = "The package draws the functions of the handbook with the examples of its help files."
HEAD = "Figure 1: Functions Ai(x) and Ai"
REST = "(x) as plotted in the help file for the function and in the handbook."
AFTER = "Both of the curves are drawn over the same range of the argument on the same axes."


def _line(x: float, y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, y, text.encode())


def test_a_prime_raised_between_two_pieces_of_a_line_stays_on_its_name():
    prime_at = 72 + helvetica_width(HEAD, 10)
    content = [
        _line(72, 740, BEFORE),
        _line(72, 700, HEAD),
        b"BT /S 7 Tf %.2f 707 Td <30> Tj ET" % prime_at,  # the prime, 2.8 pt wide, raised 7 pt
        _line(prime_at + 2.8 + 0.3, 700, REST),
        _line(72, 640, AFTER),
    ]
    (doc,) = parse_pdf(one_page(b"\n".join(content), [(b"F1", HELVETICA), (b"S", CMSY)]))
    assert doc.text == (
        f"{BEFORE}\n\nFigure 1: Functions Ai(x) and Ai\u2032(x) as plotted in the help file for the function"
        f" and in the handbook.\n\n{AFTER}"
    )
