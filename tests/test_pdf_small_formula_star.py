"""A star set small between two operands of a formula is its multiplication, not a footnote mark
(issue 15, the twenty-ninth check's row 2, an R vignette: an expression set in 8 pt inside 10 pt
prose, its star from a symbol font that declares no depth, so the star's box stood on its baseline
while the letters' boxes hang below theirs, it looked raised, and it was cut as a
``footnote_mark``). Page hand-built, sentences sloika's own, expected text typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

# a symbol font whose descriptor declares no depth: pdfminer stands its glyphs' boxes on the baseline
STARS = (
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+StarSymbols /FirstChar 0 /LastChar 127"
    b" /Widths [%s] /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+StarSymbols /Flags 4"
    b" /FontBBox [0 0 500 500] /ItalicAngle 0 /Ascent 500 /Descent 0 /CapHeight 500 /StemV 40 >>"
    b" /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [42 /asteriskmath] >> >>"
    % b" ".join([b"500"] * 128)
)
FORMULA = b"/F1 7.9 Tf (3) Tj /S 7.9 Tf (*) Tj /F1 7.9 Tf (X+2+Y) Tj"  # set small, the star on its baseline
ROWS = [
    b"/F1 10 Tf (Let X and Y be two random variables of the kinds defined above. The expression ) Tj",
    FORMULA + b" /F1 10 Tf (, a new variable, is then built from the two of them by the arithmetic) Tj",
    b"/F1 10 Tf (of the package, and its distribution is found by convolution of the two others.) Tj",
]
# a 9 pt note at the page's foot, its star raised and hung left of it: a star is a mark on this page
NOTE = b"BT /S 7 Tf 64 103 Td (*) Tj ET BT /F1 9 Tf 69 100 Td (The package has its own manual.) Tj ET"
EXPECTED = (
    "Let X and Y be two random variables of the kinds defined above. The expression 3\u2217X+2+Y, a new"
    " variable, is then built from the two of them by the arithmetic of the package, and its"
    " distribution is found by convolution of the two others."
)


def test_a_small_star_between_operands_is_the_formulas():
    """Three rows of 10 pt prose; in the second "3∗X+2+Y" at 7.9 pt, the star on the formula's
    baseline; a note at the page's foot opens with a raised star, so a star is a mark on this page.
    The formula's star stays; only the note's own mark is cut."""
    rows = [b"BT 72 %d Td %s ET" % (700 - 14 * at, row) for at, row in enumerate(ROWS)]
    content = b"\n".join([*rows, NOTE])
    (doc,) = parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"S", STARS)]))
    assert doc.text.split("\n\n")[0] == EXPECTED
    marks = [span.start for span in doc.layers.get("removed", []) if span.label == "footnote_mark"]
    assert all(at > len(EXPECTED) for at in marks)  # the note's own mark alone goes
