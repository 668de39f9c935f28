"""An unruled two-column table, a header row of short roman cells ("Variable", "Description") over rows
each opening with a typewriter key beside its roman description (ifeffit_tutorial.pdf's tables of the
variables pre_edge() and spline() set), is a table: the header row and each key with its description,
in row order, in one `table` span, its short cells ("∆R") no math debris. Read as aligned lines, its
keys paired with nothing: "Variable" was glued to the first row, "Description" stood after the table,
a description came a row late, and "∆R" and "σ²" went to `removed` as `math` (issue 15). A key and
its description set in one text object, read by pdfminer as one line ("kweight w, the k-weight …"),
are two cells. Expected rows written by hand from the fixture's cells."""

from __future__ import annotations

from pdf_objects import COURIER, HELVETICA, escaped, one_page, tex_font, text_row, without_tables

from sloika.pipelines.formats.pdf import parse_pdf

CMR = tex_font(b"KBOUDQ+CMR10", b"68 /Delta")
CMMI = tex_font(b"KBOUDP+CMMI10", b"82 /R")
BEFORE = "The arguments that the spline command takes to fit its background function are these ones:"
AFTER = "Please note that these values are appropriate for most data sets measured at the edge."
ROWS = [
    ("rbkg", "Rbkg, the highest R value to consider background"),
    ("kmin", "kmin, the starting k for the Fourier transform"),
    ("delr", "\u2206R"),
    ("kmax", "kmax, the last k for the Fourier transform"),
]
JOINED = ("kweight", "w, the k-weight factor for the Fourier transform.")


def _page() -> bytes:
    """Prose at x 72 in 11 pt Helvetica; the header at x 112 and 172, rows 13.5 pt apart, the keys in
    Courier at 112, the descriptions in Helvetica at 172 ("∆R" in TeX's CMR and CMMI), the last row's key and
    description in one text object; prose again under the table."""
    parts = [
        text_row(72, 700, BEFORE, 11),
        text_row(112, 680, "Variable", 11),
        text_row(172, 680, "Description", 11),
    ]
    for at, (key, description) in enumerate(ROWS):
        y = 666.5 - 13.5 * at
        parts.append(text_row(112, y, key, 11, b"F2"))
        if description.startswith("\u2206"):
            parts.append(b"BT /F3 11 Tf 172 %.1f Td (D) Tj /F4 11 Tf (R) Tj ET" % y)
        else:
            parts.append(text_row(172, y, description, 11))
    y = 666.5 - 13.5 * len(ROWS)
    key, description = JOINED
    parts.append(
        b"BT /F2 11 Tf 112 %.1f Td (%s) Tj /F1 11 Tf 60 0 Td (%s) Tj ET"
        % (y, escaped(key), escaped(description))
    )
    parts.append(text_row(72, y - 20, AFTER, 11))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER), (b"F3", CMR), (b"F4", CMMI)])


def test_a_key_and_description_table_under_a_roman_header_is_a_table():
    doc = parse_pdf(_page())[0]
    rows = [s.attrs["rows"] for s in doc.spans if s.label == "table"]
    expected = [
        ["Variable", "Description"],
        ["rbkg", "Rbkg, the highest R value to consider background"],
        ["kmin", "kmin, the starting k for the Fourier transform"],
        ["delr", "\u2206R"],
        ["kmax", "kmax, the last k for the Fourier transform"],
        ["kweight", "w, the k-weight factor for the Fourier transform."],
    ]
    assert rows == [expected], (rows, without_tables(doc))
    assert without_tables(doc) == f"{BEFORE}\n\n{AFTER}", without_tables(doc)
    assert [s.attrs for s in doc.layers.get("removed", [])] == []
