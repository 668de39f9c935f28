"""A code box's label set over its code at the top of the text block (issue 15, thirty-ninth check
row 3): psychTools' omega.pdf heads each code box with a framed "R code"; where a box opened a page
the label stood on the page's first row, its words at the first row of three pages or more, and it
was cut as ``page_furniture`` there while kept everywhere else. A running header stands above the
text block, set apart from it; a line at or under the place where the block opens on most pages is
the block's own. Geometry after omega.pdf: the label in an 8 pt typewriter face, its code 8 pt, the
body 10 pt, the block opening at the same height on every page."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

BLOCK = 740  # the text block's first baseline on every page
LEFT, RIGHT = 72, 523  # the measure: prose justified to it, the label centred on it

PROSE = [
    "The omega function finds the general factor of a set of items and reports its share.",
    "It reports how much of the variance of the total score the general factor accounts for.",
    "The group factors are shown beside it, each with the items that load on it the most.",
    "Each page of this vignette goes on with a sentence of its own, as a paper's pages do.",
]


def _prose(number: int) -> list[str]:
    """Three lines of prose, a different three on each page (a page's text is its own)."""
    return [PROSE[(number + at) % len(PROSE)] for at in range(3)]


def _body(rows: list[str], first: int) -> list[bytes]:
    """Helvetica 10 pt lines justified across the measure from baseline ``first`` down, 12 pt apart."""
    return [helvetica_line(LEFT, first - 12 * at, text, 10, RIGHT) for at, text in enumerate(rows)]


def _folio(number: int) -> bytes:
    """The page number at the foot, drawn before the page's text."""
    return b"BT /F1 10 Tf 295 60 Td (%d) Tj ET" % number


def _boxed_page(number: int) -> bytes:
    """A page opened by a code box: its label "R code" centred at the block's top, a blank of over an
    em, two lines of code, then prose; the page number at the foot."""
    ops = [
        _folio(number),
        b"BT /F2 8 Tf 283.1 %d Td (R code) Tj ET" % BLOCK,  # 28.8 pt wide: centred
        b"BT /F2 8 Tf %d %d Td (library\\(psych\\)) Tj ET" % (LEFT + 20, BLOCK - 18),
        b"BT /F2 8 Tf %d %d Td (omega\\(my.data\\)) Tj ET" % (LEFT + 20, BLOCK - 27),
        *_body(_prose(number), BLOCK - 50),
    ]
    return b"\n".join(ops)


def _prose_page(number: int) -> bytes:
    """A page whose prose opens the text block; the page number at the foot."""
    return b"\n".join([_folio(number), *_body(_prose(number), BLOCK)])


def test_a_code_box_label_opening_pages_is_no_running_header():
    """Three pages open with the box's label: only the page numbers are furniture."""
    pages = [_boxed_page(1), _prose_page(2), _boxed_page(3), _prose_page(4), _boxed_page(5), _prose_page(6)]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    furniture = [s.attrs["text"] for s in doc.layers["removed"] if s.attrs.get("why") == "page_furniture"]
    assert sorted(furniture) == ["1", "2", "3", "4", "5", "6"]
    assert doc.text.count("library(psych)") == 3


def test_a_label_opening_two_pages_stays_too():
    """The label opening two pages only ("R code" on pages 1 and 3, none on page 5): text all the same."""
    pages = [_boxed_page(1), _prose_page(2), _boxed_page(3), _prose_page(4), _prose_page(5), _prose_page(6)]
    (doc,) = parse_pdf(font_pages(pages, [(b"F1", HELVETICA), (b"F2", COURIER)]))
    assert doc.text.count("R code") == 2
