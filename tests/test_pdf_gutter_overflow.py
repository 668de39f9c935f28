"""A two-column page stays two columns where a line of one column reaches a little into the other
(issue 15, yacas-doc's Algo.book.pdf p. 7 and intro.book.pdf p. 10). A left column's code line, two
pieces whose second ("s/(s^2+1) );") ended 0.5 pt past the right column's left edge, counted as a
line across both columns: the page was read row by row, a left line, then the right line beside it.
And a left column's line set to the column's width was joined to the right column's line beside it as
one line of text width ("path – a string containing a full path where yacas script files it returns
an empty string if …"). The pages below are hand-built with those features; the sentences and code
are sloika's own and the expected texts are typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_gutters import _side  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402

SIZE = 9
LEADING = 11
LEFT, LEFT_END = 36.0, 290.2  # the left column, justified lines end at its right edge
RIGHT, RIGHT_END = 300.2, 554.4  # the right column: a gutter of 10 pt (1.1 em)

LEFT_ABOVE = [
    "Each word list is read once, when the reader starts, and it",
    "stays in memory for as long as the reader runs. A list that is",
    "changed while the reader runs is not read again, so a change",
    "shows only after a restart. For instance, a list of names is",
    "declared with:",
]
LEFT_BELOW = [
    "The first argument names the list and the second gives the",
    "file it is read from, relative to the folder the reader was",
    "started in, as in the example above.",
]
RIGHT_TEXT = [
    "A document whose language has no word list is judged by its",
    "letters alone, and a short one may then be taken for another",
    "language that writes with the same letters. Where that matters,",
    "give the reader a list for each language it should meet, even",
    "a short one: a few hundred common words tell most languages",
    "apart. Lists for the most common languages come with the",
    "reader, and each can be replaced by one of your own by giving",
    "its file a name the reader looks for before its own lists. The",
    "reader says which list it used for each document in the record",
    "it writes, so that a list that was not found shows up in the",
    "records as a language judged by its letters.",
]


def _paragraph(x: float, end: float, top: float, lines: list[str]) -> list[bytes]:
    """A paragraph's lines ``LEADING`` apart from ``top`` down, all but the last justified to ``end``."""
    last = len(lines) - 1
    return [
        helvetica_line(x, top - LEADING * at, line, SIZE, end if at < last else None)
        for at, line in enumerate(lines)
    ]


def test_a_code_line_reaching_into_the_other_column_keeps_the_page_in_columns():
    """The left column's code line in two pieces, the second ending 1 pt past the right column's left
    edge (Courier 9 pt: 5.4 pt a letter), set 2 pt off the right column's rows (on a row with one of
    its lines), the left column drawn first, then the right."""
    top = 700.0
    parts = _paragraph(LEFT, LEFT_END, top, LEFT_ABOVE)
    row = top - LEADING * (len(LEFT_ABOVE) + 1) - 2
    tail = "words.txt );"
    parts += [
        code_line(LEFT + 20, row, "word_list( names,", SIZE),
        code_line(RIGHT + 1 - 5.4 * len(tail), row, tail, SIZE),
    ]
    parts += _paragraph(LEFT, LEFT_END, row - LEADING - 6, LEFT_BELOW)
    parts += _paragraph(RIGHT, RIGHT_END, top, RIGHT_TEXT)
    doc = parse_pdf(one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)]))[0]
    assert [" ".join(paragraph.split()) for paragraph in doc.text.split("\n\n")] == [
        " ".join(LEFT_ABOVE),
        "word_list( names, words.txt );",
        " ".join(LEFT_BELOW),
        " ".join(RIGHT_TEXT),
    ], doc.text


# the left column's rows: a label, the code line set in, a description set to the column's width
LABELLED = [
    ("label", "Calling format:"),
    ("code", "word_list(name)"),
    ("label", "Parameters:"),
    ("full", "name – the name of a file in which the reader looks for the"),
    ("label", "words"),
    ("label", "Description:"),
]


LISTING = ["word_list(names)", "word_list(places)", "word_list(dates)", "read_all()"]


def _labelled_page() -> bytes:
    """A reference entry's labels, its code line and a parameter's description in the left column,
    each row beside a line of the right column's paragraph, then the left column's paragraph beside
    the right column's listing."""
    top = 700.0
    parts = []
    for at, (kind, text) in enumerate(LABELLED):
        y = top - LEADING * at
        if kind == "code":
            parts.append(code_line(LEFT + 20, y, text, SIZE))
        else:
            parts.append(helvetica_line(LEFT, y, text, SIZE, LEFT_END if kind == "full" else None))
    below = top - LEADING * len(LABELLED)
    parts += _paragraph(LEFT, LEFT_END, below, LEFT_ABOVE)
    parts += _paragraph(RIGHT, RIGHT_END, top, RIGHT_TEXT[: len(LABELLED)])
    parts += [code_line(RIGHT + 20, below - LEADING * at, row, SIZE) for at, row in enumerate(LISTING)]
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_column_line_beside_the_other_columns_line_is_no_line_across_both():
    doc = parse_pdf(_labelled_page())[0]
    assert "looks for the words" in " ".join(doc.text.split()), doc.text
    assert " ".join(RIGHT_TEXT[: len(LABELLED)]) in doc.text, doc.text


def _line(text: str, x0: float, x1: float, top: float) -> Line:
    return Line(page=0, text=text, x0=x0, x1=x1, top=top, bottom=top + SIZE, size=SIZE, page_height=792.0)


def test_a_line_reaching_past_the_gutter_is_its_column_only_beside_the_other_column():
    """A line ending 3.7 pt past the gutter (under GUTTER_REACH's em) is the left column's where the
    right column has a line on its row (Algo.book p. 7), but set across where nothing stands beside
    it: mpi4py.pdf p. 83's "classmethod Delete(…)" over a summary table taken for two columns was read
    as the left column's and 17 of the table's descriptions came between it and its "Parameters"."""
    gutter = RIGHT
    reaching = _line("classmethod Delete(filename, info=INFO_NULL)", LEFT, RIGHT + 3.7, 400.0)
    beside = _line("Set the file view", RIGHT + 20, RIGHT_END, 401.0)
    under = _line("Delete a file", RIGHT + 20, RIGHT_END, 420.0)
    assert _side(reaching, gutter, [reaching, beside, under]) == -1
    assert _side(reaching, gutter, [reaching, under]) == 0
    assert _side(beside, gutter, [reaching, beside, under]) == 1  # wholly right: no neighbour needed
