"""Listings set side by side in columns under a sentence (issue 15, the fifty-third held-out check's
row 4, a beamer deck of MATLAB sessions, slide 13): three commands in a row, each over its "ans ="
and the column of values it printed, under an item ending "… Then". The first column's command was
read on the sentence ("… Then >> a == b") and the other two left as a row of their own. Names,
sentences and positions sloika's own; expected texts typed by hand (Courier 10 pt: 6 pt a column)."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, font_pages, helvetica_line  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
ITEMS = [
    "• Both sides of a comparison must hold dates of one and the same frequency",
    "• Returns the result of an element-wise comparison of the two sides",
    "• Let u be two weekly dates, v one weekly date and w two more of them. Then",
]
COLUMNS = (90.0, 210.0, 330.0)  # each column's left edge: 20 Courier columns apart


def _page(rows: list[tuple[float, list[str]]]) -> bytes:
    """The items one every 15 pt from the top, then ``rows`` (the gap over the row, one piece a
    column), each piece in Courier at its column, its leading blanks as room (MATLAB's right-aligned
    values: the "1" five columns in)."""
    content = [helvetica_line(72, 760 - 15 * at, item, 10) for at, item in enumerate(ITEMS)]
    y = 760 - 15 * (len(ITEMS) - 1)
    for gap, pieces in rows:
        y -= gap
        for x, piece in zip(COLUMNS, pieces, strict=True):
            content.append(code_line(x + 6 * (len(piece) - len(piece.lstrip())), y, piece.lstrip(), 10))
    return font_pages([b"\n".join(content)], FONTS)


def test_three_sessions_side_by_side_read_as_rows_apart_from_the_sentence():
    """Slide 13: ">> u == v" stood right under "… Then" and was read on the sentence; each column's
    command stays over its answer, the rows aligned as the slide sets them."""
    rows = [
        (15, [">> u == v", ">> u > v", ">> w < u"]),
        (24, ["ans =", "ans =", "ans ="]),
        (24, ["     1", "     0", "     1"]),
        (12, ["     0", "     1", "     0"]),
    ]
    (doc,) = parse_pdf(_page(rows))
    assert doc.text.split("\n\n") == [
        *ITEMS,
        ">> u == v           >> u > v            >> w < u",
        "ans =               ans =               ans =",
        "     1                   0                   1\n     0                   1                   0",
    ]
