"""A table's first column of typewriter names, set at the text block's left edge under its own head,
with the descriptions beside it, is the table's column, not a stack of margin names (issue 15, held-out
check leftovers: a user guide's method tables, alone on their page, lost their name column to
`removed` as `margin_note`, and the descriptions ran on as one paragraph). A margin name stands
left of the text block: no roman line of the page starts where it does. Each name stands before its
description."""

from __future__ import annotations

from pdf_objects import HELVETICA, one_page

from sloika.pipelines.formats.pdf import parse_pdf

COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"

HEADS = ["Library function", "purpose"]
ROWS = [
    ("Mx_Filter_new", "create a user-defined filter object"),
    ("Mx_Filter_named_new", "create a named user-defined filter object"),
    ("Mx_Filter_wait", "wait for a user-defined filter object"),
    ("Mx_Filter_type_name", "return the name of the output type"),
    ("Mx_Filter_free", "free a user-defined filter object"),
]
COLUMNS = (117, 290)


LEAD = "The library offers these functions for filters."


def _table_page() -> bytes:
    """The table under a sentence, as a longtable of a user guide sets it: the heads in 10 pt
    Helvetica, the names in 10 pt Courier, the descriptions in Helvetica, each column's cells
    starting where its head does, 12 pt a row; the longest name has 19 characters."""
    parts = [f"BT /F1 10 Tf {COLUMNS[0]} 724 Td ({LEAD}) Tj ET"]
    parts += [f"BT /F1 10 Tf {x} 700 Td ({head}) Tj ET" for x, head in zip(COLUMNS, HEADS, strict=True)]
    for at, row in enumerate(ROWS):
        y = 688 - 12 * at
        fonts = ("F2", "F1")
        parts += [
            f"BT /{f} 10 Tf {x} {y} Td ({cell}) Tj ET" for f, x, cell in zip(fonts, COLUMNS, row, strict=True)
        ]
    return one_page("\n".join(parts).encode(), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_name_column_under_its_head_stays_with_its_descriptions():
    """The names are the table's first column, each in its row beside its description (a table, as
    readers.md sets tables out of the text since issue-tables44: a roman header over typewriter
    keys), none a `margin_note`."""
    parsed = parse_pdf(_table_page())[0]
    removed = parsed.layers.get("removed", [])
    assert [span for span in removed if span.label == "margin_note"] == []
    tables = [s.attrs["rows"] for s in parsed.spans if s.label == "table"]
    assert tables == [[HEADS, *(list(row) for row in ROWS)]], (tables, parsed.text)
    assert LEAD in parsed.text
