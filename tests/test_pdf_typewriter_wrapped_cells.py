"""A typewriter table whose descriptions wrap onto lines of their own (feynmf.pdf's option tables:
"label.angle | force placement of the label at the given" over "angle from the vertex") is one table,
all its rows in its `table` span: the table ended at its first wrapped cell, its last rows left in the
text inside the sentence running round it, and a table wrapped on its first row stayed in the text
whole (issue 15, issue-feynB). A description set in pieces, as a justified cell's words can be read
("scale factor" | "for crossing out"), is its row's too. Expected text and keys are written by hand
from the fixture's cells (``pdf_tables._typewriter_tables``)."""

from __future__ import annotations

import pytest
from pdf_objects import HELVETICA, one_page, without_tables
from test_pdf_typewriter_table import COURIER, _escaped

from sloika.pipelines.formats.pdf import parse_pdf

BEFORE = "The options every vertex takes are collected in the table below, with what each does."
AFTER = "Options can be abbreviated as long as the abbreviation is unique among the options."
KEYS = ["label", "label.angle", "label.dist", "rubout", "background"]
DESCRIPTIONS = [
    ["TeX text for labeling the vertex"],
    ["force placement of the label at the given", "angle from the vertex"],
    ["place label at a distance dist"],
    ["scale factor|for crossing out"],
    ["background color", "(METAPOST only!)"],
]


def _page(first_wrapped: bool) -> bytes:
    """Prose at x 72 in 12 pt Helvetica; the header "Name" / "Explanation" in Helvetica at x 112 and
    214, each key in Courier at x 112, its description in Helvetica at x 214, a wrapped line 14
    points under the one before with no key ("|" parts a description's pieces, the second at x 320);
    with ``first_wrapped`` the first row's description wraps too; prose again under the table."""
    descriptions = (
        [["TeX text for labeling", "the vertex"], *DESCRIPTIONS[1:]] if first_wrapped else DESCRIPTIONS
    )
    parts = [b"BT /F1 12 Tf 72 700 Td (%s) Tj ET" % _escaped(BEFORE)]
    parts += [
        b"BT /F1 12 Tf %d 672 Td (%s) Tj ET" % (x, text)
        for x, text in ((112, b"Name"), (214, b"Explanation"))
    ]
    y = 652
    for key, lines in zip(KEYS, descriptions, strict=True):
        parts.append(b"BT /F2 12 Tf 112 %d Td (%s) Tj ET" % (y, _escaped(key)))
        for line in lines:
            for x, piece in zip((214, 320), line.split("|"), strict=False):
                parts.append(b"BT /F1 12 Tf %d %d Td (%s) Tj ET" % (x, y, _escaped(piece)))
            y -= 14
    parts.append(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET" % (y - 20, _escaped(AFTER)))
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


@pytest.mark.parametrize("first_wrapped", [False, True])
def test_a_typewriter_table_with_wrapped_descriptions_is_read_whole(first_wrapped):
    doc = parse_pdf(_page(first_wrapped))[0]
    assert without_tables(doc) == f"{BEFORE}\n\n{AFTER}", without_tables(doc)
    tables = [s.attrs["rows"] for s in doc.spans if s.label == "table"]
    assert len(tables) == 1, tables
    keys = [row[0] for row in tables[0] if row[0] in KEYS]
    assert keys == KEYS, tables
