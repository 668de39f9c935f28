"""A line of running prose set at the text width is never a table's row (issue 15, twenty-seventh
check row 3).

A technical report sets inline fractions and bars in its lines ("… and the largest |βb/∥β∥|,
effectively calcu-"): pdfminer reads such a line as pieces side by side, and where a display stood
a few points above, the pieces paired with it into an aligned block, so the line became a table's
row and the sentence lost its middle ("… by ρ = ∥β∥," + "lating the change …"); a full line between
two such rows went with them. A display is centred or set in and a table's cells stand columns
apart, but these rows open at the text's margin with prose and run to its right edge with no gap
but where a fraction stands. The pages below are hand-built lines with those features; the
expected texts are by hand.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_block_rows import _text_width_rows
from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import TABLE

LEFT = 72.0
RIGHT = 540.0


def _line(text: str, x0: float, top: float, x1: float, size: float = 10.0, **flags) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 792.0, **flags)


def _matrix(top: float) -> list[Line]:
    """A display of a matrix and its name, centred: three rows of pieces side by side."""
    return [
        _line("A", 290.0, top, 298.0),
        _line("0", 330.0, top, 336.0),
        _line("M = [", 240.0, top + 12.0, 270.0, formula=True),
        _line("]", 350.0, top + 12.0, 354.0, formula=True),
        _line("B", 290.0, top + 24.0, 298.0),
        _line("C", 330.0, top + 24.0, 338.0),
    ]


def _fraction(x0: float, top: float) -> list[Line]:
    """An inline fraction: its top and bottom over and under the line's baseline."""
    return [
        _line("βb", x0 + 5.0, top - 6.0, x0 + 18.0),
        _line("∥β∥", x0 + 4.0, top + 6.0, x0 + 20.0, formula=True),
    ]


def _texts(page: list[Line]) -> list[str]:
    return [ln.text for ln in page if not ln.text.startswith(TABLE)]


def _cells(layout) -> list[str]:
    return [cell for table in layout.tables for row in table.rows for cell in row]


def test_a_line_broken_by_an_inline_fraction_under_a_display_stays_text():
    page = [
        _line(
            "The version of the pricing used here scales each value by the norm of its row,",
            LEFT,
            100.0,
            RIGHT,
        ),
        *_matrix(118.0),
        _line(
            "choosing a leaving variable with a value of appropriate sign and the largest", LEFT, 164.0, 418.0
        ),
        *_fraction(421.0, 164.0),
        _line(", effectively calcu-", 448.0, 164.0, RIGHT),
        _line(
            "lating the change in the objective over a unit vector in the direction of motion",
            LEFT,
            176.0,
            RIGHT,
        ),
        _line("in the space of the dual variables.", LEFT, 188.0, 230.0),
    ]
    layout = lay_out([page], [[]])
    texts = _texts(layout.pages[0])
    assert texts[0] == "The version of the pricing used here scales each value by the norm of its row,"
    assert (
        "choosing a leaving variable with a value of appropriate sign and the largest , effectively calcu-"
        in texts
    )
    assert texts[-2:] == [
        "lating the change in the objective over a unit vector in the direction of motion",
        "in the space of the dual variables.",
    ]
    assert not any("choosing" in cell or "effectively" in cell for cell in _cells(layout))


def test_a_full_line_between_two_broken_lines_stays_text():
    page = [
        *_matrix(100.0),
        _line(
            "is not quite enough. Where possible, the code picks the planes tilted in the", LEFT, 128.0, 418.0
        ),
        *_fraction(421.0, 128.0),
        _line("direction of", 448.0, 128.0, RIGHT),
        _line(
            "the objective, so as to bound the problem. The preferred plane is the one with",
            LEFT,
            140.0,
            RIGHT,
        ),
        _line("the smallest ratio", LEFT, 152.0, 160.0),
        *_fraction(163.0, 152.0),
        _line(
            "over all the constraints in the degenerate set, which the code keeps apart.", 190.0, 152.0, RIGHT
        ),
    ]
    layout = lay_out([page], [[]])
    texts = _texts(layout.pages[0])
    assert "the objective, so as to bound the problem. The preferred plane is the one with" in texts
    assert (
        "the smallest ratio over all the constraints in the degenerate set, which the code keeps apart."
        in texts
    )
    assert not any("objective" in cell or "constraints" in cell for cell in _cells(layout))


def test_a_table_row_opening_with_a_phrase_at_the_margin_is_no_line_of_text():
    rows = [
        ("Number of observations in the sample", "many", "some", "all"),
        ("Number of variables in the sample", "few", "fewer", "most"),
        ("Number of rows that were left out", "none", "one", "two"),
    ]
    page = [
        _line("The sizes of the two samples are as follows, before and after the cut.", LEFT, 90.0, RIGHT)
    ]
    for at, (name, *cells) in enumerate(rows):
        top = 110.0 + 12.0 * at
        page += [_line(name, LEFT, top, 250.0)]
        page += [
            _line(cell, x0, top, x0 + 30.0) for cell, x0 in zip(cells, (300.0, 400.0, 510.0), strict=True)
        ]
    assert _text_width_rows(page, [page[1:]]) == []


def test_a_line_opening_with_a_variable_and_its_scripts_stays_text():
    """A line opening with a variable that carries a superscript and a subscript ("x" with "lower"
    over "k", the scripts set smaller, apart from the words) is the sentence's line (issue 15,
    twenty-eighth check row 4)."""
    page = [
        *_matrix(100.0),
        _line("xlower", LEFT, 136.0, 98.0, size=7.0, formula=True),
        _line("k", 78.0, 142.0, 82.0, size=7.0, formula=True),
        _line(
            "lower values defining the right-censored observations, and the intervals defining the",
            102.0,
            136.0,
            RIGHT,
        ),
        _line("interval-censored observations of the sample.", LEFT, 148.0, 300.0),
    ]
    layout = lay_out([page], [[]])
    texts = _texts(layout.pages[0])
    assert (
        "xlower k lower values defining the right-censored observations, and the intervals defining the"
        in texts
    )
    assert "interval-censored observations of the sample." in texts
    assert not any("censored" in cell for cell in _cells(layout))
