"""Rows of sentences or of a listing are text, not a table; a grid of figures stays one (issue 15).

A recurring defect of the held-out checks: prose, lists and listings set in columns were taken for
tables and cut from the text as ``table`` records (feffit.pdf's keywords and their descriptions,
diffkk.pdf's numbered steps), or their columns were read one after the other (tachyon.pdf's ``make``
help: "linux−mpi − Linux linux−thr − Linux" / "Generic MPI" / "POSIX Threads"). The fixtures below
are hand-built Helvetica pages with those features; the expected rows and text are written by hand.
"""

from __future__ import annotations

from pdf_objects import helvetica_line, helvetica_page, helvetica_width

from sloika.pipelines.formats.base import TextBuilder
from sloika.pipelines.formats.pdf import _table, parse_pdf
from sloika.pipelines.formats.pdf_page_rows import Table

PITCH = 12.0  # points between rows
BEFORE = "Choose one of the architectures specified below and type make with its name to build it."
AFTER = "Type make with the name of a target listed above to build that version of the program."
MEASURE = 72 + helvetica_width(BEFORE, 10)  # the text's right edge: a justified line ends there


def _parsed(rows: list[list[tuple]], caption: str | None = None) -> tuple[list, str]:
    """A page of a paragraph, ``rows`` of (x, text) cells from y 670 down (x, text, end: a line
    justified to end there), ``caption`` under them, and a paragraph under all: the table records'
    rows and the text."""
    parts = [helvetica_line(72, 700, BEFORE, 10)]
    y = 670.0
    for row in rows:
        parts += [helvetica_line(x, y, text, 10, *end) for x, text, *end in row]
        y -= PITCH
    if caption:
        parts.append(helvetica_line(150, y - 8, caption, 10))
        y -= PITCH + 8
    parts.append(helvetica_line(72, y - 20, AFTER, 10))
    doc = parse_pdf(helvetica_page(b"\n".join(parts)))[0]
    return [span.attrs["rows"] for span in doc.spans if span.label == "table"], doc.text


def test_a_two_column_listing_of_targets_reads_each_target_with_its_description():
    """Two rows, too few for a table, their columns each at one edge: each row one line, in order."""
    rows = [
        [(110, "linux-mpi - Linux"), (260, "Generic MPI")],
        [(110, "linux-thr - Linux"), (260, "POSIX Threads")],
    ]
    tables, text = _parsed(rows)
    assert tables == [], tables
    assert [p for p in text.split("\n") if p] == [
        BEFORE,
        "linux-mpi - Linux Generic MPI",
        "linux-thr - Linux POSIX Threads",
        AFTER,
    ], text


def test_keywords_beside_sentences_are_text_each_description_whole():
    """A keyword beside its description of sentences, wrapped under it: each keyword and its
    description one paragraph, none of it a table's cells."""
    rows = [
        [(90, "Title"), (170, "the title line which will be written to the output files.")],
        [(90, "Format"), (170, "the file format to use for the input data files. The choices", MEASURE)],
        [(170, "are plain text and binary, the default being plain text.")],
        [(90, "Output"), (170, "the prefix for the output file names, written in the folder.")],
    ]
    tables, text = _parsed(rows)
    assert tables == [], tables
    assert [p for p in text.split("\n") if p] == [
        BEFORE,
        "Title the title line which will be written to the output files.",
        "Format the file format to use for the input data files. The choices are plain text and binary,"
        " the default being plain text.",
        "Output the prefix for the output file names, written in the folder.",
        AFTER,
    ], text


def test_a_table_of_figures_under_a_header_stays_a_table():
    rows = [
        [(110, "Sample"), (220, "Mean"), (300, "Sd"), (380, "Count")],
        [(110, "control"), (220, "4.22"), (300, "0.39"), (380, "12")],
        [(110, "treated"), (220, "2.63"), (300, "0.96"), (380, "14")],
        [(110, "placebo"), (220, "8.62"), (300, "0.50"), (380, "11")],
    ]
    tables, text = _parsed(rows)
    assert tables == [[[cell for _, cell in row] for row in rows]], (tables, text)
    written = ["Sample | Mean | Sd | Count", "control | 4.22 | 0.39 | 12", "treated | 2.63 | 0.96 | 14"]
    assert "\n".join([*written, "placebo | 8.62 | 0.50 | 11"]) in text, text


def test_a_captioned_table_keeps_its_caption_in_the_text_and_its_rows_a_table():
    rows = [
        [(110, "Function name"), (250, "validity"), (340, "cancel")],
        [(110, "minimum"), (250, "4.22"), (340, "0.00399")],
        [(110, "maximum"), (250, "2.63"), (340, "0.99601")],
    ]
    caption = "Table 5: Examples for methods using the untransformed values"
    tables, text = _parsed(rows, caption)
    assert tables == [[[cell for _, cell in row] for row in rows]], (tables, text)
    assert caption in text.split("\n\n"), text


def test_a_table_whose_cells_came_to_nothing_is_no_record_and_its_title_stays_text():
    """Its cells all cut (marks alone), a table wrote a record of blank cells under its caption: a
    span for a table that is not there. No record is written; a title over it stays in the text."""
    builder = TextBuilder()
    builder.append("The revisions of this manual are listed below.")
    _table(builder, Table(0, [["", ""], [" "]], ruled=True, caption="REVISION HISTORY"), [], [])
    assert (builder.text, builder.spans) == (
        "The revisions of this manual are listed below.\n\nREVISION HISTORY",
        [],
    )
