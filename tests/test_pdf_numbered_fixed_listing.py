"""A numbered listing set in the listings package's fixed columns in a proportional font reads one
code line per printed line number, in the numbers' order, its words whole and its numbers cut as
``line_numbers`` (issue 15, check 61 row 2, libcrcutil's crc.pdf): pdfminer parted each row at its
widest gaps ("for" | "(int" | "i = 0;"), its pieces came out of order (Listing 1's if/else bodies
after "return product ;", two functions' lines glued), a short piece was cut as a fragment, a piece
of one word read torn ("i f (", "[v alu e]"), and some numbers stayed on their rows ("9 i f (").
Helvetica 8 pt in 5.1 pt columns (listings' 0.6 em of CMR8's quad), each token placed as listings
places it, the numbers right-aligned in the same font; the listing is written for the test and its
expected lines typed from it."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    HELVETICA,
    code_lines,
    escaped,
    helvetica_line,
    helvetica_width,
    one_page,
    removed_texts,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LISTING = [
    "Crc MultiplyBytes(Crc a, Crc b) {",
    "  Crc product = 0;",
    "  for (int k = 0; k < D; ++k) {",
    "    if (a & 1) product ^= b;",
    "",
    "    // the degree of b is less than D",
    "    if (b & 1) {",
    "      b = (b >> 1) ^ P;",
    "    } else {",
    "      b = b >> 1;",
    "    }",
    "  }",
    "  return Reduce(value[i], bits);",
    "}",
]
SIZE, COLUMN, STEP = 8.0, 5.1, 9.5  # pt: the font's size, listings' column, the rows' baseline step
LEFT, NUMBERS = 134.0, 124.0  # pt: the code's left edge, the numbers' right edge
TOKEN = re.compile(r"\w+|[^\w\s]")  # an identifier or one other glyph: one box of columns


def _column_row(y: float, text: str) -> list[bytes]:
    """``text`` as listings' fixed columns set it: each token in a box of one column per character,
    its glyphs spread by equal glue before, between and after them (``Tc``), a space a column."""
    boxes = []
    for token in TOKEN.finditer(text):
        glue = (len(token[0]) * COLUMN - helvetica_width(token[0], SIZE)) / (len(token[0]) + 1)
        x = LEFT + token.start() * COLUMN + glue
        boxes.append(b"BT /F1 8 Tf %.3f Tc %.2f %.2f Td (%s) Tj ET" % (glue, x, y, escaped(token[0])))
    return boxes


def _number(y: float, value: int) -> bytes:
    """The line number ``value``, right-aligned on ``NUMBERS``, in the code's font and size."""
    x = NUMBERS - helvetica_width(str(value), SIZE)
    return b"BT /F1 8 Tf 0 Tc %.2f %.2f Td (%d) Tj ET" % (x, y, value)


def _listing_page() -> bytes:
    """A sentence, the numbered listing under it (its rows' boxes drawn bottom row first, as a
    content stream may draw them), and a sentence after it."""
    lead = helvetica_line(72, 720, "The product is reduced as the listing below shows it:", 10)
    rows = []
    for at, text in reversed(list(enumerate(LISTING))):
        y = 700 - STEP * at
        rows += [_number(y, at + 1), *_column_row(y, text)]
    after = helvetica_line(72, 700 - STEP * len(LISTING) - 20, "The loop runs once for each bit of a.", 10)
    return one_page(b"\n".join([lead, *rows, after]), [(b"F1", HELVETICA)])


def test_a_numbered_fixed_column_listing_reads_its_lines_in_order():
    (doc,) = parse_pdf(_listing_page())
    assert [line.strip() for line in code_lines(doc)] == [line.strip() for line in LISTING if line]


def test_its_line_numbers_go_as_line_numbers():
    (doc,) = parse_pdf(_listing_page())
    assert removed_texts(doc, "line_numbers") == [str(n) for n in range(1, len(LISTING) + 1)]
    assert not re.search(r"^\d", "\n".join(code_lines(doc)), re.M)
