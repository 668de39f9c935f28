"""A symbol set over a display's relation sign (issue 15, the fifty-ninth check's row 2,
diptest-issues.pdf's (2), "lim_(n→∞) √n D_n =^D D_∞", the 𝒟 of "converges in distribution" set over
"=" by ``\\stackrel``): pdfminer read the symbol apart and the sign into the row's piece after it, one
column no writer could place, so the display was cut whole and its sentence, "… converges in
distribution, i.e.,", ran into nothing. Pages hand-built, sentences sloika's own, expected texts
typed by hand as the page prints them."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, math_row, math_spans, one_page, tex_font, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(
    b"KBOUDP+CMMI10",
    b"43 /plus 48 /zero 61 /equal 68 /D 80 /P 81 /Q 97 /a 98 /b 99 /c 100 /d 110 /n",
)
FONTS = [(b"F1", HELVETICA), (b"M", CMMI)]
LEAD = "The scaled count of each sample then settles on the one limit for every sample, i.e.,"
AFTER = "A large part of the rest of this short note is spent on finding out what that limit is."


def _page(at: float) -> list[bytes]:
    """The lead, the display "P+Q_n =c+d_n (2)" with "D" in 7 pt set from ``at`` over its row (TeX
    draws it before the sign it stands on, so pdfminer parts the row there), and the sentence after
    it."""
    return [
        text_row(72, 520, LEAD),
        math_row(240, 495, "P+Q"),
        math_row(252, 492.5, "n", 7),
        math_row(at, 503, "D", 7),
        math_row(257, 495, "=c+d"),
        math_row(277, 492.5, "n", 7),
        text_row(500, 495, "(2)"),
        text_row(72, 465, AFTER),
    ]


def test_a_symbol_over_the_relation_sign_is_its_superscript():
    """ "D" set small over the "=" that opens the row's right piece, centred on it: the sign's
    superscript, "=^D", and the display stays in the text where it stood, its number at its end.
    Over the "c" after the sign, off its centre, it is a script over the row's middle, which one
    line cannot show: the display leaves whole, as before."""
    (doc,) = parse_pdf(one_page(b"\n".join(_page(257.6)), FONTS))
    assert doc.text == f"{LEAD}\n\nP+Q_n =^D c+d_n (2)\n\n{AFTER}"
    assert math_spans(doc) == ["P+Q_n =^D c+d_n (2)"]
    (off,) = parse_pdf(one_page(b"\n".join(_page(261.6)), FONTS))
    assert off.text == f"{LEAD}\n\n{AFTER}"
