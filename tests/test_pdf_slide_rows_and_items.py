"""Beamer decks' leftovers of the fifty-eighth check (issue 15, rows 1 and 3: S4QuickOverview.pdf and
GRanges_and_GRangesList_slides.pdf): a listing row's quoted string moved onto the row above it, a
list item's wrapped rest split off its item, the paragraph back at the margin under a list glued
to its last item, and an item opening on a space where its bullet and a footnote mark were cut. All
texts here are written for the tests, expected texts typed by hand."""

from __future__ import annotations

import pytest
from pdfminer.fontmetrics import FONT_METRICS

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, helvetica_line, text_at, text_row  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TRIANGLE = (  # beamer's ▶ bullet: a glyph of a font that maps it to no character ("(cid:136)")
    b"<< /Type /Font /Subtype /Type1 /BaseFont /ZYXWVU+ZapfDingbats /FirstChar 136 /LastChar 136"
    b" /Widths [500] /Encoding << /Type /Encoding /Differences [136 /a136] >> >>"
)
FONTS = [(b"F1", HELVETICA), (b"F2", COURIER), (b"D", TRIANGLE)]
PITCH = 5.4  # Courier's letter width at 9 pt
QUOTE = 2.0  # Helvetica's right single quote at 9 pt: 0.222 em
PROSE = [
    "The validity method checks that the slots of the object agree with each other before any of the",
    "methods defined for the class may rely on them, so a broken object is reported when it is made.",
]


def _prose(y: float, text: str, x: float = 72) -> str:
    return text_at(x, y, text, 10, "F1")


def _code(y: float, text: str, x: float = 72) -> str:
    return text_at(x, y, text, 9, "F2")


def _quote(y: float, x: float) -> str:
    """A string's quote in the text font, its box raised half a row over its own row (beamer's
    listings take the quote from the text font: S4QuickOverview.pdf's 'snpid', 'chrom')."""
    return f"BT /F1 9 Tf {x} {y + 5.5} Td (\\222) Tj ET"


def _parse(pages: list[list[str]]):
    (doc,) = parse_pdf(font_pages(["\n".join(page).encode() for page in pages], FONTS))
    return doc


def _codes(doc) -> list[str]:
    return [doc.text[span.start : span.end] for span in doc.spans if span.label == "code"]


def test_a_quoted_string_under_the_end_of_the_row_above_stays_on_its_row():
    """The second row's string opens with its quote right under the first row's last letter: the
    quote's box, raised, touches both rows' pieces, and the string stays on its own row, not at the
    end of the row above ("… != 10)'chrom'" over "stop("slots 'snpid',  and …")."""
    head = 'stop("slots'
    first = "if (n != 10)"  # ends where the second row's opening quote starts
    at = 72 + (len(head) + 1) * PITCH
    assert at == pytest.approx(72 + len(first) * PITCH)
    tail = at + QUOTE + len("chrom") * PITCH
    page = [*(_prose(780 - 14 * n, line) for n, line in enumerate(PROSE))]
    page += [
        _code(740, "> check <- function(n) {"),
        _code(729, first, 72),
        _code(718, head, 72),
        _quote(718, at),
        _code(718, "chrom", at + QUOTE),
        _quote(718, tail),
        _code(718, 'differ")', tail + QUOTE + PITCH),
        _code(707, "}"),
    ]
    page += [_prose(680 - 14 * n, line) for n, line in enumerate(PROSE)]
    doc = _parse([page])
    assert _codes(doc) == ['> check <- function(n) {\nif (n != 10)\nstop("slots ’chrom’ differ")\n}']


def _item(y: float, text: str) -> bytes:
    """The ▶ bullet 12 pt right of the margin, then ``text`` at 10 pt 14 pt to its right."""
    return b"BT /D 10 Tf 84 %.2f Td (\\210) Tj ET " % y + text_row(98, y, text, 10)


def _slide_text(*lines: bytes) -> str:
    return parse_pdf(font_pages([b"\n".join(lines)], FONTS))[0].text


def test_an_items_wrapped_rest_at_its_text_goes_on_its_item():
    """An item's first line ends on a name's closing bracket, its rest wrapped under the item's
    text right of the ▶ bullet (a glyph mapped to no character): one item, not the item and a
    paragraph "function)." of its own."""
    text = _slide_text(
        helvetica_line(72, 760, "Joining two tables", 12),
        helvetica_line(72, 735, "Two tables can be joined when they are compatible:", 10),
        _item(720, "they are keyed by the same column of the same type,"),
        _item(705, "AND they hold the same kinds of values in their columns (as told by the typeof()"),
        text_row(98, 693, "function)."),
        _item(678, "the joined table is sorted by its key, whichever of the two came first."),
    )
    assert text.split("\n\n")[2:] == [
        "they are keyed by the same column of the same type,",
        "AND they hold the same kinds of values in their columns (as told by the typeof() function).",
        "the joined table is sorted by its key, whichever of the two came first.",
    ], text


def test_a_paragraph_back_at_the_margin_under_a_lists_last_item_is_its_own():
    """The list's last item, as wide as the paragraph under it, ends on a bracket; the paragraph
    starts back at the margin the list is set in from, left of the ▶ bullets, an item skip under it:
    a paragraph of its own, not the item's rest."""
    last = "mapply() over two lists of tables at once, pairing them (not covered in these slides)"
    end = 98 + sum(FONT_METRICS["Helvetica"][1][char] for char in last) * 10 / 1000
    text = _slide_text(
        helvetica_line(72, 760, "Operations on lists of tables", 12),
        helvetica_line(72, 735, "What we call list operations work on any ordinary list of tables:", 10),
        _item(720, "double-bracket subsetting and unlisting"),
        _item(706, "lapply() and sapply() over the tables"),
        _item(692, last),
        helvetica_line(
            72, 677.5, "Lists of tables support all of these operations, so that a list of them", 10, end
        ),
        helvetica_line(72, 665.5, "is considered a list itself.", 10),
    )
    assert text.split("\n\n")[2:] == [
        "double-bracket subsetting and unlisting",
        "lapply() and sapply() over the tables",
        last,
        "Lists of tables support all of these operations, so that a list of them is considered a list"
        " itself.",
    ], text


def test_an_item_with_a_footnote_mark_opens_on_its_text_not_a_space():
    """An item whose bullet maps to no character holds a footnote mark: both cut, the item opens on
    its first word, not on the space that stood between the bullet and the text."""
    text = _slide_text(
        helvetica_line(72, 760, "The main ideas", 12),
        _item(735, "The parts: classes, generic functions and methods"),
        b"BT /F1 10 Tf 98 720 Td (The core: tables) Tj /F1 7 Tf 4 Ts (1) Tj"
        b" /F1 10 Tf 0 Ts (, keys and joins) Tj ET",
        b"BT /D 10 Tf 84 720 Td (\\210) Tj ET",
        _item(705, "The glue: a join by one key or by several keys"),
        b"BT /F1 6 Tf 72 103 Td (1) Tj ET",
        text_row(76, 100, "also called relations, as the older texts name them", 8),
    )
    assert "The core: tables, keys and joins" in text.split("\n\n"), text
