"""A listing in a proportional font set in the listings package's fixed columns reads its words
whole (issue 15, check 61 row 2, libcrcutil's crc.pdf): each token fills as many columns as it has
characters, its letters spread by its own gap, so "if" stood 1.75 pt apart where "bPowX" overlapped
and "product" stood 0.86 pt apart, and the wide ones read torn: "i f (", "s i z e o f", "i s less
than D". Helvetica 8 pt here in 4.8 pt columns (listings' 0.6 em), placed as listings places them;
the listing is written for the test. A short word the reader parts from its row as a piece of its
own ("if" before a wide gap) has no word gap beside it to be judged by, and is left out."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, helvetica_line, helvetica_width, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LISTING = [
    "Word MultiplyBytes(Word value, int bits) {",
    "  int wide = sizeof(Word) > bits;",
    "  // the product is less than D",
    "  return Reduce(value, bits);",
    "}",
]
SIZE, COLUMN = 8.0, 4.8  # pt: the font's size and listings' column (basewidth 0.6 em)
TOKEN = re.compile(r"\w+|[^\w\s]+")  # an identifier or a run of other glyphs: one box of columns


def _column_line(y: float, text: str) -> bytes:
    """``text`` as listings' fixed columns set it: each token in a box of one column per character,
    its glyphs spread by equal glue before, between and after them (``Tc``), a space a column."""
    boxes = []
    for token in TOKEN.finditer(text):
        glue = (len(token[0]) * COLUMN - helvetica_width(token[0], SIZE)) / (len(token[0]) + 1)
        x = 72 + token.start() * COLUMN + glue
        boxes.append(b"BT /F1 8 Tf %.3f Tc %.2f %.2f Td (%s) Tj ET" % (glue, x, y, escaped(token[0])))
    return b"\n".join(boxes)


def test_a_fixed_column_listing_keeps_its_words_whole():
    lead = helvetica_line(72, 720, "The multiplication reduces its product as the listing below shows:", 10)
    lines = [_column_line(700 - 10 * at, text) for at, text in enumerate(LISTING)]
    (doc,) = parse_pdf(one_page(b"\n".join([lead, *lines]), [(b"F1", HELVETICA)]))
    listing = doc.text[doc.text.index("Word") :]
    assert re.findall(r"\w+", listing) == re.findall(r"\w+", " ".join(LISTING))
