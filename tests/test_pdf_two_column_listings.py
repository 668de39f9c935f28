"""Listings that stand level in the two columns of a page keep to their columns (issue 15, the
thirty-first check: a two-column R vignette set from TeX). Where a listing in the left column stood
beside one in the right column, whose lines are set in from the column's edge, the right one's rows
were read onto the left one's ("… xx(x);      Rscript --default-packages=…"); and a listing's
comments set out to the right of its code were taken for a table's keys with the right column's
prose lines beside them as their descriptions ("# defaults  the manual is …"). The page's gutter,
clear on its prose rows, parts those rows too. The pages are hand-built; the sentences and code are
sloika's own and the expected texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import COURIER, HELVETICA, code_line, helvetica_line, one_page  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

LEFT, RIGHT = 54, 313  # the columns' left edges; each 240 points wide, a gutter of 19 points
MEASURE = 240
LEADING = 12
PITCH = 6  # points: a 10 pt Courier letter, so 6 points further right is one space in


def _paragraph(x: float, top: float, lines: list[str]) -> list[bytes]:
    """Justified Helvetica lines from ``top`` down, the last one ragged."""
    return [
        helvetica_line(x, top - LEADING * at, line, 10, x + MEASURE if at < len(lines) - 1 else None)
        for at, line in enumerate(lines)
    ]


def _listing(x: float, top: float, rows: list[str]) -> list[bytes]:
    """Courier rows from ``top`` down, each row's indent set as a shift right, as TeX draws it."""
    return [
        code_line(x + PITCH * (len(row) - len(row.lstrip())), top - LEADING * at, row.lstrip(), 10)
        for at, row in enumerate(rows)
    ]


LEFT_ABOVE = [
    "The package compiles a function from a string of",
    "code and returns it ready to be called from the",
    "session. The string below holds the body of the",
    "function, and the call names the plugin to use:",
]
LEFT_CODE = ["f <- compile(signature(x = 'numeric'),", "    body = src,", "    plugin = 'Rcpp')"]
LEFT_BELOW = [
    "Called with a vector, the new function returns the",
    "sum of its elements, as the loop in its body adds",
    "them up one after the other.",
]
RIGHT_ABOVE = [
    "A package under work is quicker to test from the",
    "command line, where one call installs it and the",
    "next one loads it into a fresh session and runs",
    "the function it exports with a test value in it:",
]
RIGHT_CODE = ["$ R CMD INSTALL pkg && \\", "    Rscript -e 'run(3.14)'"]
RIGHT_BELOW = [
    "The first command installs the package, and the",
    "second starts a session that loads it, calls the",
    "function and quits again.",
]


def _level_listings() -> bytes:
    """Two columns, each a paragraph, a listing and a paragraph; the right listing set in 12
    points from its column's edge, its rows level with the left listing's."""
    parts = _paragraph(LEFT, 700, LEFT_ABOVE) + _listing(LEFT, 645, LEFT_CODE)
    parts += _paragraph(LEFT, 600, LEFT_BELOW)
    parts += _paragraph(RIGHT, 700, RIGHT_ABOVE) + _listing(RIGHT + 2 * PITCH, 645, RIGHT_CODE)
    parts += _paragraph(RIGHT, 600, RIGHT_BELOW)
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def _paragraphs(data: bytes) -> list[str]:
    return [p for p in parse_pdf(data)[0].text.split("\n\n") if p.strip()]


def test_level_listings_in_two_columns_keep_to_their_columns():
    assert _paragraphs(_level_listings()) == [
        " ".join(LEFT_ABOVE),
        "f <- compile(signature(x = 'numeric'),\n    body = src,\n    plugin = 'Rcpp')",
        " ".join(LEFT_BELOW),
        " ".join(RIGHT_ABOVE),
        "$ R CMD INSTALL pkg && \\\n    Rscript -e 'run(3.14)'",
        " ".join(RIGHT_BELOW),
    ]


CALLS = [("draw()", "# defaults"), ("draw(1:5)", "# supply x"), ("draw(n = 2)", "# two rows")]
RIGHT_TEXT = [
    "The manual is available for browsing as pages of",
    "its own, as one large document to print, and as",
    "the help files that come with the package, which",
    "the session shows when a name is asked for, each",
    "of them with its examples at the end.",
]


def _comments_beside_prose() -> bytes:
    """A left-column listing of calls, each with its comment set out at x 200 (ending 34 points short
    of the gutter), its rows level with the right column's paragraph."""
    parts = _paragraph(LEFT, 700, LEFT_ABOVE)
    for at, (call, comment) in enumerate(CALLS):
        parts += [
            code_line(LEFT, 652 - LEADING * at, call, 10),
            code_line(200, 652 - LEADING * at, comment, 10),
        ]
    parts += _paragraph(LEFT, 600, LEFT_BELOW)
    parts += _paragraph(RIGHT, 700, RIGHT_ABOVE) + _paragraph(RIGHT, 652, RIGHT_TEXT)
    return one_page(b"\n".join(parts), [(b"F1", HELVETICA), (b"F2", COURIER)])


def test_a_listings_comments_are_no_keys_of_the_other_columns_prose():
    assert _paragraphs(_comments_beside_prose()) == [
        " ".join(LEFT_ABOVE),
        # the comments 146 points right of the calls: 24 letters in (146 / 6)
        "draw()"
        + " " * 18
        + "# defaults\ndraw(1:5)"
        + " " * 15
        + "# supply x\ndraw(n = 2)"
        + " " * 13
        + "# two rows",
        " ".join(LEFT_BELOW),
        " ".join(RIGHT_ABOVE),
        " ".join(RIGHT_TEXT),
    ]
