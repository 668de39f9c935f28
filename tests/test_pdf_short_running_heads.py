"""Running heads of a short document (issue 15, thirty-seventh check, row 2): a three-page JSS-style
vignette sets its title over page 2 beside the folio at the margin ("2   Inserting figures …") and
the author's name over page 3 beside the folio at the other ("Georgi N. Boshnakov   3"). Neither
head repeats, so the repetition rule left them, and only the page numbers beside them were cut: the
title stood between a lead-in and its code, the name twice over "Affiliation:". A page's first row,
above the text block and set apart from it, of words beside a page number standing apart from them
is a running head; a numbered heading opening a page ("3 Results", its number an em from its words)
is text. A4 pages; words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_pages, helvetica_width, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

TITLE = "Reading short vignettes whole"
AUTHOR = "Ada Q. Writer"
HEAD_Y = 770.0  # the head's baseline, 72 pt from the A4 page's top: in its outer tenth
BODY_Y = 740.0  # the text block's first baseline, a skip under the head


def _page(rows: list[str], head: list[tuple[float, str]] = (), top: float = BODY_Y) -> bytes:
    """A page of ``rows`` of 10 pt text at the 72 pt margin, 12 pt apart from ``top``, under ``head``
    (pieces at their x on the head's row)."""
    ops = [text_at(x, HEAD_Y, text) for x, text in head]
    ops += [text_at(72, top - 12 * at, text) for at, text in enumerate(rows)]
    return "\n".join(ops).encode("cp1252")


def _centred(text: str) -> float:
    return (595 - helvetica_width(text, 10)) / 2


FIRST = [
    TITLE,
    "This note shows how a package prints its examples and figures when the help is built,",
    "for example when the following code is put at the top level of a help file (i.e. not in",
    "a section), where its result takes the place of the code:",
]
SECOND = [
    "The code is run and its output replaces it in the rendered page, with the lines of the",
    "session kept as they were printed, one under the other, for the reader to follow them.",
]
THIRD = [
    "Affiliation:",
    AUTHOR,
    "School of Reading, The University of Examples",
]


def test_heads_beside_folios_of_a_three_page_document_are_furniture():
    pages = [
        _page(FIRST, top=760),
        _page(SECOND, [(72, "2"), (_centred(TITLE), TITLE)]),
        _page(THIRD, [(_centred(AUTHOR), AUTHOR), (515, "3")]),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert doc.text.count(TITLE) == 1  # the title of page 1, not its head over page 2
    assert doc.text.count(AUTHOR) == 1  # the affiliation's, not the head over page 3
    assert "where its result takes the place of the code:\n\nThe code is run" in doc.text
    removed = [(span.label, (span.attrs or {}).get("text")) for span in doc.layers.get("removed", [])]
    assert ("debris", TITLE) in removed and ("debris", AUTHOR) in removed
    why = {(span.attrs or {}).get("text"): (span.attrs or {}).get("why") for span in doc.layers["removed"]}
    assert why[TITLE] == why[AUTHOR] == "page_furniture"


def test_a_numbered_heading_opening_a_page_is_text():
    """A heading's number stands an em from its words, no page number set apart from a head."""
    heading = [(72, "3"), (72 + helvetica_width("3", 10) + 10, "Results")]
    pages = [
        _page(FIRST, top=760),
        _page(SECOND, heading),
        _page(SECOND[::-1], [(72, "4"), (72 + helvetica_width("4", 10) + 10, "Discussion")]),
    ]
    (doc,) = parse_pdf(helvetica_pages(pages))
    assert "Results" in doc.text and "Discussion" in doc.text
