"""A two-column R vignette in the "pinp" style (issue 15, check 47 row 4: RcppAnnoy's
UsingAnnoyInCcppWrapper.pdf). Its foot line runs across both columns, "URL   Title Vignette | date |
1–2" on a recto, "2 | URL   Author" on a verso, and the text layer reads it as a piece under each
column; the whole line is furniture, none of it a paragraph of the text. Geometry after the vignette
(A4, 9 pt body, 6 pt foot); words sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_line, helvetica_pages, removed_texts  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

URL = "https://cran.r-project.org/package=Tinsel"
LEFT = [
    "The tinsel package counts the beads on a string and",
    "reports how many of them are red, how many are blue",
    "and how many have lost their colour in the sun. It is",
    "meant for small strings, a few hundred beads at most,",
    "and it reads them from a plain text file, one bead to",
    "a line, so that any editor can be used to write them.",
]
RIGHT = [
    "A string is read with one call, and the counts come",
    "back as a named vector that the caller may print, sort",
    "or store for later; the colours are matched without",
    "regard to case, so Red and red are the same bead. To",
    "count the beads of a string kept in a file, we write:",
]
VERSO = [
    "The counts are kept in the order in which the colours",
    "first appear on the string, which is the order most",
    "readers expect when they compare two strings by eye.",
]


def _column(x: float, lines: list[str], top: float = 760) -> list[bytes]:
    return [helvetica_line(x, top - 11 * at, line, 9) for at, line in enumerate(lines)]


def _pinp_vignette() -> bytes:
    """Two pages: two columns of prose over a recto foot line of four parts set across the page, then
    a column over a verso foot line of three."""
    recto = [
        *_column(51.7, LEFT),
        *_column(310.5, RIGHT),
        helvetica_line(51.7, 40, URL, 6),
        helvetica_line(429.7, 40, "Tinsel Vignette", 6),
        helvetica_line(492.7, 40, "| November 19, 2020", 6),
        helvetica_line(563.9, 40, "|", 6),
        helvetica_line(572.5, 40, "1\u20132", 6),
    ]
    verso = [
        *_column(56.2, VERSO),
        helvetica_line(29.2, 40, "2", 6),
        helvetica_line(39.6, 40, "|", 6),
        helvetica_line(48.2, 40, URL, 6),
        helvetica_line(550.0, 40, "Bead", 6),
    ]
    return helvetica_pages([b"\n".join(recto), b"\n".join(verso)])


def test_a_foot_line_across_both_columns_goes_whole_on_either_page():
    doc = parse_pdf(_pinp_vignette(), foreign="keep")[0]
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [" ".join(LEFT), " ".join(RIGHT), " ".join(VERSO)], paragraphs
    assert URL in " ".join(removed_texts(doc, "page_foot")), doc.layers.get("removed")
