"""Conservation where an aligned block's region grows over rows (issue 15): each line the reader reads
ends in the kept text, a ``table`` span's cells or a ``removed`` record, whether the region is a table
with typewriter heads over its roman cells (``_labels_taken``) or a session's listing beside a column
of short lines (Rcpp-modules.pdf's "vec <- mod_vec$vec" beside the other column's ";", read in rows by
``_read_in_rows`` when roman). Passes on the base too: the loss reported there was table cells the
dump did not show (docs/benchmarks.md, issue-pdf148). Pages hand-built, texts sloika's own."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, text_at  # noqa: E402

from sloika.pipelines.formats.base import Parsed  # noqa: E402
from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
WORD = re.compile(r"\w+")
HEADS = [(150, "site"), (230, "rainfall"), (310, "days"), (390, "peak")]
CELLS = [
    ("AV-103", "124", "3.10", "41"),
    ("BE-117", "98", "2.81", "37"),
    ("CA-142", "150", "4.06", "52"),
    ("CL-150", "133", "3.55", "44"),
]
# a session's lines at the left, mostly typewriter; the other column's roman lines beside them
SESSION = [
    "tab <- mod_tab$tab",
    "t <- new(tab)",
    "t$reserve(50L)",
    "t$assign(1:10)",
    "t$push_back(10)",
    "t$size()",
]
BESIDE = [";", "}", "hello()", "bla()", "compileFile('sites.cpp')", "the functions open and close are"]


def _found(doc: Parsed) -> list[str]:
    """The words of the text, of every table's cells and of every ``removed`` record."""
    cells = [
        cell for span in doc.spans if span.label == "table" for row in span.attrs["rows"] for cell in row
    ]
    records = [span.attrs.get("text", "") for span in doc.layers.get("removed", [])]
    return WORD.findall(" ".join([doc.text, *cells, *records]))


def _missing(drawn: list[str], doc: Parsed) -> list[str]:
    """The drawn lines with a word found nowhere in ``doc``."""
    found = set(_found(doc))
    return [line for line in drawn if not set(WORD.findall(line)) <= found]


def _page(lines: list[str]) -> Parsed:
    (doc,) = parse_pdf(font_pages(["\n".join(lines).encode()], FONTS))
    return doc


def test_heads_a_table_grows_over_are_its_cells_or_text():
    drawn = ["The totals measured at each of the sites over the month are given below."]
    lines = [text_at(72, 760, drawn[0])]
    lines += [text_at(x, 712, head, font="F2") for x, head in HEADS]
    drawn += [head for _, head in HEADS]
    for at, row in enumerate(CELLS):
        lines += [text_at(x, 700 - 12 * at, cell) for (x, _), cell in zip(HEADS, row, strict=True)]
        drawn += list(row)
    assert _missing(drawn, _page(lines)) == []


@pytest.mark.parametrize("font", ["F1", "F2"])  # roman: read in rows (``_read_in_rows``); typewriter
def test_a_listing_under_a_row_of_heads_loses_no_line(font):
    drawn = ["A module is loaded and its class used from the session as follows, line by line."]
    lines = [text_at(72, 760, drawn[0])]
    for at, (code, other) in enumerate(zip(SESSION, BESIDE, strict=True)):
        lines += [text_at(72, 730 - 12 * at, code, font=font), text_at(320, 730 - 12 * at, other)]
        drawn += [code, other]
    lines.append(text_at(72, 640, "The class holds its values and grows as they are pushed back onto it."))
    drawn.append("The class holds its values and grows as they are pushed back onto it.")
    assert _missing(drawn, _page(lines)) == []
