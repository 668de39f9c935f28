"""A footnote marked in the sentence that announces a listing reads after the whole listing, not
between the blocks the listing's blank lines part it into (issue 15, the sixty-second check:
asn1c-usage.pdf p. 4, "… the following ASN.1 module is given²:" / "RectangleTest DEFINITIONS ::=
BEGIN" / note 2 / "Rectangle ::= SEQUENCE {" …). A page hand-built with the helpers of the other PDF
tests, the module and sentences written for the test, the expected text typed by hand."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line
from test_pdf_dotted_notes_and_dash_items import _raised_line
from test_pdf_notes_in_place import _note

from sloika.pipelines.formats.pdf import parse_pdf

LEAD = "For example, suppose that the following module is given"
AFTER = "The compiler reads this module and writes one structure for each type it defines."
NOTE = "The second part of this manual gives a short reference to the notation."
# the listing as printed: three blocks, a blank line between each two
BLOCKS = [
    ["ShapeModule DEFINITIONS ::= BEGIN"],
    ["Box ::= SEQUENCE {", "    height  INTEGER,", "    width   INTEGER", "}"],
    ["END"],
]


def _listing(top: float) -> list[bytes]:
    """``BLOCKS`` in 10 pt Courier from ``top`` down, 12 pt a row, a blank row between blocks."""
    lines, y = [], top
    for block in BLOCKS:
        for row in block:
            indent = len(row) - len(row.lstrip())
            lines.append(code_line(90 + 6 * indent, y, row.lstrip(), 10))
            y -= 12
        y -= 12
    return lines


def test_a_note_waits_for_the_end_of_a_listing_parted_by_blank_lines():
    page = [
        _raised_line(760, LEAD, "1", ":"),
        *_listing(736),
        helvetica_line(72, 640, AFTER, 10),
        _note(90, "1", NOTE),
    ]
    pdf = font_pages([b"\n".join(page)], [(b"F1", HELVETICA), (b"F2", COURIER)])
    text = parse_pdf(pdf)[0].text
    assert text.split("\n\n") == [LEAD + ":", *("\n".join(block) for block in BLOCKS), NOTE, AFTER]
