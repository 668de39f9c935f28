"""A definition list's one-line entry that fills the list's measure ends its entry (issue 15, the
fiftieth check's row 06, c90.pdf p. 2: "base_descless The glyphs of class base_desclike without the
lower part." and "lower_low The glyphs of class lower shifted downwards." read one entry). The list
is set narrower than the text, an entry's wrapped description marks its right edge, and a one-line
entry that reaches that edge read as wrapped onto the next term's line. All texts are written for
the test."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, HELVETICA_BOLD, escaped, helvetica_line, one_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TERM_X, TEXT_X, EDGE = 100.0, 160.0, 440.0
INTRO = [
    "Each glyph of the font belongs to one class, and each class is named after the place where",
    "its glyphs are drawn on the line. Here are the glyph variant classes that the rules refer to:",
]


def _entry(y: float, term: str, text: str, end: float | None = None) -> bytes:
    """``term`` in bold at the list's edge, ``text`` after it, its word spaces widened to ``end``."""
    width = sum(FONT_METRICS["Helvetica-Bold"][1][char] for char in term) / 100
    head = b"BT /F2 10 Tf %.2f %.2f Td (%s) Tj ET" % (TERM_X, y, escaped(term))
    return head + b" " + helvetica_line(TERM_X + width + 3.3, y, text, 10, end)


def test_a_one_line_entry_at_the_lists_edge_ends_its_entry():
    rows = [helvetica_line(72, 700 - 12 * at, row, 10, 540.0) for at, row in enumerate(INTRO)]
    rows += [
        _entry(670, "desclike", "These glyphs consist of two elements: the upper part looks", EDGE),
        helvetica_line(
            TEXT_X, 658, "like a normal base glyph combined with a lower vowel, and the", 10, EDGE
        ),
        helvetica_line(TEXT_X, 646, "lower part is left out where a vowel follows.", 10),
        _entry(630, "descless", "The glyphs of class desclike without their lower part.", EDGE),
        _entry(616, "lowlow", "The glyphs of class lower shifted downwards."),
        _entry(602, "topleft", "The glyphs of class top shifted to the left."),
    ]
    (doc,) = parse_pdf(one_page(b" ".join(rows), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))
    paragraphs = [" ".join(paragraph.split()) for paragraph in doc.text.split("\n\n")]
    lowlow = paragraphs.index("lowlow")  # each term a paragraph over its description, as the reader sets them
    assert paragraphs[lowlow - 2 : lowlow + 2] == [
        "descless",
        "The glyphs of class desclike without their lower part.",
        "lowlow",
        "The glyphs of class lower shifted downwards.",
    ]
