"""A table whose rows pdfminer read whole stays one table (issue 15, fiftieth check row 06).

texlive-lang-cjk's c90.pdf sets its ligature rules as tables of italic class names with subscripts
("base_desclike lower → base_descless lower"): in a row holding a column's widest cell the cells stand
a word space apart, so pdfminer reads the row as one line of several words. Taken for prose, such a
row cut its table in two: Table 4's rows 1–3 and 6–12 were two records, rows 4 and 5 a paragraph of
the text. The fixture below sets such a table in Helvetica-Oblique between two paragraphs; the
expected rows and text are written by hand.
"""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page, text_row, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

OBLIQUE = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>"
BEFORE = "The tables below give the ligature rules for the classes of diacritical marks in the font."
AFTER = "Each rule keeps the left glyph and replaces the right one with its shifted variant here."
CAPTION = "Table 4: Ligature rules for diacritical marks."
COLUMNS = (150.0, 215.0, 320.0)
ROWS = [
    ("base", "top -> base", "top low"),
    ("base desc", "lower -> base desc", "lower low"),
    ("base desc", "top -> base desc", "top low"),
    ("base desclike lower -> base descless lower",),  # read whole: its cells a word space apart
    ("base desclike top -> base desclike top low",),
    ("base asc", "lower -> base asc", "lower left"),
    ("base asc", "upper -> base asc", "upper left"),
    ("base asc", "top -> base asc", "top low-left"),
]
PITCH = 15.5


def _page() -> bytes:
    """Prose, the table (each row's cells at ``COLUMNS``, a row read whole as one string from the first
    column's edge), its caption and prose under it."""
    parts = [text_row(72, 700, BEFORE)]
    top = 670.0
    for at, row in enumerate(ROWS):
        parts += [
            text_row(x, top - PITCH * at, cell, font=b"F2") for x, cell in zip(COLUMNS, row, strict=False)
        ]
    bottom = top - PITCH * len(ROWS)
    parts += [text_row(150, bottom - 10, CAPTION), text_row(72, bottom - 40, AFTER)]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", OBLIQUE)])


def test_a_row_read_whole_keeps_its_table_whole() -> None:
    (doc,) = parse_pdf(_page())
    tables = [span for span in doc.spans if span.label == "table"]
    assert len(tables) == 1
    assert [" ".join(row) for row in tables[0].attrs["rows"]] == [" ".join(row) for row in ROWS]
    assert without_tables(doc) == f"{BEFORE}\n\n{CAPTION}\n\n{AFTER}"
