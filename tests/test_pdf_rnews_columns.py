"""R News-style two-column articles (issue 15, forty-sixth check: gdata's mapLevels.pdf and
unknown.pdf, three pages each). Each page is headed by a line over a rule naming the current
section left and the article right ("SUMMARY" / "MAPPING LEVELS OF A FACTOR"): the heads change from
page to page, so the repetition rule kept them as paragraphs; they name a heading or the title of
the document, which marks them as running heads. The left column's last code was read after the
right column's first; a sentence running from the left column's foot to the right column's top,
and paragraphs whose first line overhangs the margin with a typewriter word, were torn after their
first line; on a last page of a few lines, a justified reference entry split at its wide gaps was
read as cells beside the author's address, and its URL, broken at a slash, parted from its rest
atop the right column; a printed data frame's last rows at the left column's foot and the author's
address beside them were read as one table, out of the text. The pages below are hand-built in
those places (A4, Helvetica and Courier, the text's words sloika's own); the expected text is
written out by hand."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_lines, fitted_line, font_pages  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_reflow import paragraphs  # noqa: E402

LEFT = (55.0, 286.0)  # the left column's edges
RIGHT = (306.0, 537.0)  # the right column's
HEAD_Y = 790.0  # the running head's baseline, over the header rule
TOP_Y = 760.0  # the text block's first baseline
PITCH = 12.0
FILL = [  # full lines of column width, a paragraph's wrapped lines
    "Columns of prose are set side by side on these",
    "pages, and each line of them is justified to the",
    "measure of its column, the words spaced evenly",
]
BESIDE = [  # ... and the other column's
    "Another column stands beside the first one and",
    "holds sentences of its own, wrapped at the edge",
    "of its measure as any column of a journal does.",
]


def _line(x0: float, x1: float, y: float, text: str, mono: bool = False, size: float = 10) -> bytes:
    """``text`` from ``x0`` to ``x1`` on the baseline ``y`` of an A4 page (``fitted_line`` places by
    a US Letter page's top)."""
    return fitted_line(x0, x1, 783 - y, text, mono=mono, size=size)


def _column(edges: tuple[float, float], rows: list[str], top: float = TOP_Y) -> list[bytes]:
    """``rows`` filling the column at ``edges``, one every ``PITCH`` from ``top`` down."""
    return [_line(*edges, top - PITCH * at, text) for at, text in enumerate(rows)]


def _pdf(pages: list[list[bytes]]) -> bytes:
    return font_pages([b"\n".join(page) for page in pages], [(b"F1", HELVETICA), (b"F2", COURIER)])


def _head(left: str | None, right: str) -> list[bytes]:
    """A running head over the header rule: the section's name at the left margin, the article's
    title at the right, in capitals at the body's size."""
    pieces = [_line(537.0 - 7.0 * len(right), 537.0, HEAD_Y, right)]
    pieces += [_line(55.0, 55.0 + 7.0 * len(left), HEAD_Y, left)] if left else []
    return [*pieces, b"0.4 w 55 786 m 537 786 l S"]


def test_running_heads_naming_headings_are_furniture():
    """Heads that change from page to page, over a rule, naming the title or a heading the text
    sets larger: page furniture, the headings themselves kept."""
    title = _line(55.0, 300.0, 740.0, "Reading columns whole", size=20)
    first = [*_head(None, "READING COLUMNS WHOLE"), title, _line(55.0, 150.0, 712.0, "Introduction", size=14)]
    first += _column(LEFT, FILL * 6, 696.0) + _column(RIGHT, BESIDE * 8)
    second = [*_head("METHODS", "READING COLUMNS WHOLE"), _line(306.0, 380.0, 660.0, "Methods", size=14)]
    second += _column(LEFT, FILL * 8) + _column(RIGHT, BESIDE * 2) + _column(RIGHT, BESIDE * 4, 640.0)
    third = [*_head("SUMMARY", "SUMMARY"), _line(55.0, 140.0, TOP_Y, "Summary", size=14)]
    third += _column(LEFT, FILL * 3, 740.0) + _column(RIGHT, BESIDE * 3)
    (doc,) = parse_pdf(_pdf([first, second, third]))
    for head in ("READING COLUMNS WHOLE", "METHODS", "SUMMARY"):
        assert head not in doc.text
    assert "Reading columns whole" in doc.text
    assert "\n\nMethods\n\n" in doc.text and "\n\nSummary\n\n" in doc.text
    why = {(s.attrs or {}).get("text"): (s.attrs or {}).get("why") for s in doc.layers["removed"]}
    assert why["METHODS"] == why["SUMMARY"] == "page_furniture"


CALL = "> (pairs <- split(x, f))"
REST = "> pairs$a"


def test_left_columns_last_code_reads_before_the_right_columns_first():
    """The left column ends with a call and its output, the right one opens with the next call:
    the left column's code first."""
    left = _column(LEFT, FILL * 2)
    left += [_line(55.0, 55.0 + 6.0 * len(CALL), 680.0, CALL, mono=True)]
    left += [_line(55.0, 55.0 + 6.0 * 11, 660.0, "$a  [1] 1 2", mono=True)]
    right = [_line(306.0, 306.0 + 6.0 * len(REST), TOP_Y, REST, mono=True)]
    right += [_line(306.0, 306.0 + 6.0 * 9, 740.0, "[1] 1 2 3", mono=True)]
    right += _column(RIGHT, BESIDE * 4, 712.0)
    (doc,) = parse_pdf(_pdf([left + right]))
    assert doc.text.index(CALL) < doc.text.index("$a  [1] 1 2") < doc.text.index(REST)


def test_sentence_runs_on_at_the_next_columns_top():
    """ "… and this sentence runs" at the left column's foot, "on past …" atop the right one."""
    left = _column(LEFT, [*FILL * 3, "before the other, and this sentence runs"])
    right = _column(
        RIGHT, ["on past the foot of the left column to the", "right one, and ends in its second line."]
    )
    right += _column(RIGHT, BESIDE * 3, 736.0)
    (doc,) = parse_pdf(_pdf([left + right]))
    assert "and this sentence runs on past the foot of the left column to the right one" in doc.text


OPENERS = [  # (x0, x1, text): a paragraph's last line, the next one's overhanging first line, …
    (55.0, 250.0, "ods are merely wrappers for the methods."),
    (70.0, 293.7, "We need additional care for list/data.frame"),
    (55.0, 286.0, "methods, due to possibly having multiple values"),
    (55.0, 286.0, "that can be different among list components"),
    (55.0, 240.0, "or columns, which a list can hold."),
    (70.0, 286.0, "When a vector/list object passed to the"),
    (55.0, 286.0, "argument unknown is not named, its first value"),
    (55.0, 286.0, "matches the first component of the list, and"),
    (55.0, 200.0, "so the order matters."),
]


def test_paragraphs_under_an_overhanging_line_are_not_verse():
    """A paragraph's first line ending in a typewriter word past the margin, and the next paragraph's
    indented first line, in the left column of a two-column page: each paragraph one, not its first
    line apart as a verse step (the line past the margin is no measure of the column's lines)."""
    left = [
        Line(0, text, x0, x1, 100.0 + PITCH * at, 110.0 + PITCH * at, 10.0, 842.0)
        for at, (x0, x1, text) in enumerate(OPENERS)
    ]
    right = [
        Line(0, text, *RIGHT, 100.0 + PITCH * at, 110.0 + PITCH * at, 10.0, 842.0)
        for at, text in enumerate(BESIDE)
    ]
    assert paragraphs([left + right])[:3] == [
        "ods are merely wrappers for the methods.",
        "We need additional care for list/data.frame methods, due to possibly having multiple values that "
        "can be different among list components or columns, which a list can hold.",
        "When a vector/list object passed to the argument unknown is not named, its first value matches "
        "the first component of the list, and so the order matters.",
    ]


def test_reference_entry_across_the_columns_of_a_short_last_page():
    """A last page of two entries left, the second's end and the author's address right, a rule
    drawn between the columns: the justified row split at its wide gaps is one line, and the entry,
    its URL broken at a slash at the left column's foot, goes on atop the right column."""
    left = [_line(55.0, 150.0, TOP_Y, "References", size=14)]
    other = [
        "A. Other. A book on tables and their rows,",
        "and on the cells of those rows and of their",
        "columns, and on their heads, ruled or not, in",
    ]
    left += _column(LEFT, other, 735.0) + [_line(55.0, 200.0, 699.0, "print and on screen, 2005.")]
    left += [
        _line(55.0, 127.5, 680.0, "A. B. Writer."),
        _line(151.8, 176.5, 680.0, "tools:"),
        _line(192.5, 286.0, 680.0, "Various R program-"),
        _line(65.0, 286.0, 668.0, "ming tools for data, 2006. URL"),
        _line(65.0, 263.8, 656.0, "http://cran.example.org/src/contrib/", mono=True),
    ]
    right = [
        _line(306.0, 537.0, TOP_Y, "Descriptions/tools.html. R package version"),
        _line(306.0, 460.0, TOP_Y - PITCH, "1.0. Includes code by Bo Reader."),
        _line(306.0, 360.0, 680.0, "Ada Writer"),
        _line(306.0, 420.0, 668.0, "University of Examples"),
        _line(306.0, 438.0, 656.0, "ada.writer@example.org", mono=True),
    ]
    rule = b"0.4 w 295.9 770 m 295.9 645 l S"
    (doc,) = parse_pdf(_pdf([[*left, *right, rule]]))
    assert (
        "A. B. Writer. tools: Various R programming tools for data, 2006. URL "
        "http://cran.example.org/src/contrib/Descriptions/tools.html. R package version 1.0. "
        "Includes code by Bo Reader."
    ) in doc.text


PRINTOUT = [  # a data frame R prints at the left column's foot, its cells set apart
    "  col1 col2 col3 col4",
    "1    0    a    0    0",
    "2    1    b    1    1",
    "3   NA    c    2    2",
    "4    2 <NA>    3    2",
]
AUTHOR = ["Ada Writer", "University of Examples, Slovenia", "ada.writer@example.org"]


def _printed_row(y: float, row: str) -> list[bytes]:
    """A printed row's cells in Courier, each where its characters stand (6 pt apiece from the left
    column's edge): TeX's verbatim sets the runs of spaces between them as moves."""
    return [
        _line(55.0 + 6.0 * cell.start(), 55.0 + 6.0 * cell.end(), y, cell.group(), mono=True)
        for cell in re.finditer(r"\S+(?: \S+)*", row)
    ]


def test_printout_beside_the_authors_address_is_no_table():
    """The left column ends with a call's printed data frame, its last three rows beside the
    author's name, affiliation and e-mail at the right column's foot (gdata's unknown.pdf p. 3):
    the printout is the code block it is, every row in it, and the address the text's, no table's
    cells (the text lines stand in one column: nothing aligns with them but the other column's code)."""
    left = _column(LEFT, FILL * 2) + [_line(55.0, 85.0, 680.0, "> df2", mono=True)]
    for at, row in enumerate(PRINTOUT):
        left += _printed_row(668.0 - PITCH * at, row)
    right = _column(RIGHT, BESIDE * 2)
    right += [
        _line(306.0, 306.0 + 6.0 * len(text), 644.0 - PITCH * at, text) for at, text in enumerate(AUTHOR)
    ]
    rule = b"0.4 w 295.9 770 m 295.9 610 l S"
    (doc,) = parse_pdf(_pdf([[*left, *right, rule]]))
    assert code_lines(doc)[-len(PRINTOUT) :] == PRINTOUT
    assert "Ada Writer\n\nUniversity of Examples, Slovenia\n\nada.writer@example.org" in doc.text
    assert not [span for span in doc.spans if span.label == "table"]
