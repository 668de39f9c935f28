"""A table's column heads set in typewriter over its roman cells (issue 15, thirty-fifth check row 1,
HSAUR3's Table 6.1: "galaxy  velocity" / "distance" stood as paragraphs between the caption and the
source line while the table's body was a span): the row right over a table's first row whose lines
stand over its columns, starting or ending where its cells do, is the table's head. Pages hand-built,
texts sloika's own."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, font_pages, text_at, without_tables  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

FONTS = [(b"F1", HELVETICA), (b"F2", COURIER)]
# two groups of three right-aligned columns side by side, as a long two-column list is set
ENDS = (200.0, 254.0, 307.0, 369.0, 423.0, 476.0)
HEADS = ("gauge", "rainfall", "days") * 2
ROWS = [
    ("AV-103", "124", "3.10", "DU-220", "72", "2.75"),
    ("BE-117", "98", "2.81", "EL-231", "119", "3.93"),
    ("CA-142", "150", "4.06", "FA-245", "85", "2.50"),
    ("CL-150", "133", "3.55", "GL-251", "101", "3.02"),
    ("CO-166", "77", "1.98", "HA-260", "140", "4.11"),
]


def _right(text: str, end: float, y: float, font: str) -> str:
    name = "Courier" if font == "F2" else "Helvetica"
    width = sum(FONT_METRICS[name][1][char] for char in text) / 100
    return text_at(round(end - width, 2), y, text, font=font)


def test_typewriter_heads_over_a_table_are_the_tables():
    lines = [
        text_at(72, 760, "The totals measured at each of the ten sites over the month are given below."),
        text_at(150, 730, "Table 1: Monthly totals at ten sites, in millimetres."),
        *(_right(head, end, 712, "F2") for head, end in zip(HEADS, ENDS, strict=True)),
    ]
    for at, row in enumerate(ROWS):
        lines += [_right(cell, end, 700 - 12 * at, "F1") for cell, end in zip(row, ENDS, strict=True)]
    lines.append(text_at(72, 600, "The sites in the north had the wettest month since records began there."))
    (doc,) = parse_pdf(font_pages(["\n".join(lines).encode()], FONTS))
    assert not any(head in without_tables(doc) for head in HEADS)
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert " ".join(table.attrs["rows"][0]) == " ".join(HEADS)
    assert "The sites in the north had the wettest month since records began there." in without_tables(doc)
