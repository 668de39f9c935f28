"""A package manual's title page and a table running over a page (issue 15, twenty-third check row 4,
re-read): the contact block's e-mail address, set largest on page 1, was taken for ``fields.title``;
the last two rows of a table overleaf, too few for an aligned table, stood as paragraphs. Hand-built
pages; expected titles and rows written by hand."""

from __future__ import annotations

import pytest
from pdf_objects import helvetica_line, helvetica_page, helvetica_pages, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

PROSE = [
    "This package draws coloured boxes around a paragraph, with a small picture in the upper left",
    "corner of each box, and the colour of the frame and of the background can be chosen freely.",
]


def _prose(y: int) -> list[bytes]:
    return [helvetica_line(72, y - 12 * at, text, 10) for at, text in enumerate(PROSE)]


@pytest.mark.parametrize("address", ["jane.doe@example.org", "https://example.org/boxes/"])
def test_an_address_set_largest_is_no_title_nor_is_its_block(address: str):
    """A subtitle (12 pt) over a contributors block (14 pt: a label, two names, a label) that ends
    in an address set a little larger (15 pt), then the body (10 pt): the title is the subtitle,
    not the address (before: the address) nor the block's names."""
    lines = [
        helvetica_line(72, 700, "Coloured Boxes for Your Documents", 12),
        helvetica_line(400, 640, "Authors", 14),
        helvetica_line(400, 622, "Jane Doe", 14),
        helvetica_line(400, 604, "Tom Roe", 14),
        helvetica_line(400, 586, "Contact", 14),
        helvetica_line(360, 568, address, 15),
        *_prose(480),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(lines)))
    assert doc.fields["title"] == "Coloured Boxes for Your Documents"


def test_an_address_under_the_title_leaves_the_title():
    """The title set largest, an address smaller under it: the title stays the title."""
    lines = [
        helvetica_line(72, 700, "Coloured Boxes", 18),
        helvetica_line(72, 680, "jane.doe@example.org", 12),
        *_prose(600),
    ]
    (doc,) = parse_pdf(helvetica_page(b"\n".join(lines)))
    assert doc.fields["title"] == "Coloured Boxes"


ROWS = [
    ("the anchor", "anchorsign", "Ann Lee"),
    ("the bell", "bellsign", "Bo Kim"),
    ("the candle", "candlesign", "Cy Moss"),
    ("the drum", "drumsign", "Di Park"),
]
OVERLEAF = [("the eagle", "eaglesign", "Ed Ross"), ("the flag", "flagsign", "Flo Yu")]
COLUMNS = (150, 260, 400)  # each cell's left edge


def _row(y: int, cells: tuple[str, ...], columns: tuple[int, ...] = COLUMNS) -> list[bytes]:
    return [helvetica_line(x, y, cell, 10) for x, cell in zip(columns, cells, strict=True)]


def _table_pages(second: list[bytes]) -> bytes:
    """Page 1: prose, then a table of four rows (no rules) that ends the page; page 2: ``second``."""
    first = [*_prose(760), *(line for at, row in enumerate(ROWS) for line in _row(200 - 24 * at, row))]
    return helvetica_pages([b"\n".join(first), b"\n".join(second)])


def _tables(doc) -> list[list[list[str]]]:
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


def test_two_rows_opening_the_next_page_in_the_table_columns_are_a_table():
    """The table's last two rows overleaf, in its three columns, at the page's top: a ``table`` span
    of their own; before, they stood as paragraphs ("the eagle" / "eaglesign" / …)."""
    second = [*(line for at, row in enumerate(OVERLEAF) for line in _row(780 - 24 * at, row)), *_prose(700)]
    (doc,) = parse_pdf(_table_pages(second))
    assert _tables(doc) == [[list(row) for row in ROWS], [list(row) for row in OVERLEAF]]
    assert without_tables(doc) == " ".join(PROSE) + "\n\n" + " ".join(PROSE)


def test_two_rows_under_prose_or_in_other_columns_stay_text():
    """Two such rows under the next page's prose, or at its top but in other columns (a two-column
    list of terms), are no continuation: they stay in the text as before."""
    under = [*_prose(780), *(line for at, row in enumerate(OVERLEAF) for line in _row(700 - 24 * at, row))]
    (doc,) = parse_pdf(_table_pages(under))
    assert len(_tables(doc)) == 1
    assert "the eagle" in doc.text and "flagsign" in doc.text
    terms = [("eagle", "a large bird"), ("flag", "a piece of cloth")]
    elsewhere = [
        *(line for at, row in enumerate(terms) for line in _row(780 - 24 * at, row, (72, 320))),
        *_prose(700),
    ]
    (doc,) = parse_pdf(_table_pages(elsewhere))
    assert len(_tables(doc)) == 1
    assert "a large bird" in doc.text and "a piece of cloth" in doc.text
