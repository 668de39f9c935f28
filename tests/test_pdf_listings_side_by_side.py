"""Two listings set side by side are read one after the other, each line whole; one listing with
wide spaces in it stays one listing (issue 15, bench_pdf_order's side-by-side listings).

Rcpp's quick reference sets its code boxes in two columns, each box's lines on baselines of its own,
and Rcpp-modules sets a C++ listing in one column beside its R wrapper in the other, on shared
baselines but with blank lines at other places. Both were read as one block of wide lines ("// grow
the vector      yy["foobar"] = 10.0;" beside "// If you experience compiler errors …"). A listing
whose comments are aligned beside its statements, an R printout's columns under their header and a
menu's name over its indented item have wide gaps too, and must stay as they are. The pages are
hand-built in Courier with sloika's own words; the expected lines are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, code_lines, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10  # Courier at 10 pt: 6 pt a character
LEADING = 12
LEFT = 72.0
RIGHT = 320.0  # the right column's edge: 40 pt (almost seven characters) past the left listing's longest line
TOP = 720.0


def _page(lines: list[bytes]) -> list[str]:
    """The code lines the reader keeps from a page of a lead-in sentence over ``lines``."""
    lead = helvetica_line(LEFT, TOP + 2 * LEADING, "The examples below show how a reader keeps code.", SIZE)
    pdf = one_page(b"\n".join([lead, *lines]), [(b"F1", HELVETICA), (b"F2", COURIER)])
    return code_lines(parse_pdf(pdf, foreign="keep")[0])


def _rows(x: float, rows: list[tuple[int, str]], drop: float = 0.0) -> list[bytes]:
    """Code lines at ``x``, each on its row (``LEADING`` apart from ``TOP`` down), ``drop`` pt lower;
    a line's leading spaces set it in by as many characters, as TeX sets an indented line."""
    return [
        code_line(x + 6 * (len(text) - len(text.lstrip())), TOP - drop - LEADING * row, text.lstrip(), SIZE)
        for row, text in rows
    ]


LEFT_BOX = [
    (0, "// keep the first value"),
    (1, "first = values[0];"),
    (2, "last = values[9];"),
    (4, "// grow the list"),
    (5, "values.push(last);"),
]
RIGHT_BOX = [
    (0, "// count the items"),
    (1, "int n = values.size();"),
    (2, "for (int i = 0; i < n; i++) {"),
    (3, "    total += values[i];"),
    (4, "}"),
]


def test_two_code_boxes_on_baselines_of_their_own_are_read_one_after_the_other():
    """A cheat sheet's two columns of code boxes: the right box's lines 3 pt lower than the left's."""
    lines = _page(_rows(LEFT, LEFT_BOX) + _rows(RIGHT, RIGHT_BOX, drop=3.0))
    assert lines == [text for _, text in LEFT_BOX] + [text for _, text in RIGHT_BOX], lines


def test_two_listings_on_shared_baselines_with_blank_lines_apart_are_read_one_after_the_other():
    """A C++ listing beside its R wrapper, both on the page's baselines: each has rows the other
    leaves blank (the left one's rows 3 and 6, the right one's row 2 and rows 7 and 8 under its last)."""
    right = [
        (0, "u <- new(Shape, 0, 10)"),
        (1, "u$draw(10L)"),
        (3, "u$range()"),
        (4, "u$max <- 1"),
        (5, "u$range()"),
        (6, "u$draw(5L)"),
    ]
    left = [
        (0, "class Shape {"),
        (1, "public:"),
        (2, "    double min;"),
        (4, "    double max;"),
        (5, "};"),
        (7, "double area(Shape* s);"),
        (8, "double span(Shape* s);"),
    ]
    lines = _page(_rows(LEFT, left) + _rows(RIGHT, right))
    assert lines == [text for _, text in left] + [text for _, text in right], lines


def test_comments_aligned_beside_their_statements_stay_on_their_lines():
    """One listing: each comment on its statement's baseline, set out past the longest statement."""
    statements = [(0, "x <- 1"), (1, "y <- x + 2"), (2, "z <- x * y"), (3, "print(z)"), (4, "rm(x)")]
    comments = [(0, "# start at one"), (1, "# add two"), (3, "# show the product")]
    lines = _page(_rows(LEFT, statements) + _rows(LEFT + 17 * 6, comments))
    assert lines == [
        "x <- 1           # start at one",
        "y <- x + 2       # add two",
        "z <- x * y",
        "print(z)         # show the product",
        "rm(x)",
    ], lines


def test_a_printouts_columns_under_their_header_stay_one_table():
    """An R printout: a header over the value columns, row names at the left, cells far apart."""
    names = [(1, "rs1001"), (2, "rs1002"), (3, "rs1003")]
    chromosomes = [(0, "Chromosome"), (1, "1"), (2, "1"), (3, "2")]
    positions = [(0, "Position"), (1, "12345"), (2, "23456"), (3, "34567")]
    lines = _page(_rows(LEFT, names) + _rows(LEFT + 12 * 6, chromosomes) + _rows(LEFT + 26 * 6, positions))
    assert lines == [
        "            Chromosome    Position",
        "rs1001      1             12345",
        "rs1002      1             23456",
        "rs1003      2             34567",
    ], lines


def test_a_menus_names_over_their_indented_items_stay_one_listing():
    """A menu's name over its item set in past the name's end: one under the other, not beside."""
    menu = [
        (0, "Window"),
        (1, "          Export Postscript..."),
        (2, "Style"),
        (3, "          Font Size ..."),
    ]
    lines = _page(_rows(LEFT, menu))
    assert lines == ["Window", "          Export Postscript...", "Style", "          Font Size ..."], lines


def test_a_listing_beside_the_other_columns_prose_and_listing_keeps_its_lines_whole():
    """Rcpp-modules p. 7: the left column's listing over a sentence, the right column's listing
    beside both on the page's baselines. Its lines on the left listing's rows were read into those
    rows, the rest after the sentence."""
    left = [
        (0, "class Shape {"),
        (1, "public:"),
        (2, "    double min;"),
        (4, "};"),
        (6, "double area(Shape* s);"),
    ]
    right = [
        (1, "RCPP_MODULE(shapes) {"),
        (3, "    class_<Shape>(1)"),
        (4, "    .field(2)"),
        (5, "    .method(3)"),
        (8, "}"),
    ]
    sentence = helvetica_line(LEFT, TOP - LEADING * 8, "The module is loaded.", SIZE)
    lines = _page([*_rows(LEFT, left), sentence, *_rows(RIGHT, right)])
    assert lines == [text for _, text in left] + [text for _, text in right], lines


def _shading(x0: float, x1: float, rows: int) -> bytes:
    """A light grey box filled behind ``rows`` code rows from ``TOP`` down, as knitr shades a chunk."""
    bottom = TOP - LEADING * (rows - 1) - 4
    return b"0.97 g %.2f %.2f %.2f %.2f re f 0 g" % (x0, bottom, x1 - x0, TOP + 10 - bottom)


CHUNK = [
    (0, "x <- values[2:4]"),
    (1, "x"),
    (2, "## <3> vector of class Delayed and type"),
    (3, "## [1] 4 5 6"),
    (4, "## [2] 7 8 9"),
]
SEED = [
    (0, "seed(x)"),
    (1, "## An object of class"),
    (2, "## Slot name:"),
    (3, "## [1] values"),
    (4, "## Slot dim:"),
]


def test_two_shaded_chunks_on_shared_baselines_are_read_one_after_the_other():
    """A slide's two knitr chunks side by side, each in its shaded box, start on one baseline and
    go on at one pitch: no row is either's own. The left chunk's printout runs past its box into the
    right box's first characters (39 characters from 72 pt end at 306 pt, the right chunk's lines
    start at 300 pt); the boxes part them all the same."""
    boxes = [_shading(66.0, 290.0, 5), _shading(294.0, 520.0, 5)]
    lines = _page([*boxes, *_rows(LEFT, CHUNK), *_rows(300.0, SEED)])
    assert lines == [
        "x <- values[2:4]",
        "x",
        "## <3> vector of class Delayed and type",
        "## [1] 4 5 6",
        "## [2] 7 8 9",
        "seed(x)",
        "## An object of class",
        "## Slot name:",
        "## [1] values",
        "## Slot dim:",
    ], lines


def test_comments_aligned_in_one_shaded_chunk_stay_on_their_lines():
    """One shaded box round a listing whose comments stand beside its statements: one listing."""
    statements = [(0, "x <- 1"), (1, "y <- x + 2"), (2, "z <- x * y"), (3, "print(z)"), (4, "rm(x)")]
    comments = [(0, "# start at one"), (1, "# add two"), (3, "# show the product")]
    shading = _shading(66.0, 400.0, 5)
    lines = _page([shading, *_rows(LEFT, statements), *_rows(LEFT + 17 * 6, comments)])
    assert lines == [
        "x <- 1           # start at one",
        "y <- x + 2       # add two",
        "z <- x * y",
        "print(z)         # show the product",
        "rm(x)",
    ], lines


def _row_shading(row: int) -> bytes:
    """One row's shading as dblatex draws a listing's: a narrow box at the listing's left edge and a
    wide one from where the text starts, touching it."""
    bottom = TOP - LEADING * row - 3
    narrow = b"0.95 g %.2f %.2f %.2f %.2f re f" % (LEFT - 3, bottom, 3.0, LEADING)
    wide = b"0.95 g %.2f %.2f %.2f %.2f re f 0 g" % (LEFT, bottom, 520.0 - LEFT, LEADING)
    return narrow + b" " + wide


def test_a_listing_shaded_row_by_row_in_touching_boxes_keeps_its_columns_on_their_rows():
    """FAI guide p. 8: dblatex shades a listing's every row as two boxes that touch where the text
    starts; a row's second column, its words in the wide box, its first column's start on the
    narrow box's edge, stayed apart from its row: "dracut" … "fai-client", then "050+65-1" … "5.9.4"
    under the listing. One shading is one listing, its rows whole."""
    names = [(0, "Packages kept in the build:"), (1, "sloika"), (2, "sloika-readers"), (3, "pdfminer.six")]
    names.append((4, "Build finished."))
    versions = [(1, "0.9.1"), (2, "0.9.1"), (3, "20231228")]  # 20 characters right of the names
    shading = [_row_shading(row) for row in range(5)]
    lines = _page([*shading, *_rows(LEFT, names), *_rows(LEFT + 20 * 6, versions)])
    assert lines == [
        "Packages kept in the build:",
        "sloika              0.9.1",
        "sloika-readers      0.9.1",
        "pdfminer.six        20231228",
        "Build finished.",
    ], lines
