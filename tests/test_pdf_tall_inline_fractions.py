"""An in-line fraction too tall for its line goes whole (issue 15, twenty-eighth check row 5:
r-cran-metap's compare.pdf read "A weighted version of Stouffer's method is available ∑k i=¹ wiz(pi)
where wi are the weights.", the numerator kept in the sentence, the denominator under it cut as
``math``). TeX sets such a ``\\frac`` (a sum with its limits over a root) as a script-size numerator
raised over the line and a denominator lowered past the line's band; pdfminer read the numerator onto
the text's line and the denominator apart. Both halves now go to ``removed`` as ``math`` and the
sentence reads on around them. Page hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page, tex_font  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_lines import read_lines  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI7", b"")
FONTS = [(b"F1", HELVETICA), (b"M", CMMI)]
WIDTHS = FONT_METRICS["Helvetica"][1]

FIRST = "The scores of the studies are combined into one overall score for the"
START = "whole set. A weighted sum of the scores is available"
REST = "where w are"
LAST = "the weights, which the reader chooses as the data suggest."


def _width(text: str, size: float) -> float:
    """How wide Helvetica sets ``text`` at ``size`` pt."""
    return sum(WIDTHS[char] for char in text) * size / 1000


def _page(denominator_rise: float) -> bytes:
    """Three lines of one sentence; the second holds a 7 pt fraction "wz" over "nk", its numerator
    raised 3.9 pt, its denominator lowered ``denominator_rise`` pt, and goes on after it."""
    x = 72 + _width(START + " ", 10)
    bar = b"0.4 w %.2f 690.5 m %.2f 690.5 l S" % (x, x + 5.6)
    return b"\n".join(
        [
            b"BT /F1 10 Tf 72 700 Td (%s) Tj ET" % FIRST.encode(),
            b"BT /F1 10 Tf 72 688 Td (%s ) Tj /M 7 Tf 3.9 Ts (wz) Tj %.1f Ts [800 (nk)] TJ"
            b" 0 Ts /F1 10 Tf [-300 (%s)] TJ ET" % (START.encode(), -denominator_rise, REST.encode()),
            b"BT /F1 10 Tf 72 670 Td (%s) Tj ET" % LAST.encode(),
            bar,
        ]
    )


def test_a_tall_fractions_numerator_is_a_line_of_its_own():
    """The numerator read apart from the sentence's line, which goes on with the words after the
    fraction on its baseline."""
    pages, _, _ = read_lines(one_page(_page(7.0), FONTS))
    texts = [line.text for line in pages[0]]
    assert f"{START} {REST}" in texts
    assert "wz" in texts


def test_both_halves_go_as_math_and_the_sentence_reads_on():
    (doc,) = parse_pdf(one_page(_page(7.0), FONTS))
    assert doc.text == f"{FIRST} {START} {REST} {LAST}"
    removed = {s.attrs.get("text"): s.attrs.get("why") for s in doc.layers["removed"]}
    assert removed == {"wz": "math", "nk": "math"}
