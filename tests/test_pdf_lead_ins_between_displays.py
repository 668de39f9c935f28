"""Lead-ins between displays stay text; a justified line split at one wide gap is one line; a URL
that did not fit after a colon ends its sentence (issue 15, twenty-sixth check rows 2 and 5).

An R vignette sets displays of two or three rows of pieces (an integral's limits over and under it,
a fraction's parts) a line of prose apart: "The … are related as follows:" at the text's margin
between two displays less than ``ROW_GAP`` em apart. The two displays chained into one aligned
block and the sentence became a row of its table, out of the text. A justified line that TeX
stretched at one sentence's end ("… evaluated with (7)." and "If", 0.8 em apart) was read as two
cells side by side, and the paragraph around it went into a table with the next display. A
sentence ending "… here:" whose URL did not fit on its line stood apart from the URL. The pages
below are hand-built lines and tiny PDFs with those features; the expected texts are by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pdf_objects import helvetica_page, helvetica_rows  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import TABLE

LEFT = 130.0
RIGHT = 480.0


def _line(text: str, x0: float, top: float, x1: float, size: float = 10.0, **flags) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 792.0, **flags)


def _display(top: float, left: float, pieces: tuple[str, str, str]) -> list[Line]:
    """A three-row display: an integral's upper limit and a fraction's top, the formula's row with
    its condition set apart, the lower limit and the fraction's bottom."""
    upper, formula, condition = pieces
    return [
        _line(upper, left + 55.0, top, left + 62.0, size=7.6),
        _line("e−u", left + 68.0, top, left + 80.0),
        _line(formula, left, top + 6.0, left + 52.0),
        _line("du,", left + 86.0, top + 8.0, left + 98.0),
        _line(condition, left + 110.0, top + 8.0, left + 136.0),
        _line("y", left + 55.0, top + 18.0, left + 60.0, size=7.6),
        _line("u", left + 72.0, top + 16.0, left + 76.0),
    ]


def _texts(page: list[Line]) -> list[str]:
    return [ln.text for ln in page if not ln.text.startswith(TABLE)]


def test_a_lead_in_at_the_margin_between_two_displays_stays_text():
    page = [
        _line("The first transform of a function is defined for positive values by", LEFT, 100.0, RIGHT),
        *_display(120.0, 210.0, ("∞", "F(y) = ∫", "y > 0.")),
        _line("The two transforms are related as follows:", LEFT, 151.0, 345.0),
        *_display(166.0, 200.0, ("∞", "G(y) = ∫", "y > 1,")),
        _line("where the second one is read as a limit of the first.", LEFT, 200.0, 380.0),
    ]
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0]) == [
        "The first transform of a function is defined for positive values by",
        "The two transforms are related as follows:",
        "where the second one is read as a limit of the first.",
    ]
    cells = [cell for table in layout.tables for row in table.rows for cell in row]
    assert "F(y) = ∫" in cells and "G(y) = ∫" in cells
    assert not any("related" in cell for cell in cells)


def test_a_justified_line_split_at_its_one_wide_gap_is_one_line():
    page = [
        _line("When the order is negative, the relation above is used again and again", LEFT, 100.0, RIGHT),
        _line("until the order is positive. The sum can then be found with (7).", LEFT, 112.0, 462.0),
        _line("If", 470.0, 112.0, RIGHT),
        _line("the order is zero, the sum needs the value of", LEFT, 124.0, 380.0),
        *_display(144.0, 210.0, ("∞", "H(y) = ∫", "y > 0,")),
        _line("the first transform defined above.", LEFT, 178.0, 300.0),
    ]
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0]) == [
        "When the order is negative, the relation above is used again and again",
        "until the order is positive. The sum can then be found with (7). If",
        "the order is zero, the sum needs the value of",
        "the first transform defined above.",
    ]
    assert [row[0] for row in layout.tables[0].rows] == ["∞", "H(y) = ∫", "y"]


def test_a_url_too_long_for_the_line_after_a_colon_ends_its_sentence():
    rows = [
        (72, "If the build stops at the configure step, saying that there is no working compiler on"),
        (72, "this system, a way out is to download and install the tools from here:"),
        (72, "http://developer.example.org/downloads/command-line-tools/latest/."),
        (72, "Then run the configure step again and go on with the build as shown above in the"),
        (72, "second step, which now finds the compiler it needs and ends without an error."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert doc.text == (
        "If the build stops at the configure step, saying that there is no working compiler on"
        " this system, a way out is to download and install the tools from here:"
        " http://developer.example.org/downloads/command-line-tools/latest/.\n\n"
        "Then run the configure step again and go on with the build as shown above in the"
        " second step, which now finds the compiler it needs and ends without an error."
    )


def test_a_url_that_would_have_fitted_after_a_colon_stands_apart():
    rows = [
        (72, "If the build stops at the configure step, saying that there is no working compiler on"),
        (72, "this system, the tools are found at:"),
        (72, "http://example.org/tools/"),
        (72, "Then run the configure step again and go on with the build as shown above in the"),
        (72, "second step, which now finds the compiler it needs and ends without an error."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert doc.text.split("\n\n")[1] == "http://example.org/tools/"


def test_numbers_after_a_relation_sign_end_the_sentence():
    """A sentence's last line of numbers alone, under an indented line that stops on "x =", is the
    sentence's end, no page number: it stays, at the margin under the indented line."""
    rows = [
        (72, "The first table lists the values of the function for each of the given orders."),
        (87, "We also list the values of the second function for a = -1.5, -1, -0.5, 1 and x ="),
        (72, "1, 2, ..., 10."),
        (72, "Both tables agree with the published values to the last digit that they show."),
    ]
    (doc,) = parse_pdf(helvetica_page(helvetica_rows(rows)))
    assert "and x = 1, 2, ..., 10." in doc.text
    assert not doc.layers.get("removed")


def test_a_line_that_runs_on_into_the_display_under_it_stays_text():
    """A sentence's words between two displays that end on a word asking for what follows (r-cran-iso's
    algorithm.pdf p. 5: "Hence g∗(s) minimizes" (3) "and hence is the isotonic regression of" h(s)):
    a lead-in that runs on into the display, no cell; the two displays chained into one table with
    it, and the words were in no text."""
    before = "The first two terms do not involve the estimate. Hence the estimate minimizes"
    after = "It follows readily that the values of the estimate are in increasing order."
    page = [
        _line(before, LEFT, 100.0, RIGHT),
        *_display(120.0, 210.0, ("∞", "F(y) = ∫", "y > 0")),
        _line("and hence is the isotonic regression of", LEFT, 151.0, 330.0),
        *_display(166.0, 200.0, ("∞", "G(y) = ∫", "y > 1")),
        _line(after, LEFT, 200.0, RIGHT),
    ]
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0]) == [before, "and hence is the isotonic regression of", after]
    cells = [cell for table in layout.tables for row in table.rows for cell in row]
    assert not any("regression" in cell for cell in cells)


def test_a_clause_that_joins_two_displays_stays_text():
    """A sentence's words between two displays, symbols among them, that end on "and" joining the
    display over them to the one under them (r-cran-iso's algorithm.pdf p. 5: [gcu(s)'s cases]
    "for s ∈ S1 and" [glu(s)'s cases] "for s ∈ S2."): the sentence's, no cell of the displays; they
    went into the displays' `math` record. A case's bare condition stays the display's (above)."""
    after = "for s ∈ S2. Therefore the estimate is a function of the first fit on the first set."
    page = [
        _line("Applying the two lemmas above to the level sets, it follows that", LEFT, 100.0, RIGHT),
        *_display(120.0, 210.0, ("∞", "F(y) = ∫", "y > 0")),
        _line("for s ∈ S1 and", LEFT, 151.0, 200.0),
        *_display(166.0, 200.0, ("∞", "G(y) = ∫", "y > 1")),
        _line(after, LEFT, 200.0, RIGHT),
    ]
    layout = lay_out([page], [[]])
    assert _texts(layout.pages[0]) == [
        "Applying the two lemmas above to the level sets, it follows that",
        "for s ∈ S1 and",
        after,
    ]
    cells = [cell for table in layout.tables for row in table.rows for cell in row]
    assert "for s ∈ S1 and" not in cells
