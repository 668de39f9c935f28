"""Short lines of an R vignette's listings, its labelled items and numbers that end a sentence or an
entry (issue 15, twenty-second check rows 1 and 19).

r-cran-ape's DrawingPhylogenies.pdf sets its R session in a monospaced font the PDF leaves unnamed.
A line of it too short, or without a narrow glyph, to be known by its widths ("> x", "> n <- 100",
"Homo", a matrix's rows, "[4,]    7    8" atop the next page) was read as prose and cut as a
`fragment` or `debris`. r-cran-interp's partDeriv.pdf cut "> n <- ng*ng" and "if(dg>0){" (a named
typewriter font) and a definition's item "(a) K(x) ≥ 0" as `fragment`s: a program's row and a
labelled item have few letters. A sentence's last number after an open bracket ("(if method =" +
"2).") and a reference's "34:1535–1542, 2017." under its hung line were `numbers_only` debris. The
pages below are hand-built with those features; their words are sloika's own and the expected texts
are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import (  # noqa: E402
    COURIER,
    HELVETICA,
    UNNAMED_MONO,
    code_line,
    code_lines,
    font_pages,
    helvetica_line,
    helvetica_page,
    one_page,
)

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
LEFT, RIGHT = 72.0, 472.0  # the column
TOP = 750  # the first row's baseline


def _line(x: float, row: int, text: str, end: float | None = None) -> bytes:
    """A Helvetica line at ``x`` on ``row`` (from ``TOP`` down); ``end``: justified to end there."""
    return helvetica_line(x, TOP - LEADING * row, text, SIZE, end)


def _code(row: int, text: str, x: float = LEFT + 6) -> bytes:
    """A line of the listing font ``/F2`` on ``row``."""
    return code_line(x, TOP - LEADING * row, text, SIZE)


def _removed(doc) -> list[str]:
    return [span.attrs.get("text", "") for spans in doc.layers.values() for span in spans]


def test_short_lines_of_an_unnamed_fixed_pitch_listing_are_its_rows():
    """A session in an unnamed monospaced font: its lines too short to be known by their own widths
    ("> x", "> p <- 3", "Homo 1 4 1", "}") are known by the listing font's pitch on the page, and an
    output's rows atop the next page by the pitch the pages before set."""
    first = b"\n".join(
        [
            _line(LEFT, 0, "The next example draws a random tree with one hundred tips and three", RIGHT),
            _line(LEFT, 1, "variables from a uniform distribution:"),
            _code(3, "> n <- 100"),
            _code(4, "> p <- 3"),
            _code(5, "> x <- matrix(runif(p * n), n, p)"),
            _code(6, "> f <- function(x) {"),
            _code(7, "+     sum(x[1, ])"),
            _code(8, "+ }"),
            _code(9, "> x"),
            _code(10, "A B C", x=LEFT + 6 + 5 * 6),
            _code(11, "Homo 1 4 1"),
            _code(12, "Pan  3 6 3"),
            _code(13, "> tree$edge"),
            _code(14, "[,1] [,2]", x=LEFT + 6 + 5 * 6),
            _code(15, "[1,]    6    1"),
            _code(16, "[2,]    6    7"),
        ]
    )
    second = b"\n".join(
        [
            _code(0, "[3,]    7    2"),
            _code(1, "[4,]    8    3"),
            _line(LEFT, 3, "The matrix holds the tree's edges, one row for each of them."),
        ]
    )
    pdf = font_pages([first, second], [(b"F1", HELVETICA), (b"F2", UNNAMED_MONO)])
    doc = parse_pdf(pdf, foreign="keep")[0]
    assert code_lines(doc) == [
        "> n <- 100",
        "> p <- 3",
        "> x <- matrix(runif(p * n), n, p)",
        "> f <- function(x) {",
        "+     sum(x[1, ])",
        "+ }",
        "> x",
        "     A B C",
        "Homo 1 4 1",
        "Pan  3 6 3",
        "> tree$edge",
        "     [,1] [,2]",
        "[1,]    6    1",
        "[2,]    6    7",
        "[3,]    7    2",
        "[4,]    8    3",
    ], doc.text
    assert doc.text.split("\n\n")[0] == (
        "The next example draws a random tree with one hundred tips and three variables from a uniform "
        "distribution:"
    ), doc.text


def test_a_program_row_alone_is_no_fragment_but_a_drawings_letters_are():
    """A typewriter paragraph of one short row that reads as a program's ("> n <- ng*ng",
    "if(dg>0){") stays a code span; a typewriter drawing's letters ("ft    tr") are still cut."""
    page = one_page(
        b"\n".join(
            [
                _line(LEFT, 0, "Next we repeat the estimations with an irregular grid of the same size:"),
                _code(2, "> n <- ng*ng"),
                _line(LEFT, 4, "Then the derivatives are computed up to the degree asked for."),
                _code(6, "if(dg>0){"),
                _line(LEFT, 8, "A drawing of the two fields follows."),
                _code(10, "ft    tr", x=200),
                _line(LEFT, 12, "The fields are drawn to scale."),
            ]
        ),
        [(b"F1", HELVETICA), (b"F2", COURIER)],
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert code_lines(doc) == ["> n <- ng*ng", "if(dg>0){"], doc.text
    assert "ft" not in doc.text.split(), doc.text
    assert any("ft" in text and "tr" in text for text in _removed(doc)), _removed(doc)


def test_a_labelled_item_with_a_short_formula_stays_with_its_sibling():
    """A definition's items "(a) K(x) > 0" and "(b) …": the short first one is an item of the list,
    not a formula's letters."""
    page = helvetica_page(
        b"\n".join(
            [
                _line(LEFT, 0, "Definition 3.1. A kernel function K(x) is"),
                _line(LEFT + 12, 2, "1. a density function, hence"),
                _line(LEFT + 30, 4, "(a) K(x) > 0"),
                _line(LEFT + 30, 6, "(b) the integral of K(x) over the line is 1"),
                _line(LEFT + 12, 8, "2. symmetric about zero."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert "(a) K(x) > 0" in doc.text.split("\n\n"), doc.text
    assert "(a) K(x) > 0" not in _removed(doc), _removed(doc)


def test_numbers_that_close_a_bracket_or_a_hung_entry_end_their_sentence():
    """ "(if method =" + "2)." ends its sentence; "Molecular Biology and Evolution," + "34:1535–1542,
    2017.", both hung under the entry's first line, ends the entry. Numbers under a line with an
    open bracket that they do not close ("129") stay out."""
    page = helvetica_page(
        b"\n".join(
            [
                _line(
                    LEFT, 0, "The second function spaces the nodes by the number of tips below them,", RIGHT
                ),
                _line(LEFT, 1, "or evenly spaced along the axis of the drawing instead (if method =", RIGHT),
                _line(LEFT, 2, "2)."),
                _line(
                    LEFT,
                    4,
                    "The widths of the lines are all set in points of the printer (see the list",
                    RIGHT,
                ),
                _line(LEFT, 5, "129"),
                _line(LEFT, 7, "References"),
                _line(LEFT, 9, "[1] A. Writer and B. Reader. A short review of the trees drawn in", RIGHT),
                _line(LEFT + 15, 10, "viewers of many kinds. Molecular Biology and Evolution,", RIGHT),
                _line(LEFT + 15, 11, "34:1535-1542, 2017."),
                _line(LEFT, 12, "[2] C. Author. Inferring Trees. Some Press, Sunderland, 2004."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    paragraphs = doc.text.split("\n\n")
    assert (
        "The second function spaces the nodes by the number of tips below them, or evenly spaced along "
        "the axis of the drawing instead (if method = 2)." in paragraphs
    ), doc.text
    assert (
        "[1] A. Writer and B. Reader. A short review of the trees drawn in viewers of many kinds. Molecular "
        "Biology and Evolution, 34:1535-1542, 2017." in paragraphs
    ), doc.text
    assert "129" not in doc.text, doc.text
    assert "129" in _removed(doc), _removed(doc)


def test_numbers_closing_the_bracket_a_line_opens_after_closing_another_end_their_sentence():
    """SQUAREM.pdf (thirty-ninth check row 2): "…35: 335-353), and also in Roland, Vardhan, and
    Frangakis (Numerical Algorithms, 44:" + "159-172)." The line closes one bracket and opens the
    next, so its counts balance; "159-172)." went as `numbers_only` and the sentence ended on "44:"."""
    page = helvetica_page(
        b"\n".join(
            [
                _line(
                    LEFT, 0, "The method was proposed by Varadhan and Roland (Scandinavian Journal of", RIGHT
                ),
                _line(
                    LEFT,
                    1,
                    "Statistics, 35: 335-353), and also in Roland and Frangakis (Numerical Algorithms, 44:",
                    RIGHT,
                ),
                _line(LEFT, 2, "159-172)."),
                _line(LEFT, 4, "The functions in this package are made available with a library call."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert doc.text.split("\n\n")[0] == (
        "The method was proposed by Varadhan and Roland (Scandinavian Journal of Statistics, 35: 335-353), "
        "and also in Roland and Frangakis (Numerical Algorithms, 44: 159-172)."
    ), doc.text
    assert "159-172)." not in _removed(doc), _removed(doc)


def test_a_page_range_after_a_volume_ends_its_entry():
    """Multivariate_Extremes.pdf (evd): "Tawn, J. A. (1988). Bivariate extreme value theory: Models and
    estimation. Biometrika, 75," + "397–415." closing the bibliography's page, the entries set flush
    with no hang: the page range went as `numbers_only` and the entry ended on "75,"."""
    page = helvetica_page(
        b"\n".join(
            [
                _line(LEFT, 0, "Coles, S. G. and Tawn, J. A. (1991) Modelling extreme multivariate", RIGHT),
                _line(LEFT, 1, "events. J. R. Statist. Soc. B, 53, 377–392."),
                _line(LEFT, 3, "Tawn, J. A. (1988). Bivariate extreme value theory. Biometrika, 75,", RIGHT),
                _line(LEFT, 4, "397–415."),
            ]
        )
    )
    doc = parse_pdf(page, foreign="keep")[0]
    assert doc.text.split("\n\n")[-1] == (
        "Tawn, J. A. (1988). Bivariate extreme value theory. Biometrika, 75, 397–415."
    ), doc.text
    assert "397–415." not in _removed(doc), _removed(doc)
