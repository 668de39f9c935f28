"""Beamer decks' leftovers of the fifty-eighth check (issue 15, rows 1 and 3: S4QuickOverview.pdf and
GRanges_and_GRangesList_slides.pdf): a listing row's quoted string moved onto the row above it, a
list item's wrapped rest split off its item, and the paragraph back at the margin under a list glued
to its last item. All texts here are written for the tests, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
PITCH = 5.4  # Courier's letter width at 9 pt
QUOTE = 2.0  # Helvetica's right single quote at 9 pt: 0.222 em
PROSE = [
    "The validity method checks that the slots of the object agree with each other before any of the",
    "methods defined for the class may rely on them, so a broken object is reported when it is made.",
]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _prose(y: float, text: str, x: float = 72) -> str:
    return f"BT /F1 10 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


def _code(y: float, text: str, x: float = 72) -> str:
    return f"BT /F2 9 Tf {x} {y} Td ({_escaped(text)}) Tj ET"


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
