"""An in-line sum after an in-line fraction (issue 15, the thirty-sixth check's row 5:
strucchange-intro.pdf p. 2, "σ̂² = 1/(n−k) ∑ⁿᵢ₌₁ û²ᵢ. Another type of residuals …"). pdfminer broke
the line at the fraction's bar and again between the sum's stacked limits; the fraction was joined
back after the limits had been looked at, so the upper limit stayed on the sentence's line and the
lower one with the rest went apart: "… = 1/(n−k) n" / (cut "i=1 û2") / "i. Another type …", the
paragraph torn. All texts here are written for the tests; the PDFs are built by hand like TeX's."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_width, inline_fraction, one_page

from sloika.pipelines.formats.pdf import parse_pdf

# Adobe's Symbol font with its summation sign at a code of its own (229)
SYMBOL = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /Encoding << /Differences [229 /summation] >> >>"
FONTS = [(b"F1", HELVETICA), (b"S", SYMBOL)]
N_WIDTH = b"556"  # Helvetica's "n", in thousandths of an em: the move back under it


def _sum_after_fraction() -> bytes:
    """Three lines of 10 pt text, the second holding "s = 1/(n-k)" then a sum whose 7 pt "n" is raised
    3.6 pt and "i=1" under it lowered 2.5 pt (the sign set 1.5 pt low, so pdfminer reads it with the
    denominator and the upper limit, as it read cmex's "∑"), its term "u" with "2" over "i", and the
    sentence's end."""
    start = "with the variance estimate s = "
    x = 72 + helvetica_width(start, 10)
    fraction, bar = inline_fraction("1", "n-k", x, 688)
    return (
        b"BT /F1 10 Tf 72 700 Td (The residuals of the model are denoted as u and are then taken) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td (%s) Tj%s ( ) Tj -1.5 Ts /S 10 Tf (\\345) Tj"
        b" /F1 7 Tf 3.6 Ts (n) Tj -2.5 Ts [%s (i=1)] TJ 0 Ts /F1 10 Tf ( u) Tj"
        b" /F1 7 Tf 3.6 Ts (2) Tj -2.5 Ts [%s (i)] TJ 0 Ts /F1 10 Tf (. Another type) Tj ET"
        b"\nBT /F1 10 Tf 72 676 Td (of residuals is often used in tests on structural change.) Tj ET\n"
        % (start.encode(), fraction, N_WIDTH, N_WIDTH)
        + bar
    )


def test_a_sum_after_a_fraction_stays_in_its_sentence():
    """The fraction, the sum with its limits and its term with its stacked scripts read on one line,
    each stack subscript first (``pdf_spacing._stack``), the sentence goes on: one paragraph,
    nothing in ``removed``."""
    (doc,) = parse_pdf(one_page(_sum_after_fraction(), FONTS))
    assert doc.text == (
        "The residuals of the model are denoted as u and are then taken with the variance estimate"
        " s = 1/(n-k) ∑_(i=1)ⁿ u_i². Another type of residuals is often used in tests on structural change."
    )
    assert not doc.layers.get("removed")
