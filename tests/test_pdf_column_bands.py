"""A reference card set in four columns, a title block over them (issue 15, check 50 row 01:
bibtool's ref_card.pdf). The gutter rule knows two columns, so the card was read row by row across
all four, each option glued to other columns' resources ("-d check.error.rule {…} dir.file.separator
= {c} sort.macros = OnOff"), and its second page was taken for one table and left the text. A page
whose lines stand in three or four column bands, gutters no line crosses between them, is read
column by column, each column top to bottom, and its lines stay lines of text."""

from __future__ import annotations

from pdf_objects import HELVETICA, HELVETICA_BOLD, helvetica_line, one_page, text_row

from sloika.pipelines.formats.pdf import parse_pdf

SIZE, HEAD, LEADING = 8, 10, 9.5
LEFT, WIDTH, GUTTER = 24.0, 130.0, 14.0  # four columns of WIDTH, GUTTER apart, from LEFT
TOP = 700.0  # the columns' heads; the title stands over them

TITLE = "Quick Reference Card of the Tool"
HANG = 20.0  # an option's description stands this far in under its name
OPTIONS = [
    ("-d", "Check double entries."),
    ("-q", "Suppress warning messages."),
    ("-s", "Sort the result."),
    ("-v", "Turn on verbose messages."),
]
COLUMNS = [
    ["Command line options", *(line for option in OPTIONS for line in option)],
    [
        "General",
        "resource.search.path = {dir1:dir2}",
        "resource {file}",
        "env.separator = {c}",
        "print {message}",
        "quiet = OnOff",
        "verbose = OnOff",
    ],
    [
        "Searching",
        "select {type1 type2}",
        "select.by.string {field1 field2 regex}",
        "select.case.sensitive = OnOff",
        "extract.file {file}",
        "sort = OnOff",
        "sort.cased = OnOff",
    ],
    [
        "Checks",
        "check.double = OnOff",
        "check.warning.rule {field # pattern}",
        "check.do.delete = OnOff",
        "unique.field {field}",
        "count.all = OnOff",
        "count.used = OnOff",
    ],
]


def _card() -> bytes:
    """The card's page: the title centred over the columns, each column's head over its lines, the
    columns' rows at one leading, side by side, each option's name in bold, its description hung under it."""
    drawn = [helvetica_line(LEFT + 1.5 * WIDTH, TOP + 3 * LEADING, TITLE, HEAD)]
    for at, column in enumerate(COLUMNS):
        x = LEFT + at * (WIDTH + GUTTER)
        drawn.append(helvetica_line(x, TOP, column[0], HEAD))
        for row, text in enumerate(column[1:]):
            y = TOP - LEADING * (row + 2)
            option = at == 0 and text.startswith("-")
            drawn.append(
                text_row(x, y, text, SIZE, b"F2")
                if option
                else helvetica_line(x + HANG * (at == 0), y, text, SIZE)
            )
    return one_page(b"\n".join(drawn), [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)])


def test_a_page_of_four_column_bands_is_read_column_by_column():
    (doc,) = parse_pdf(_card())
    assert not [span for span in doc.spans if span.label == "table"]
    assert doc.text.split("\n\n") == [TITLE, *(line for column in COLUMNS for line in column)]
