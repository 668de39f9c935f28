"""A booktabs table whose rows are set apart by space and whose cells wrap, the key column's too
(issue 15, fasta3-doc's fasta_guide.pdf, Table 1, check 63 row 6).

LaTeX set each row of "Comparison programs" with extra space under it, its program cell over two
lines ("fastx36/" over "fasty36") beside a description wrapped over several ("… by com-" over
"paring …"): each line that filled the key column was read as a row of its own, tearing the
description's words across rows. A page hand-built in Helvetica, its texts sloika's own, the rows
written by hand from what the page shows."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, font_pages, text_at  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
COLUMNS = (80.0, 150.0, 220.0)  # each column's left edge
LEADING = 12.0  # a cell's lines, one under the other
ROW_SPACE = 6.0  # the extra space LaTeX sets under each row
PROSE = "BT /F1 10 Tf 72 780 Td (The table below lists the readers the pipeline runs.) Tj ET"


def _rows(top: float, rows: list[list[tuple[str, ...]]]) -> list[str]:
    """Each row's lines, one under the other at ``LEADING``, ``ROW_SPACE`` more under each row; a
    line's cells at their columns' left edges, an empty cell setting nothing."""
    drawn: list[str] = []
    y = top
    for row in rows:
        for line in row:
            drawn += [text_at(x, y, text, SIZE) for x, text in zip(COLUMNS, line, strict=False) if text]
            y -= LEADING
        y -= ROW_SPACE
    return drawn


def _table(rows: list[list[tuple[str, ...]]]) -> list[list[list[str]]]:
    """The rows of the tables sloika reads from a page of ``rows`` under a head, ruled booktabs-style."""
    head = _rows(700, [[("Reader", "Kind", "What it keeps")]])
    body = _rows(675, rows)
    drawn = [f"0.4 w 75 {y} m 520 {y} l S" for y in (712, 690, 675 - 20 * len(rows) * 2)]
    content = "\n".join([*drawn, PROSE, *head, *body]).encode("cp1252")
    (doc,) = parse_pdf(font_pages([content], [(b"F1", HELVETICA)]))
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"]


def test_a_spaced_row_keeps_its_wrapped_key_and_description_together():
    """The lines between two wider spaces are one row: the key cell's lines join ("pdf_lines/
    pdf_pages"), the description's too, its hyphen joined as in prose ("com-" + "paring")."""
    rows = [
        [
            ("pdf_lines/", "pdf", "The lines of a page read by pdfminer, by com-"),
            ("pdf_pages", "", "paring the glyphs' heights and the gaps between"),
            ("", "", "their words on one baseline."),
        ],
        [
            ("latex", "tex", "The text of a LaTeX source converted by pylatex-"),
            ("", "", "enc, its macros expanded."),
        ],
        [
            ("html/", "html", "The main text of a web page as trafilatura calcu-"),
            ("markdown", "", "lates it, without menus."),
        ],
    ]
    assert _table(rows) == [
        [
            ["Reader", "Kind", "What it keeps"],
            [
                "pdf_lines/pdf_pages",
                "pdf",
                "The lines of a page read by pdfminer, by comparing the glyphs' heights and the gaps "
                "between their words on one baseline.",
            ],
            ["latex", "tex", "The text of a LaTeX source converted by pylatexenc, its macros expanded."],
            [
                "html/markdown",
                "html",
                "The main text of a web page as trafilatura calculates it, without menus.",
            ],
        ]
    ]


def test_groups_of_one_line_rows_spaced_apart_stay_rows():
    """Space between groups of one-line rows, no cell wrapped, parts groups, not rows: each line
    stays a row."""
    rows = [
        [("pdf", "binary", "Pages"), ("ps", "binary", "Pages")],
        [("html", "text", "Main text"), ("md", "text", "Blocks")],
    ]
    assert _table(rows) == [
        [
            ["Reader", "Kind", "What it keeps"],
            ["pdf", "binary", "Pages"],
            ["ps", "binary", "Pages"],
            ["html", "text", "Main text"],
            ["md", "text", "Blocks"],
        ]
    ]
