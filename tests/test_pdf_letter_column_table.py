"""A table whose first column is single letters keeps them in its rows (issue 15, held-out check:
codicefiscaleitaliano.pdf's Table 1, letters A–Z beside their values, went to ``removed`` as a
``letter_column``, a watermark's letters, while its rows ["0", "1"], ["1", "0"] stayed without
them). Page hand-built; values typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page, without_tables  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

ROWS = [
    ("0", "1", "0"),
    ("1", "0", "1"),
    ("2", "5", "2"),
    ("A", "1", "0"),
    ("B", "0", "1"),
    ("C", "5", "2"),
    ("D", "7", "3"),
]  # a character, its value in an odd place, in an even place: digits first, then letters


def _page() -> bytes:
    """A sentence, the table (character at x 200, its values at 260 and 320, a row every 12 pt), a
    sentence after it."""
    parts = [
        b"BT /F1 10 Tf 72 760 Td (Each character of the code counts by where it stands, as follows:) Tj ET"
    ]
    y = 736
    for row in ROWS:
        for x, cell in zip((200, 260, 320), row, strict=True):
            parts.append(b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, y, cell.encode()))
        y -= 12
    parts.append(
        b"BT /F1 10 Tf 72 %d Td (The sum of the values picks the control letter at the end.) Tj ET" % (y - 12)
    )
    return helvetica_page(b"\n".join(parts))


def test_a_tables_column_of_letters_stays_in_its_rows():
    (doc,) = parse_pdf(_page())
    tables = [s for s in doc.spans if s.label == "table"]
    assert len(tables) == 1
    assert tables[0].attrs["rows"] == [list(row) for row in ROWS]
    assert not [s for s in doc.layers.get("removed", []) if (s.attrs or {}).get("why") == "letter_column"]
    assert without_tables(doc).split("\n\n") == [
        "Each character of the code counts by where it stands, as follows:",
        "The sum of the values picks the control letter at the end.",
    ]
