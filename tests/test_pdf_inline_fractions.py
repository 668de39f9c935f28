"""In-line fractions (issue 15, the seventeenth check's row 2: UrnTheory.pdf, section 6). TeX sets a
``\\frac`` in a sentence as a script-size numerator over a short rule on the line's axis over a
script-size denominator; pdfminer joins a glyph to a line only where it shares half its height with
the glyph before it, so it broke the line at each bar: "…in the second draw is999" / "2000 = 1" /
"2. The …". A display's fraction, set at the text's size on lines of its own, stays apart. A
sentence that ends on its variable "i." at a line's start is no roman list item. All texts here are
written for the tests; the PDFs are built by hand like TeX's (the numerator set first, centred over
the denominator, which is moved back under it)."""

from __future__ import annotations

from pdf_objects import HELVETICA, helvetica_width, inline_fraction, one_page

from sloika.pipelines.formats.pdf import parse_pdf
from sloika.pipelines.formats.pdf_lines import read_lines

FONTS = [(b"F1", HELVETICA)]


def _sentence() -> bytes:
    """A paragraph of three lines whose second holds two fractions, "999/2000 = 1/2", and goes on."""
    start = "chance that the red ball is not taken in the first draw is "
    first_x = 72 + helvetica_width(start, 10)
    first, bar1 = inline_fraction("999", "2000", first_x, 688)
    second_x = first_x + helvetica_width("2000", 7) + helvetica_width(" = ", 10)
    second, bar2 = inline_fraction("1", "2", second_x, 688)
    return (
        b"BT /F1 10 Tf 72 700 Td (We want to calculate, for an urn with one heavy ball, the) Tj ET"
        b"\nBT /F1 10 Tf 72 688 Td (%s) Tj%s ( = ) Tj%s (. The next) Tj ET"
        b"\nBT /F1 10 Tf 72 676 Td (draw is taken from the balls that are left in the urn.) Tj ET\n"
        % (start.encode(), first, second)
        + bar1
        + b"\n"
        + bar2
    )


def test_fractions_in_a_sentence_stay_in_it():
    """Both fractions read "a/b" in reading order on their line, the sentence goes on after them:
    one paragraph, nothing in ``removed``."""
    (doc,) = parse_pdf(one_page(_sentence(), FONTS))
    assert doc.text == (
        "We want to calculate, for an urn with one heavy ball, the chance that the red ball is not"
        " taken in the first draw is 999/2000 = 1/2. The next draw is taken from the balls that are"
        " left in the urn."
    )
    assert not doc.layers.get("removed")


def test_a_part_of_two_terms_is_bracketed():
    """ "1" over "n+1" at a line's end: "1/(n+1)", not "1/n+1"."""
    start = "The probability is approximately "
    text, bar = inline_fraction("1", "n+1", 72 + helvetica_width(start, 10), 700)
    content = b"BT /F1 10 Tf 72 700 Td (%s) Tj%s (.) Tj ET\n" % (start.encode(), text) + bar
    pages, _, _ = read_lines(one_page(content, FONTS))
    assert [line.text for line in pages[0]] == ["The probability is approximately 1/(n+1)."]


def test_a_displayed_fraction_keeps_its_lines():
    """A display's fraction, its parts at the text's size on lines of their own, centred, with no
    text beside it: no "a/b" is written, the numerator and the denominator stay lines apart."""
    content = (
        b"BT /F1 10 Tf 72 700 Td (The mean of the two values is the fraction) Tj ET"
        b"\nBT /F1 10 Tf 290 676 Td (x + y) Tj ET"
        b"\nBT /F1 10 Tf 298 660 Td (2) Tj ET"
        b"\n0.4 w 288 671 m 314 671 l S"
        b"\nBT /F1 10 Tf 72 640 Td (where both values are measured in the same unit.) Tj ET"
    )
    pages, _, _ = read_lines(one_page(content, FONTS))
    texts = [line.text for line in pages[0]]
    assert "x + y" in texts
    assert "2" in texts
    assert not any("/" in text for text in texts)


def _item(closing: str) -> bytes:
    """An item of a bulleted list: its full line ends on ``closing``, the next line opens with "i."."""
    return (
        b"BT /F1 10 Tf 72 700 Td (The following conditions must be fulfilled for the model to apply:) Tj ET"
        b"\nBT /F1 10 Tf 82 680 Td (\\267 The probability of taking an item at a draw is equal to its) Tj ET"
        b"\nBT /F1 10 Tf 92 668 Td (share of the weight. The weight of an item depends on its kind %s) Tj ET"
        b"\nBT /F1 10 Tf 92 656 Td (i. \\(It is convenient to use the word weight for this.\\)) Tj ET"
        b"\nBT /F1 10 Tf 82 640 Td (\\267 The number of items to take is fixed in advance.) Tj ET"
        % closing.encode()
    )


def test_a_sentence_ending_on_its_variable_i_is_no_list_item():
    """ "…its kind (color)" + "i. (It is …": the sentence ends on the variable "i"; no roman item."""
    (doc,) = parse_pdf(one_page(_item("\\(color\\)"), FONTS))
    assert (
        "The weight of an item depends on its kind (color) i. (It is convenient to use the word"
        " weight for this.)" in doc.text
    )


def test_a_roman_list_after_its_lead_in_keeps_its_first_item():
    """ "i." after a line that ends in a colon opens a roman list's first item, as before."""
    (doc,) = parse_pdf(one_page(_item("and this:"), FONTS))
    assert "depends on its kind and this:\n\ni. (It is convenient" in doc.text


def test_a_fraction_in_a_display_row_keeps_its_pieces():
    """A script-size fraction inside a centred display row of signs and operator names ("exp (1 +
    2/3(sign(t)) log |t|)", gmm_with_R.pdf's characteristic function): no two words in a row, so
    the row stays in pdfminer's pieces for the display rules, as before."""
    start = "exp (1 + "
    text, bar = inline_fraction("2", "3", 250 + helvetica_width(start, 10), 680)
    content = (
        b"BT /F1 10 Tf 72 700 Td (The characteristic function of the distribution is) Tj ET"
        b"\nBT /F1 10 Tf 250 680 Td (%s) Tj%s (\\(sign\\(t\\)\\) log |t|\\)) Tj ET\n"
        % (start.replace("(", "\\(").encode(), text)
        + bar
    )
    pages, _, _ = read_lines(one_page(content, FONTS))
    assert not any("2/3" in line.text for line in pages[0])


def test_fractions_in_a_line_at_the_text_margin_read_a_over_b():
    """fastcluster.pdf's update formulas, one a line at the text's margin in a list of methods
    ("method='median': d(K, L) = ½ d(I, L) + ½ d(J, L) − ¼ d(I, J)"): no two words in a row, so the
    pieces stayed apart and each numerator was read a raised mark, "=¹ 2". A line that starts where
    the text's lines start is no centred display: its fractions read "a/b", and a factor set right
    after one (TeX sets no word space there) is written after a space, "1/2 d", not "1/2d"."""
    start, between, last = "median: d(K, L) = ", "d(I, L) + ", "d(J, L) - "
    x = 72 + helvetica_width(start, 10)
    first, bar1 = inline_fraction("1", "2", x, 680)
    x += helvetica_width("2", 7) + helvetica_width(between, 10)
    second, bar2 = inline_fraction("1", "2", x, 680)
    x += helvetica_width("2", 7) + helvetica_width(last, 10)
    third, bar3 = inline_fraction("1", "4", x, 680)

    def escaped(text: str) -> bytes:
        return text.replace("(", "\\(").replace(")", "\\)").encode()

    content = (
        b"BT /F1 10 Tf 72 700 Td (The methods update the distances to a new cluster K as follows.) Tj ET"
        b"\nBT /F1 10 Tf 72 680 Td (%s) Tj%s (%s) Tj%s (%s) Tj%s (d\\(I, J\\)) Tj ET\n"
        % (escaped(start), first, escaped(between), second, escaped(last), third)
        + b"\n".join([bar1, bar2, bar3])
    )
    pages, _, _ = read_lines(one_page(content, FONTS))
    assert [line.text for line in pages[0]] == [
        "The methods update the distances to a new cluster K as follows.",
        "median: d(K, L) = 1/2 d(I, L) + 1/2 d(J, L) - 1/4 d(I, J)",
    ]
