"""dbscan.pdf (issue 15, issue-pdfminor), p. 4: the ϵ-neighborhood "N_ϵ(p)", cmmi8's ϵ set 1.6 pt under
cmmi10's N and "(p)" right after it, read "N_ϵ (p)" in the prose, a space before the bracket, and
"Nϵ (p)" in its display, the subscript flat: cmmi8 hangs a shallower descent than cmmi10, so the ϵ's
box stands higher than the N's though its baseline is lower. Pages hand-built like TeX's, texts
sloika's own, expected texts typed by hand from what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, one_page, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# cmmi10's N, its boxes' feet 2.5 pt under the baseline at 10 pt; cmmi7's ϵ (code 15), feet on it
CMMI10 = tex_font(b"PJFYBK+CMMI10", b"")
CMMI7 = tex_font(b"GLNLVY+CMMI7", b"15 /epsilon1", descent=0)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI10), (b"E", CMMI7)]


def _neighborhood(x: float, y: float) -> tuple[bytes, float]:
    """ "N_ϵ" at (x, y), the ϵ 7 pt and 1.6 pt lower, and where the text after it starts."""
    return b"BT /M 10 Tf %.2f %.2f Td (N) Tj ET BT /E 7 Tf %.2f %.2f Td (\\017) Tj ET" % (
        x,
        y,
        x + 4,
        y - 1.6,
    ), x + 4 + 2.8


def _text(x: float, y: float, text: str) -> bytes:
    return b"BT /F1 10 Tf %.2f %.2f Td (%s) Tj ET" % (x, y, _escaped(text))


def _math(x: float, y: float, text: str) -> bytes:
    """``text`` at (x, y) as TeX sets a formula: its letters in math italic, the rest upright."""
    runs = [b"/%s 10 Tf (%s) Tj" % (b"M" if char.isalpha() else b"F1", _escaped(char)) for char in text]
    return b"BT %.2f %.2f Td %s ET" % (x, y, b" ".join(runs))


def _escaped(text: str) -> bytes:
    return text.replace("(", "\\(").replace(")", "\\)").encode()


def test_a_subscript_before_a_functions_argument_is_written_without_a_space():
    """In a sentence, "N_ϵ(p)" of a point p; centred on a line of its own, the display "N_ϵ(p) = {q :
    d(p, q) < r}": both read the subscript after its sign and the bracket right after it, as set."""
    before = "The neighborhood of a point p, written "
    first, x = _neighborhood(72 + helvetica_width(before, 10), 700)
    display, after = _neighborhood(220, 676)
    content = b"\n".join(
        [
            _text(72, 700, before),
            first,
            _text(x, 700, "(p), is the set of points within a radius r of p:"),
            display,
            _math(after, 676, "(p) = {q : d(p, q) < r}"),
            _text(72, 652, "where d is some distance measure between two points of the data."),
        ]
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text.split("\n\n") == [
        "The neighborhood of a point p, written N_ϵ(p), is the set of points within a radius r of p:",
        "N_ϵ(p) = {q : d(p, q) < r}",
        "where d is some distance measure between two points of the data.",
    ]
    assert [doc.text[span.start : span.end] for span in doc.spans if span.label == "math"] == [
        "N_ϵ(p) = {q : d(p, q) < r}"
    ]
