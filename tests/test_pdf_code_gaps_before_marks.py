"""A listing keeps the gap the page prints before a closing mark (issue 15, the thirty-fifth check's
row 3, jsonlite's json-mapping.pdf): TeX sets a typewriter line's spaces as gaps, no space glyphs, and
the prose rule that a colon or a bracket hugs its word closed them, '"Ozone" : 41' read '"Ozone": 41'
and "airquality[1:2, ]" read "airquality[1:2,]" in 105 code lines. All texts here are written for
the tests."""

from __future__ import annotations

from pdf_objects import HELVETICA, font_pages

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
PITCH = 6.0  # a 10 pt Courier glyph's advance
GAP = 4.85  # a word space in json-mapping.pdf's listings: a cell a little squeezed, under half an em


def _prose(y: float, text: str) -> str:
    return f"BT /F1 10 Tf 72 {y} Td ({text}) Tj ET"


def _row(y: float, words: list[str]) -> list[str]:
    """A typewriter row drawn as TeX draws it: each word a text object of its own, ``GAP`` after the
    one before, no space glyphs."""
    pieces, x = [], 72.0
    for word in words:
        pieces.append(f"BT /F2 10 Tf {x:.2f} {y} Td ({word}) Tj ET")
        x += len(word.replace("\\", "")) * PITCH + GAP
    return pieces


def test_a_listing_keeps_its_gaps_before_colons_and_brackets():
    lines = [
        _prose(760, "The first two rows of the data frame are encoded as an array of two objects:"),
        *_row(740, ["toJSON\\(airquality[1:2,", "]\\)"]),
        *_row(728, ['{"Ozone"', ":", "41,", '"Day"', ":", "1}"]),
        _prose(707, "Each row becomes an object whose keys are the names of the columns of the frame."),
    ]
    parsed = parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert parsed.text.split("\n\n")[1] == 'toJSON(airquality[1:2, ])\n{"Ozone" : 41, "Day" : 1}'


def test_prose_closes_the_gap_before_its_colon():
    """A justified prose line's gap before a colon is no space: the rule keeps to code."""
    lines = [
        _prose(760, "A JSON object"),
        "BT /F1 10 Tf 141.4 760 Td (: an unordered collection of zero or more name and value pairs.) Tj ET",
    ]
    parsed = parse_pdf(font_pages(["\n".join(lines).encode()], [(b"F1", HELVETICA)]))[0]
    assert parsed.text.startswith("A JSON object: an unordered")
