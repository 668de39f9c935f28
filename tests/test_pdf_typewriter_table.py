"""A table whose first column is set in typewriter and whose other columns are not (cstex's prvni.pdf:
"\\magstep2 | 1,2 = 1,44 | 1440") stays a table, a row of cells each, and not key rows with its last
column of numbers in `removed` (issue 15: a regression of CSTeX's typewriter fonts counting as
monospaced). A key beside its one description stays a key row (test_pdf_key_tables). Expected rows are
written by hand from the fixture's cells. The rule came back with the header row of short roman cells
over the keys that tells a table from a listing set beside its output (``pdf_tables._typewriter_row``)."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

BEFORE = "The table lists the scaling steps every common format defines, each with its factor."
HEADER = ("step", "factor", "stored as")
ROWS = [
    (r"\scalestep0", "1:1 (no scaling)", "1000"),
    (r"\scalestep1", "1.2", "1200"),
    (r"\scalestep2", "1.2 x 1.2 = 1.44", "1440"),
    (r"\scalestep3", "1.728", "1728"),
]
AFTER = "Sizes set in steps of 1.2 have long been a good habit of typography."


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _page() -> bytes:
    """Prose at x 72 in 12 pt Helvetica; the header in Helvetica and the rows 14 points apart, the
    first cell in 12 pt Courier at x 112, the others in Helvetica at x 214 and 345 (drawn column by
    column, as TeX's \\halign leaves them for pdfminer); prose again under the table."""
    parts = [b"BT /F1 12 Tf 72 700 Td (%s) Tj ET" % _escaped(BEFORE)]
    for x, text in zip((112, 214, 345), HEADER, strict=True):
        parts.append(b"BT /F1 12 Tf %d 672 Td (%s) Tj ET" % (x, _escaped(text)))
    for column, (x, font) in enumerate(((112, b"F2"), (214, b"F1"), (345, b"F1"))):
        for at, row in enumerate(ROWS):
            cell = _escaped(row[column])
            parts.append(b"BT /%s 12 Tf %d %d Td (%s) Tj ET" % (font, x, 652 - 14 * at, cell))
    parts.append(b"BT /F1 12 Tf 72 580 Td (%s) Tj ET" % _escaped(AFTER))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_table_with_a_typewriter_first_column_stays_a_table():
    doc = parse_pdf(_page())[0]
    tables = [s for s in doc.spans if s.label == "table"]
    rows = [table.attrs["rows"] for table in tables]
    assert rows == [[list(HEADER), *(list(row) for row in ROWS)]], (rows, doc.text)
    removed = [(s.attrs.get("text"), s.attrs.get("why")) for s in doc.layers.get("removed", [])]
    assert removed == []
    assert BEFORE in doc.text and AFTER in doc.text
