"""Short cells inside a ruled table are its cells, not a word written down the margin (issue 15,
check 43's row 05: OaklispSummary.pdf's List Operations table, its "D" (destructive) column head
over the "no" cells of car, cdr and c????r, cut as a ``letter_column``; the last of them stands on
a row with nothing right of it, so no rule between it and a cell beside it told it from a
watermark). A run of one- or two-letter lines each between two rules down, close on either side,
stands in the table's cells. Texts written for the tests (Helvetica 10 pt, rules cell by cell)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, text_at, without_tables  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEAD = "The list operations below differ in speed and in whether they change the list they are given."
AFTER = "A destructive operation changes its argument in place, and the old list is gone with it."
EDGES = (72, 140, 260, 290, 420)  # the table's rules down, left to right
ROWS = [
    ["Name", "Comment", "D", "Example"],
    ["car", "first element", "no", "(car '(A B))"],
    ["cdr", "rest of list", "no", "(cdr '(A B))"],
    ["cadr", "second element", "no", ""],
    ["set!", "replace a cell", "yes", "(set! x 'Y)"],
]


def _page() -> bytes:
    """The lead-in, ``ROWS`` ruled round each cell, 16 pt a row, and a sentence after them."""
    parts = [text_at(72, 740, LEAD)]
    top = 720
    for row in ROWS:
        bottom = top - 16
        parts += [text_at(x + 4, bottom + 5, cell) for x, cell in zip(EDGES, row, strict=False) if cell]
        parts += [f"0.4 w {x} {top} m {x} {bottom} l S" for x in EDGES]
        parts.append(f"{EDGES[0]} {top} m {EDGES[-1]} {top} l S")
        top = bottom
    parts.append(f"{EDGES[0]} {top} m {EDGES[-1]} {top} l S")
    parts.append(text_at(72, top - 30, AFTER))
    return "\n".join(parts).encode()


def test_a_ruled_tables_short_cells_stay_in_its_rows():
    (doc,) = parse_pdf(font_pages([_page()], [(b"F1", HELVETICA)]))
    assert [span.attrs["text"] for span in doc.layers.get("removed", [])] == []
    rows = [row for span in doc.spans if span.label == "table" for row in span.attrs["rows"]]
    assert rows == [[cell for cell in row if cell] for row in ROWS]
    assert without_tables(doc) == f"{LEAD}\n\n{AFTER}"
