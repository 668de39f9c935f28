"""Inline mathematics whose limits or scripts TeX stacks on one base (issue 15, the fourteenth check's
re-read): "∑" with "m" over "j=1", "x" with "2" over "i". pdfminer joins a glyph to a line only where
it shares half its height with the glyph before it, so it broke the line between the superscript and
the subscript under it; the pieces were read as lines of their own, the sentence split into
paragraphs ("…a discrete distribution ∑m" / "j=1 wjδxj") or its rest cut. All texts here are
written for the tests; the PDFs are built by hand like TeX's: the subscript is set after the
superscript, moved back by the superscript's width."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_lines import read_lines

# Adobe's Symbol font with its summation sign at the code TeX's cmex uses nothing for here (229)
SYMBOL = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /Encoding << /Differences [229 /summation] >> >>"
FONTS = [(b"F1", HELVETICA), (b"S", SYMBOL)]
M_WIDTH = b"833"  # Helvetica's "m", in thousandths of an em: the move back under it


def _stacked_sum(then: bytes) -> bytes:
    """A 10 pt line ending in a sum whose 7 pt "m" is raised 3.6 pt and "j=1" under it lowered
    2.5 pt, then ``then`` on the line, and a second line."""
    return (
        b"BT /F1 10 Tf 72 700 Td (That way we approximate the data by a discrete distribution ) Tj"
        b" /S 10 Tf (\\345) Tj /F1 7 Tf 3.6 Ts (m) Tj -2.5 Ts [%s (j=1)] TJ 0 Ts /F1 10 Tf (%s) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td (same mean and a larger variance than the data, as is shown below.) Tj ET"
        % (M_WIDTH, then)
    )


def test_a_sum_with_stacked_limits_stays_in_its_sentence():
    """The limits read in turn after the sign, superscript first, then the sentence goes on:
    one paragraph, nothing in ``removed``."""
    (doc,) = parse_pdf(one_page(_stacked_sum(b" wjdxj having the"), FONTS))
    assert doc.text == (
        "That way we approximate the data by a discrete distribution ∑_(j=1)^m wjdxj having the"
        " same mean and a larger variance than the data, as is shown below."
    )
    assert not doc.layers.get("removed")


def test_a_letter_with_a_script_over_another_stays_in_its_sentence():
    """ "x" with "2" over "i", twice, inside a paragraph's line: the exponents are superscripts (no
    note on the page has their marks), each subscript after its exponent, and the line reads on;
    before, the second pair and the words after it were read apart and "i, x3" cut as ``math``."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (Any function of the data can be used as an instrument because it is) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td (orthogonal to the error. There are many. For this example, \\(x, x) Tj"
        b" /F1 7 Tf 3.6 Ts (2) Tj -2.5 Ts [556 (i)] TJ 0 Ts /F1 10 Tf (, x) Tj /F1 7 Tf 3.6 Ts (3) Tj"
        b" -2.5 Ts [556 (i)] TJ 0 Ts /F1 10 Tf (\\) will be the) Tj ET"
        b"\nBT /F1 10 Tf 72 676 Td (selected instruments and the sample size is set to four hundred.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == (
        "Any function of the data can be used as an instrument because it is orthogonal to the error."
        " There are many. For this example, (x, x_i\u00b2, x_i\u00b3) will be the selected"
        " instruments and the sample size is set to four hundred."
    )
    assert not doc.layers.get("removed")


def test_a_subscript_under_a_superscript_with_a_script_of_its_own():
    """ "(X)" with "n" over "i=1", the "n" carrying a 5 pt "1" of its own: the subscript starts under
    the "n", not under the "1" read just before it, and the line reads on."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (Suppose we are given two samples \\(X\\)) Tj /F1 7 Tf 3.6 Ts (n) Tj"
        b" /F1 5 Tf 2.5 Ts (1) Tj /F1 7 Tf -2.5 Ts [953 (i=1)] TJ 0 Ts /F1 10 Tf ( of independent) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td (random variables with unknown distribution functions.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == (
        "Suppose we are given two samples (X)_(i=1)^(n₁) of independent"
        " random variables with unknown distribution functions."
    )
    assert not doc.layers.get("removed")


def test_a_displayed_sum_keeps_its_limits_off_the_text():
    """A display's limits are set over and under its sign, off the line: they stay lines of their
    own (cut as debris, as before), not read into the sign's line or the text around it."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The estimate is the weighted sum of the observations:) Tj ET"
        b"\nBT /F1 10 Tf 280 670 Td (S = ) Tj /S 14 Tf (\\345) Tj /F1 10 Tf ( w x) Tj ET"
        b"\nBT /F1 7 Tf 301 686 Td (m) Tj ET"
        b"\nBT /F1 7 Tf 299 657 Td (j=1) Tj ET"
        b"\nBT /F1 10 Tf 72 630 Td (where the weights add up to one and are never negative.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text.startswith("The estimate is the weighted sum of the observations:\n\n")
    assert "S = ∑ w x" in doc.text
    assert "m j=1" not in doc.text
    assert sorted(span.attrs["text"] for span in doc.layers["removed"]) == ["j=1", "m"]


def _line_texts(bar: bytes) -> list[str]:
    """The texts of ``read_lines``' lines for a line with a 7 pt "x" raised over a 7 pt "2", and
    ``bar`` drawn with them."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The ratio grows as ) Tj /F1 7 Tf 3.6 Ts (x) Tj -2.5 Ts [500 (2)] TJ"
        b" 0 Ts /F1 10 Tf ( when the sample is large.) Tj ET\n" + bar
    )
    pages, _, _ = read_lines(one_page(content, FONTS))
    return [line.text for line in pages[0]]


def test_scripts_without_a_rule_between_are_read_on_one_line():
    """ "x" over "2" with nothing drawn between them: two scripts on one base, one line."""
    assert _line_texts(b"") == ["The ratio grows as x 2 when the sample is large."]


def test_a_fraction_in_a_line_is_no_pair_of_scripts():
    """ "x" over "2" with a 0.4 pt rule between them is a fraction, no scripts: read "x/2" in its
    sentence (``pdf_pages._with_fraction``; tests/test_pdf_inline_fractions.py), not "x 2"."""
    bar = b"0.4 w 157 701.5 m 160.5 701.5 l S"
    assert _line_texts(bar) == ["The ratio grows as x/2 when the sample is large."]


# kpfonts' math italic as a TeX PDF names it (pdfminer reads the name from the descriptor), less its
# program, every code 500 units wide
KP_MATH = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ZFDTQZ+Kp--M-Italic /FirstChar 0 /LastChar 127"
    b" /Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor << /Type /FontDescriptor"
    b" /FontName /ZFDTQZ+Kp--M-Italic /Flags 4 /FontBBox [0 -250 1000 750] /ItalicAngle 0 /Ascent 750"
    b" /Descent -250 /CapHeight 750 /StemV 40 >> >>" % b" ".join([b"500"] * 128)
)


def test_a_display_in_kpfonts_math_goes_to_removed():
    """kpfonts' math fonts ("Kp--M-Italic") are TeX math fonts: a centred display row in them, its
    scripts now read on its line, is a display, not a line of the sentence: one line, it stays a
    ``math`` paragraph of its own at its place (``pdf_display_formulas``; it went to ``removed``
    as ``math`` before display formulas written on one line were kept)."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The cut point is applied according to the following rule:) Tj ET"
        b"\nBT /K 10 Tf 200 680 Td (x) Tj /K 7 Tf -2.5 Ts (vi) Tj 0 Ts /F1 10 Tf ( = 1 if ) Tj"
        b" /K 10 Tf (p) Tj /K 7 Tf 3.6 Ts (s) Tj -2.5 Ts [500 (vi)] TJ"
        b" 0 Ts /K 10 Tf ( < p) Tj /K 7 Tf -2.5 Ts (vi) Tj ET"
        b"\nBT /F1 10 Tf 72 660 Td (Alternatively, the user can fix the cut point in advance.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, [*FONTS, (b"K", KP_MATH)]))
    assert doc.text == (
        "The cut point is applied according to the following rule:\n\n"
        "x_vi = 1 if p_vi^s < p_vi\n\n"  # the display's scripts by its glyphs' sizes and places
        "Alternatively, the user can fix the cut point in advance."
    )
    math = [doc.text[s.start : s.end] for s in doc.spans if s.label == "math"]
    assert math == ["x_vi = 1 if p_vi^s < p_vi"]
    assert "removed" not in doc.layers


def test_a_sums_limits_at_exactly_a_scripts_size_of_it_are_its_limits():
    """seriation.pdf's "O(∑_(i=1)^k n_i!)": in 11 pt text TeX sets an inline sum from its 10 pt
    extension font and its limits at 8 pt, exactly a script's share of the sign's size; they were
    read in turn as words, "O(∑k i=1 n_i!)"."""
    content = (
        b"BT /F1 11 Tf 72 700 Td (By complete enumeration the size of the search space is O\\() Tj"
        b" /S 10 Tf (\\345) Tj /F1 8 Tf 3.6 Ts (k) Tj -2.5 Ts [500 (i=1)] TJ 0 Ts /F1 11 Tf ( n!\\).) Tj ET"
        b"\nBT /F1 11 Tf 72 686 Td (That is too many orders to try one by one for any large problem.) Tj ET"
    )
    (doc,) = parse_pdf(one_page(content, FONTS))
    assert doc.text == (
        "By complete enumeration the size of the search space is O(∑_(i=1)^k n!)."
        " That is too many orders to try one by one for any large problem."
    )
