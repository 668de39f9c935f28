"""A LaTeX book's running heads read with their folio as one line, and its List of Figures (issue 15,
fifty-fifth check, row 2: libtommath's user manual). A chapter of two pages names its head over one
page only, too seldom for the repetition rule, and where pdfminer read the folio and the head as one
line ("42  CHAPTER 7. LOGARITHM") no folio of its own was cut beside it: three such heads stayed, two
inside code listings. A line at the running heads' place whose words open or end with the page's own
number (standing from the page's index as the document's folios do) is the running head. A heading's
number opening a page is no folio. A List of Figures of four entries was kept with its page numbers
while the Contents went: a page that opens with a list's heading is contents with fewer leader lines.
A4 pages hand-built, the head 60 pt under the top edge, below its outer tenth as in a book set on
smaller paper; texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    font_pages,
    helvetica_pages,
    helvetica_width,
    text_at,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
MARGIN, MEASURE = 90.0, 505.0
HEAD_Y = 700.0  # the head's baseline
PROSE = [
    "The library keeps each number as an array of digits with its sign and its length, so",
    "that every function can grow the array when a result needs more digits than it holds.",
    "Most functions take their inputs first and the place for the result last, and they",
    "return a code that tells whether the work was done or why it could not be done.",
]
CODE = [
    "errno = 0;",
    "base = (digit)strtoul(argv[1], NULL, 10);",
    "if (errno == ERANGE) {",
    "exit(EXIT_FAILURE);",
    "}",
]


def _right(text: str) -> float:
    return MEASURE - helvetica_width(text, 10)


def _head(folio: int, title: str) -> list[str]:
    """An even page's folio at the margin and its title ending at the measure, an odd page's the
    other way round: two pieces on the head's row."""
    if folio % 2:
        return [text_at(MARGIN, HEAD_Y, title), text_at(_right(str(folio)), HEAD_Y, str(folio))]
    return [text_at(MARGIN, HEAD_Y, str(folio)), text_at(_right(title), HEAD_Y, title)]


def _body(rows: list[str], font: str = "F1", top: float = HEAD_Y - 24) -> list[str]:
    return [text_at(MARGIN, top - 12 * at, row, font=font) for at, row in enumerate(rows)]


def _book(joined_head: str, listing: bool) -> bytes:
    """Six pages: heads beside folios on pages 2 to 5, page 6's head one piece of text, the folio
    first and its words two spaces on, over a listing's rest or over prose."""
    pages = [
        _body(PROSE, top=740),
        _head(2, "CHAPTER 1. INTRODUCTION") + _body(PROSE),
        _head(3, "1.2. USING THE LIBRARY") + _body(PROSE[::-1]),
        _head(4, "CHAPTER 1. INTRODUCTION") + _body(PROSE[1:] + PROSE[:1]),
        _head(5, "CHAPTER 2. LOGARITHM") + _body(PROSE[:3]) + _body(CODE[:2], "F2", HEAD_Y - 72),
        [text_at(MARGIN, HEAD_Y, joined_head)]
        + (_body(CODE[2:], "F2") if listing else _body(PROSE[2:] + PROSE[:2])),
    ]
    return font_pages(["\n".join(page).encode("cp1252") for page in pages], FONTS)


def test_a_head_read_with_its_folio_inside_a_listing_is_furniture():
    (doc,) = parse_pdf(_book("6  APPENDIX A. COMPUTING THE TRIALS", listing=True))
    assert "APPENDIX A" not in doc.text
    assert "strtoul(argv[1], NULL, 10);\nif (errno == ERANGE) {" in doc.text
    removed = [(span.attrs or {}).get("text") for span in doc.layers.get("removed", [])]
    assert "6 APPENDIX A. COMPUTING THE TRIALS" in removed


def test_a_head_read_with_its_folio_over_prose_is_furniture():
    (doc,) = parse_pdf(_book("CHAPTER 3. EXPONENTIATION  6", listing=False))
    assert "EXPONENTIATION" not in doc.text
    assert doc.text.count(PROSE[2]) == 6
    removed = [(span.attrs or {}).get("text") for span in doc.layers.get("removed", [])]
    assert "CHAPTER 3. EXPONENTIATION 6" in removed


def test_a_heading_whose_number_is_no_folio_stays():
    """A heading "3 Results" atop page 6 at the heads' place: its number is not the page's."""
    (doc,) = parse_pdf(_book("3 Results of the trials", listing=False))
    assert "3 Results of the trials" in doc.text


LEADERS = " ." * 40


def _entry(y: float, number: str, title: str, page: int) -> list[str]:
    return [
        text_at(MARGIN + 15, y, f"{number} {title}{LEADERS}"[:70]),
        text_at(MEASURE - helvetica_width(str(page), 10), y, str(page)),
    ]


def test_a_list_of_figures_under_its_heading_is_contents():
    entries = [
        ("1.1", "Valuation of the library", 8),
        ("2.1", "Return codes", 9),
        ("3.1", "Comparison codes for a, b", 21),
        ("8.1", "Prime generation options", 48),
    ]
    figures = [text_at(MARGIN, 740, "List of Figures", size=24)]
    for at, entry in enumerate(entries):
        figures += _entry(690 - 22 * at, *entry)
    figures.append(text_at(290, 90, "vii"))
    text = [text_at(MARGIN, 740, "Chapter 1", size=20)] + _body(PROSE, top=700)
    (doc,) = parse_pdf(helvetica_pages(["\n".join(page).encode("cp1252") for page in (figures, text)]))
    assert "Comparison codes" not in doc.text
    assert " 21" not in doc.text and "vii" not in doc.text
    assert PROSE[0] in doc.text
    assert [span.label for span in doc.layers["removed"]].count("contents") == 1
