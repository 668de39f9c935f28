"""The two columns of a page set in two columns are no table's columns (issue 15, thirty-first check
row 4: Rcpp-FAQ.pdf, a two-column vignette). Its abstract in the left column stood level with the
contents' entries and page numbers in the right, and a question's heading stood level with the
other column's listing: each read as an unruled table, which took the abstract, the heading and the
listings out of the text. A table's cells line up row by row within
one column of the page, so each side of the page's gutter is judged alone; a contents box judged so
stays one table of all its entries and page numbers (ltnews30–36.pdf, LaTeX News). The pages below
are hand-built with those features; the sentences and code are sloika's own and the expected texts are
typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import HELVETICA, escaped, one_page, without_tables  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
MEASURE = 240  # points: each column's width; a paragraph's lines but its last are justified to it
LEFT, RIGHT = 54, 313  # the columns' left edges, a gutter of 19 points between them


def _prose(x: float, y: float, text: str, full: bool, size: float = SIZE) -> bytes:
    """A Helvetica line at (x, y); ``full``: its word spaces widened so that it ends at ``MEASURE``."""
    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) * size / 1000
    spacing = (MEASURE - natural) / text.count(" ") if full else 0.0
    return b"BT /F1 %.1f Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (size, spacing, x, y, escaped(text))


def _paragraph(x: float, y: float, lines: list[str], size: float = SIZE) -> list[bytes]:
    leading = LEADING * size / SIZE
    return [_prose(x, y - leading * at, line, at < len(lines) - 1, size) for at, line in enumerate(lines)]


def _page(parts: list[bytes]) -> bytes:
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA)])


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _cells(doc) -> str:
    return " ".join(cell for s in doc.spans if s.label == "table" for row in s.attrs["rows"] for cell in row)


ABSTRACT = [
    "This note answers the questions asked most often",
    "about the package, from getting started to the",
    "known issues of some platforms and compilers.",
]
ENTRIES = [
    ("3.6 How do I write a plugin for the compiler", "7"),
    ("3.7 How can I pass one more flag to the compiler", "7"),
    ("3.8 How can I set the names of rows and columns", "8"),
    ("3.9 Why can long long types not be cast", "8"),
]
LEFT_BODY = [
    "Getting started is easy once the package is there:",
    "the first vignette walks through a small example",
    "and shows how a function is compiled, loaded and",
    "called from the session with a vector of numbers.",
]
RIGHT_BODY = [
    "The answers below assume a working compiler and",
    "a recent release of the package, which is what",
    "most platforms provide out of the box today for",
    "anyone who installs it from the usual archive.",
]


def test_abstract_beside_the_contents_stays_in_the_text():
    parts = _paragraph(LEFT, 700, ABSTRACT, size=8)
    for at, (entry, number) in enumerate(ENTRIES):
        y = 700.5 - 11.4 * at
        parts += [_prose(RIGHT, y, entry, False, 8.6), _prose(548, y, number, False, 8.6)]
    parts += _paragraph(LEFT, 600, LEFT_BODY) + _paragraph(RIGHT, 600, RIGHT_BODY)
    doc = parse_pdf(_page(parts))[0]
    abstract = " ".join(ABSTRACT)
    assert abstract in _paragraphs(doc.text), doc.text
    assert "questions" not in _cells(doc)


# A contents box set in the left column beside the right column's paragraph (ltnews36.pdf, LaTeX
# News 36): section entries and their subsections' entries, dot leaders, page numbers at the
# column's right edge, a gap between sections, an entry wrapped onto a second line, an entry that
# reaches so close to its page number that the two are read as one line (ltnews30.pdf), below
# the right column's first paragraph.
CONTENTS = [  # (indent, title, page number or None where the entry wraps onto the next line)
    (0, "Opening remarks", "1"),
    (0, "Reading the lists of options", "1"),
    (15, "Older settings kept for a while", "1"),
    (0, "New commands in this release", "2"),
    (15, "Better handling of titles that are long and", None),
    (38, "wrap", "2"),
    (15, "Smaller steps for the spacing", "2"),
    (0, "Changes to some packages of the graphics bundle", "3"),  # its number read into its line
    (0, "Fixes to the tools bundle", "3"),
    (15, "Sizes of boxes inside of lists", "3"),
]
NUMBER_AT = 288  # the page numbers' left edge, right-aligned at the left column's edge
LEADERS_END = 276  # where an entry's dot leaders end
RIGHT_COLUMN = [
    "The release brings few new features and mostly fixes",
    "small bugs in the kernel and the bundled packages. Its",
    "main change is how the commands read their arguments",
    "when a list of keys and values is given instead of one",
    "plain value, which the next section describes at some",
    "length with examples that show the common cases and",
    "the ways around them where a sign must stay as it is.",
    "Authors of packages will find the new interface easy",
    "to adopt, and documents written for older releases",
    "keep working as they did without any change at all,",
    "which is what most users will notice of this release.",
    "The sections below go through the changes one by one,",
    "the larger ones first and the small corrections after",
    "them, each with a pointer to the bug report it closes",
    "so that a reader can follow its discussion if needed.",
    "Most of them need nothing from a document's author.",
]
AFTER_BOX = [
    "This issue of the newsletter describes the changes",
    "of the autumn release and what they mean for users",
    "and for the authors of the packages built on them.",
    "Some of the changes were asked for by many users in",
    "the past years, others came up while the team was at",
    "work on the tagging of documents, which goes on and",
    "will take a few more releases before it is complete.",
]


def _entry(y: float, indent: float, title: str, number: str | None, apart: bool = False) -> list[bytes]:
    """A contents entry at ``y``: its title, dot leaders up to ``LEADERS_END`` where a page number
    follows, the number at ``NUMBER_AT``; ``apart``: the leaders set an em after the title, where
    TeX's grid of leaders begins, so that pdfminer reads them as a piece of their own."""
    if number is None:
        return [_prose(LEFT + indent, y, title, False)]
    width = sum(FONT_METRICS["Helvetica"][1][char] for char in title + " ") * SIZE / 1000
    dot = FONT_METRICS["Helvetica"][1]["."] * SIZE / 1000
    if apart:
        dots = int((LEADERS_END - LEFT - indent - width - SIZE) / dot)
        leaders = _prose(LEADERS_END - dots * dot, y, "." * dots, False)
        return [_prose(LEFT + indent, y, title, False), leaders, _prose(NUMBER_AT, y, number, False)]
    dots = int((LEADERS_END - LEFT - indent - width) / dot)
    return [_prose(LEFT + indent, y, f"{title} {'.' * dots}", False), _prose(NUMBER_AT, y, number, False)]


def test_contents_box_beside_the_other_column_is_one_table():
    """Every entry of the box, each row ending in its page number, is one table, the gaps between
    its sections and the right column's lines beside its rows notwithstanding; no entry stands in
    the text, no page number beside an entry is joined to the right column's line; the right
    column's paragraph and the left column's prose under the box stay in the text whole."""
    parts, y = [_prose(LEFT, 712, "Contents", False, 12)], 692.0
    for indent, title, number in CONTENTS:
        y -= 10.4 if indent == 0 and y < 692 else 0  # a gap before a section's entry
        parts += _entry(y, indent, title, number)
        y -= 12.4
    parts += _paragraph(RIGHT, 710, RIGHT_COLUMN[:7]) + _paragraph(RIGHT, 500, RIGHT_COLUMN[7:])
    parts += [_prose(LEFT, y - 14, "Introduction", False, 12)] + _paragraph(LEFT, y - 34, AFTER_BOX)
    doc = parse_pdf(_page(parts))[0]
    tables = [s for s in doc.spans if s.label == "table"]
    assert len(tables) == 1, _cells(doc)
    cells = _cells(doc)
    for _, title, _number in CONTENTS:
        assert title in cells, cells
        assert title not in without_tables(doc), without_tables(doc)
    numbers = [row[-1].split()[-1] for row in tables[0].attrs["rows"]]  # each row's last word
    assert [n for n in numbers if n.isdigit()] == [number for _, _, number in CONTENTS if number], numbers
    paragraphs = _paragraphs(without_tables(doc))
    assert " ".join(RIGHT_COLUMN[:7]) in paragraphs, without_tables(doc)
    assert " ".join(RIGHT_COLUMN[7:]) in paragraphs, without_tables(doc)
    assert " ".join(AFTER_BOX) in paragraphs, without_tables(doc)


RIGHT_EDGE = RIGHT + MEASURE  # the right column's edge, where its page numbers end
TAIL = [  # the box's last section at the right column's top (ltnews34.pdf)
    (0, "Changes to the tools bundle", "6"),
    (15, "Columns of boxes set at their depth", "6"),
    (15, "Text kept across a column break", "6"),
    (15, "Spaces allowed in the arguments of rules", "7"),
]


def test_contents_section_over_the_right_columns_prose_is_a_table():
    """The contents box's last section set at the top of the right column, over that column's first
    paragraph, is a table of its entries and page numbers; the paragraph under it stays in the text,
    though its lines make the right side of the page one column."""
    parts, y = [_prose(LEFT, 712, "Contents", False, 12)], 692.0
    for indent, title, number in CONTENTS[:4]:
        parts += _entry(y, indent, title, number)
        y -= 12.4
    parts += _paragraph(LEFT, y - 20, AFTER_BOX)
    for at, (indent, title, number) in enumerate(TAIL):
        width = sum(FONT_METRICS["Helvetica"][1][char] for char in number) * SIZE / 1000
        parts += [
            _prose(RIGHT + indent, 712 - 12.4 * at, title, False),
            _prose(RIGHT_EDGE - width, 712 - 12.4 * at, number, False),
        ]
    parts += _paragraph(RIGHT, 712 - 12.4 * len(TAIL) - 20, RIGHT_COLUMN[:7])
    doc = parse_pdf(_page(parts))[0]
    rows = [row for s in doc.spans if s.label == "table" for row in s.attrs["rows"]]
    for _, title, number in TAIL:
        assert [title, number] in rows, rows
        assert title not in without_tables(doc), without_tables(doc)
    assert " ".join(RIGHT_COLUMN[:7]) in _paragraphs(without_tables(doc)), without_tables(doc)
    assert not any("mostly fixes" in cell for row in rows for cell in row), rows


LONG_TITLES = [  # a box's entries whose titles fill most of the column, ending near one edge
    (0, "Reading the lists of options given to a class", "1"),
    (0, "New commands of the kernel in this release", "2"),
    (0, "Changes to packages of the graphics bundle", "3"),
    (0, "Fixes to the tools bundle and to its packages", "3"),
    (15, "Better handling of titles that are long and", None),
    (38, "wrap onto a second line", "3"),
    (15, "Smaller steps for the spacing of the lists", "3"),
    (15, "Sizes of boxes inside of lists and of tables", "4"),
]


def test_contents_box_filling_its_column_beside_its_last_section_is_two_tables():
    """ltnews33.pdf and ltnews35.pdf: the contents box fills the left column, its last section goes
    on at the top of the right column, over that column's heading and paragraph. The two columns'
    rows stand at their own pitch, half a row apart over the box's first sections (22.8 points a
    section's entry, 11.4 the right column's), so no row pairs across the gutter there. The whole
    box is in tables though it runs to the column's foot: no entry stands in the text, and the
    right column's paragraph reads whole."""
    parts, y = [_prose(LEFT, 712, "Contents", False, 12)], 692.0
    for indent, title, number in LONG_TITLES:
        y -= 10.4 if indent == 0 and y < 692 else 0  # a gap before a section's entry
        parts += _entry(y, indent, title, number, apart=True)
        y -= 12.4
    for at, (indent, title, number) in enumerate(TAIL):
        width = sum(FONT_METRICS["Helvetica"][1][char] for char in number) * SIZE / 1000
        top = 709.1 - 11.4 * at if at else 716.0  # a gap under the section's entry
        parts += [_prose(RIGHT + indent, top, title, False), _prose(RIGHT_EDGE - width, top, number, False)]
    parts += [_prose(RIGHT, 640, "Introduction", False, 12)] + _paragraph(RIGHT, 620, RIGHT_COLUMN)
    doc = parse_pdf(_page(parts))[0]
    cells = _cells(doc)
    for _, title, _number in LONG_TITLES + TAIL:
        assert title in cells, cells
        assert title not in without_tables(doc), without_tables(doc)
    assert " ".join(RIGHT_COLUMN) in _paragraphs(without_tables(doc)), without_tables(doc)
