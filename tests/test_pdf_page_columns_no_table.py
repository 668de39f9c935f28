"""The two columns of a page set in two columns are no table's columns (issue 15, thirty-first check
row 4: Rcpp-FAQ.pdf, a two-column vignette). Its abstract in the left column stood level with the
contents' entries and page numbers in the right, and a question's heading stood level with the
other column's listing: each read as an unruled table, which took the abstract, the heading and the
listings out of the text. A table's cells line up row by row within
one column of the page, so each side of the page's gutter is judged alone. The pages below are
hand-built with those features; the sentences and code are sloika's own and the expected texts are
typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, one_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
MEASURE = 240  # points: each column's width; a paragraph's lines but its last are justified to it
LEFT, RIGHT = 54, 313  # the columns' left edges, a gutter of 19 points between them


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _prose(x: float, y: float, text: str, full: bool, size: float = SIZE) -> bytes:
    """A Helvetica line at (x, y); ``full``: its word spaces widened so that it ends at ``MEASURE``."""
    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000
    spacing = (MEASURE - natural) / text.count(" ") if full else 0.0
    return b"BT /F1 %.1f Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (size, spacing, x, y, _escaped(text))


def _paragraph(x: float, y: float, lines: list[str], size: float = SIZE) -> list[bytes]:
    leading = LEADING * size / SIZE
    return [_prose(x, y - leading * at, line, at < len(lines) - 1, size) for at, line in enumerate(lines)]


def _page(parts: list[bytes]) -> bytes:
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA)])


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _cells(doc) -> str:
    return " ".join(cell for s in doc.spans if s.label == "table" for row in s.attrs["rows"] for cell in row)


ABSTRACT = [
    "This note answers the questions asked most often",
    "about the package, from getting started to the",
    "known issues of some platforms and compilers.",
]
ENTRIES = [
    ("3.6 How do I write a plugin for the compiler", "7"),
    ("3.7 How can I pass one more flag to the compiler", "7"),
    ("3.8 How can I set the names of rows and columns", "8"),
    ("3.9 Why can long long types not be cast", "8"),
]
LEFT_BODY = [
    "Getting started is easy once the package is there:",
    "the first vignette walks through a small example",
    "and shows how a function is compiled, loaded and",
    "called from the session with a vector of numbers.",
]
RIGHT_BODY = [
    "The answers below assume a working compiler and",
    "a recent release of the package, which is what",
    "most platforms provide out of the box today for",
    "anyone who installs it from the usual archive.",
]


def test_abstract_beside_the_contents_stays_in_the_text():
    parts = _paragraph(LEFT, 700, ABSTRACT, size=8)
    for at, (entry, number) in enumerate(ENTRIES):
        y = 700.5 - 11.4 * at
        parts += [_prose(RIGHT, y, entry, False, 8.6), _prose(548, y, number, False, 8.6)]
    parts += _paragraph(LEFT, 600, LEFT_BODY) + _paragraph(RIGHT, 600, RIGHT_BODY)
    doc = parse_pdf(_page(parts))[0]
    abstract = " ".join(ABSTRACT)
    assert abstract in _paragraphs(doc.text), doc.text
    assert "questions" not in _cells(doc)
