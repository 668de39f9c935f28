"""markovchain's vignette (issue 15, issue-pdfminor), p. 40: "Being f_(ij) the raw transition count, …
shows that 2 ∗ ∑ … f_(ij) ln f_(ij)/(f_(i.)P(E_j|E_i)) ∼ χ²(r ∗ (r − 1))" came out torn, the fraction and its
"∼" a paragraph of their own between the sentence's two lines, and its "|" read "♣": the math font's
ToUnicode table gave cmsy's ``/bar`` (106) the club of cmsy's slot 124, "|"'s own ASCII code, and its
braces (102, 103) "¶" and "♢". Pages hand-built like TeX's, texts sloika's own, expected texts typed
by hand from what the page prints."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, helvetica_width, one_page, tex_font  # noqa: E402
from test_pdf_named_math_glyphs import _font, _to_unicode  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"QVANKG+CMMI7", b"")  # every glyph 400 units wide: 2.8 pt at 7 pt
CMSY = tex_font(b"VAYMBA+CMSY10", b"24 /similar")


def _fraction(x: float, baseline: float, over: str, under: str) -> bytes:
    """A 7 pt math-italic fraction at ``x`` on a 10 pt line's ``baseline``, its numerator raised
    6.5 pt (TeX raises it past its usual 3.9 pt over a tall denominator, clear of the line's
    letters), its denominator lowered 3.4 pt and its 0.4 pt bar on the axis; then "∼" in cmsy, a
    space after it."""
    wide = 2.8 * max(len(over), len(under))
    return b"BT /M 7 Tf %.2f %.2f Td (%s) Tj ET BT /M 7 Tf %.2f %.2f Td (%s) Tj ET" % (
        x + (wide - 2.8 * len(over)) / 2,
        baseline + 6.5,
        over.encode(),
        x + (wide - 2.8 * len(under)) / 2,
        baseline - 3.4,
        under.encode(),
    ) + b"\n0.4 w %.2f %.2f m %.2f %.2f l S\nBT /S 10 Tf %.2f %.2f Td (\\030) Tj ET" % (
        x,
        baseline + 2.5,
        x + wide,
        baseline + 2.5,
        x + wide + 4,
        baseline,
    )


def test_a_fraction_closing_its_row_stays_in_its_sentence():
    """The row's text ends "… ln", the fraction and "∼" stand right after it, the next line goes on
    the sentence: one paragraph, the fraction written "a/b" (``pdf_pages._with_fraction``) in its
    place after "ln". (The spaces around the fraction's glyph are ``pdf_spacing``'s, not at issue:
    a fraction whose parts stand on no row of the text's glyphs takes its baseline from its own.)"""
    start = "the raw count, the statistic of the test is twice the sum of the terms fij ln"
    x = 72 + helvetica_width(start, 10) + 4  # a space after the operator's name
    content = (
        b"BT /F1 10 Tf 72 700 Td (The first test compares an empirical matrix with a theoretical one.) Tj"
        b" ( Being) Tj ET"
        b"\nBT /F1 10 Tf 72 686 Td (%s) Tj ET\n"
        % start.encode()
        + _fraction(x, 686, "fij", "fi.P(Ej)")
        + b"\nBT /F1 10 Tf 72 672 Td (with one degree of freedom for each free cell of the matrix.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"M", CMMI), (b"S", CMSY)]))
    printed = (
        "The first test compares an empirical matrix with a theoretical one. Being"
        f" {start} fij/fi.P(Ej) ∼ with one degree of freedom for each free cell of the matrix."
    )
    assert "\n" not in doc.text
    assert doc.text.replace(" ", "") == printed.replace(" ", "")  # its spaces are another rule's


def test_an_ornament_the_table_gives_a_named_ascii_sign_reads_as_the_sign():
    """cmsy's ``/bar`` and ``/braceleft`` ``/braceright`` (106, 102, 103) over a ToUnicode table that
    reads them "♣", "¶" and "♢": the glyph's name wins, "P(E|F)" and "{1, 2}"."""
    symbols = _font(b"KICZYG+LMMathSymbols8-Regular", b"102 /braceleft /braceright 106 /bar", 7)
    content = (
        b"BT /F1 10 Tf 72 700 Td (The probability P\\(E) Tj /S 10 Tf <6a> Tj"
        b" /F1 10 Tf (F\\) of the states ) Tj"
        b" /S 10 Tf <66> Tj /F1 10 Tf (1, 2) Tj /S 10 Tf <67> Tj"
        b" /F1 10 Tf ( is estimated from the counts.) Tj ET"
    )
    table = _to_unicode(b"<66> <00b6>\n<67> <2662>\n<6a> <2663>")
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"S", symbols)], table))
    assert doc.text == "The probability P(E|F) of the states {1, 2} is estimated from the counts."
