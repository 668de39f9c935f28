"""A table's blank cells and its first rows (issue 15, the fifty-fifth check's row 2, libtommath's
bn.pdf). Figure 1.1, ruled all round, "Criteria | Pro | Con | Notes", each row one X under "Pro" or
"Con": the blank cells were dropped from the text, so every X read as a "Pro" ("Speed | X |
LibTomMath is slower.", the X set under "Con"). Table 8.1, unruled, "bits Rounds Error" over a first
row "80 -1 Use deterministic algorithm …" and rows of three short cells: the rows of short cells were
taken as a grid from the second row on, the first row's figures cut as numbers alone, its wide cell
left a stray paragraph, the heads a loose line "bits Rounds" and a cut label "Error". Pages
hand-built; expected texts typed by hand as the pages print them."""

from __future__ import annotations

from functools import cache

from pdf_objects import (
    HELVETICA,
    HELVETICA_BOLD,
    helvetica_line,
    helvetica_width,
    one_page,
    text_row,
)

from sloika.pipelines.formats.base import Parsed
from sloika.pipelines.formats.pdf import parse_pdf

LEFT, RIGHT = 72, 540
LEAD = "Let me tabulate what I think are the pros and cons of the library by comparing it to another."
AFTER = "It may seem odd to compare the two since the math is only a small portion of the application."
VALUATION = [
    ("Few lines of code per file", "X", "", "Other = 300.9, this one = 71.97"),
    ("Commented function prototypes", "X", "", "Other function names are cryptic."),
    ("Speed", "", "X", "This one is slower."),
    ("Totally free", "X", "", "The licence has unfavourable restrictions."),
]
EDGES = (72, 250, 280, 310, 540)  # the rules down: the table's sides and between its columns
STEP = 14.0  # pt between two rows, a rule across between each two


def _centred(x0: float, x1: float, y: float, text: str, font: bytes = b"F1") -> bytes:
    """``text`` centred between ``x0`` and ``x1`` (a cell's mark, a column's figure), 10 pt."""
    return text_row((x0 + x1 - helvetica_width(text, 10)) / 2, y, text, 10, font)


@cache
def _valuation() -> Parsed:
    """The lead-in, the table ruled all round and between every row and column, its heads in bold
    (the marks centred in their narrow columns), the next paragraph."""
    top = 700.0
    rows = [("Criteria", "Pro", "Con", "Notes"), *VALUATION]
    bottom = top - STEP * len(rows)
    rules = [b"0.4 w %d %.1f m %d %.1f l S" % (x, top, x, bottom) for x in EDGES]
    rules += [
        b"0.4 w 72 %.1f m 540 %.1f l S" % (top - STEP * at, top - STEP * at) for at in range(len(rows) + 1)
    ]
    cells = []
    for at, (criterion, pro, con, notes) in enumerate(rows):
        font = b"F2" if at == 0 else b"F1"
        y = top - STEP * at - 10.5
        cells += [text_row(EDGES[0] + 4, y, criterion, 10, font), text_row(EDGES[3] + 4, y, notes, 10, font)]
        cells += [_centred(EDGES[1], EDGES[2], y, pro, font), _centred(EDGES[2], EDGES[3], y, con, font)]
    prose = [helvetica_line(LEFT, 730, LEAD, 10), helvetica_line(LEFT, bottom - 30, AFTER, 10)]
    content = b"\n".join([*rules, *cells, *prose])
    return parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))[0]


def test_a_blank_cell_between_two_filled_ones_keeps_its_column_in_the_text():
    assert _valuation().text.split("\n\n") == [
        LEAD,
        "Criteria | Pro | Con | Notes\n"
        "Few lines of code per file | X |  | Other = 300.9, this one = 71.97\n"
        "Commented function prototypes | X |  | Other function names are cryptic.\n"
        "Speed |  | X | This one is slower.\n"
        "Totally free | X |  | The licence has unfavourable restrictions.",
        AFTER,
    ]


def test_the_table_span_holds_the_blank_cells_too():
    (table,) = [span for span in _valuation().spans if span.label == "table"]
    assert table.attrs["rows"] == [["Criteria", "Pro", "Con", "Notes"], *map(list, VALUATION)]


ROUNDS = [
    ("81", "37", "0.96"),
    ("96", "32", "0.96"),
    ("128", "40", "0.112"),
    ("160", "35", "0.112"),
    ("256", "27", "0.128"),
    ("384", "16", "0.128"),
    ("512", "18", "0.160"),
    ("768", "11", "0.160"),
    ("1024", "12", "0.192"),
]
FIRST = ("80", "-1", "Use deterministic algorithm for size <= 80 bits")
CITING = "The exact values as implemented are listed in table 8.1 below, one row for each size."
CAPTION = "Table 8.1: Number of Miller-Rabin rounds as implemented"
CENTRES = (150, 195, 340)  # each column's cells centred here


@cache
def _rounds() -> Parsed:
    """The citing sentence, the heads in bold (the first two 1.5 em apart, which pdfminer reads as
    one line), the first row with its wide third cell, nine rows of three short cells, the caption."""
    top = 690.0
    heads = [text_row(140, top, "bits", 10, b"F2"), text_row(173, top, "Rounds", 10, b"F2")]
    heads.append(_centred(CENTRES[2] - 20, CENTRES[2] + 20, top, "Error", b"F2"))
    rows = []
    for at, row in enumerate([FIRST, *ROUNDS]):
        y = top - 12 * (at + 1)
        rows += [
            _centred(centre - 50, centre + 50, y, cell) for centre, cell in zip(CENTRES, row, strict=True)
        ]
    caption = helvetica_line(150, top - 12 * (len(ROUNDS) + 2) - 12, CAPTION, 10)
    content = b"\n".join([helvetica_line(LEFT, 720, CITING, 10), *heads, *rows, caption])
    return parse_pdf(one_page(content, [(b"F1", HELVETICA), (b"F2", HELVETICA_BOLD)]))[0]


def test_a_grid_under_a_wider_first_row_is_read_whole_with_its_heads():
    body = "\n".join(" | ".join(row) for row in ROUNDS)
    assert _rounds().text.split("\n\n") == [
        CITING,
        f"bits | Rounds | Error\n80 | -1 | Use deterministic algorithm for size <= 80 bits\n{body}",
        CAPTION,
    ]


def test_nothing_of_the_first_row_or_the_heads_is_cut():
    assert [span.attrs.get("text") for span in _rounds().layers.get("removed", [])] == []
