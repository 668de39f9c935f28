"""A display formula cut out of the text ends the paragraph before it (issue 15, twenty-second check
row 2: r-cran-fastcluster's fastcluster.pdf ran "…the average distance between the points in the two
clusters:" on into the next entry, "method='mcquitty': d(K, L) = …", over a page's last display):
the line after the display opens a paragraph of its own unless it visibly goes on the sentence, in
lower case at the text's indent ("where a and b are …"). Pages hand-built, a description list whose
entries hang at 22 pt, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, tex_font  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

CMMI = tex_font(b"KBOUDP+CMMI10", b"")

# "d(A, B) = max d(a, b)" as TeX sets it: the letters in math italic (/M), "max", brackets and signs
# in the text font (/F1)
DISPLAY = b"/M 10 Tf (d) Tj /F1 10 Tf (\\() Tj /M 10 Tf (A) Tj /F1 10 Tf (, ) Tj /M 10 Tf (B) Tj"
DISPLAY += b" /F1 10 Tf (\\) = max ) Tj /M 10 Tf (d) Tj /F1 10 Tf (\\() Tj /M 10 Tf (a) Tj"
DISPLAY += b" /F1 10 Tf (, ) Tj /M 10 Tf (b) Tj /F1 10 Tf (\\)) Tj"

TERM = "method='single': the nodes to be joined are the two whose distance is the least of all."
FIRST = "The distance between two clusters is the largest distance between any two of its points"
SECOND = "taken one from each of the two clusters, which is written here as"
NEXT = "method='average': the distance between the clusters is the mean of all distances."
AFTER = "The entry after it is set in the same way as the one above, with its own description."
WHERE = "where a and b are points of the two clusters and d is the distance between the two."


def _row(x: int, y: int, text: str) -> bytes:
    return b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, text.encode())


def _parse(overleaf: list[bytes]):
    """The first entry, its description ending on a page's last display, and ``overleaf``."""
    first = [
        _row(72, 760, TERM),
        _row(94, 745, FIRST),
        _row(94, 733, SECOND),
        b"BT 230 712 Td " + DISPLAY + b" ET",
    ]
    (doc,) = parse_pdf(
        font_pages([b"\n".join(first), b"\n".join(overleaf)], [(b"F1", HELVETICA), (b"M", CMMI)])
    )
    return doc


def test_an_entry_after_a_display_opens_a_paragraph():
    """The next term, at the list's margin left of the description's hanging indent, was joined to
    "…written here as" across the cut display: it opens a paragraph of its own."""
    doc = _parse([_row(72, 780, NEXT), _row(94, 765, AFTER)])
    # the display, one line, stays a ``math`` paragraph where it stood (it went to ``removed``
    # before display formulas written on one line were kept, ``pdf_display_formulas``)
    assert doc.text == f"{TERM}\n\n{FIRST} {SECOND}\n\nd(A, B) = max d(a, b)\n\n{NEXT}\n\n{AFTER}"
    assert "removed" not in doc.layers


def test_a_sentence_that_goes_on_after_a_display_still_joins():
    """Control: "where a and b are …", in lower case at the description's indent, goes on the sentence
    after the display, which stays between its halves as a ``math`` paragraph (before display
    formulas written on one line were kept, the display went to ``removed`` and the halves joined)."""
    doc = _parse([_row(94, 780, WHERE), _row(72, 750, NEXT)])
    assert doc.text == f"{TERM}\n\n{FIRST} {SECOND}\n\nd(A, B) = max d(a, b)\n\n{WHERE}\n\n{NEXT}"
