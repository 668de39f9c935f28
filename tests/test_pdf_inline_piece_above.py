"""A piece of an inline formula cut above a paragraph's lines is no display between them (issue 15,
the twenty-sixth held-out check re-read, bridgesampling's p. 14: "… closely matches the" / "Bayes
factor obtained …" broken in mid-sentence). pdfminer may read a cut formula's placeholder after a
line; it counts as a display between that line and the one before only where it stands between
them on the page. All texts are written for this test."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_page_rows import DEBRIS, TABLE
from sloika.pipelines.formats.pdf_reflow import paragraphs  # noqa: E402

PROSE = "Given that the whole of the data is at hand, the likelihood function for a matrix of rates"
MORE = "A further sentence follows here, so that the page holds enough lines of its text body."


def _line(text: str, x0: float, x1: float, top: float, bottom: float, **flags) -> Line:
    return Line(0, text, x0, x1, top, bottom, 10.0, 792.0, **flags)


def test_a_cut_piece_above_the_line_before_does_not_break_the_sentence():
    """The placeholder of a root sign cut from the first line is read after the paragraph's last
    line, but stands two lines above it: the sentence "… closely matches the" + "Bayes factor …"
    reads whole."""
    lines = [
        _line(PROSE, 72.0, 540.0, 84.0, 94.0),
        _line(
            "and the two groups differ. The estimated factor closely matches the", 72.0, 540.0, 96.0, 106.0
        ),
        _line("Bayes factor obtained with the other package (i.e., BF = 17.259).", 72.0, 380.0, 108.0, 118.0),
        _line(f"{DEBRIS}0", 444.0, 452.0, 80.0, 90.0, formula=True),
        _line(MORE, 72.0, 540.0, 132.0, 142.0),
    ]
    assert paragraphs([lines]) == [
        f"{PROSE} and the two groups differ. The estimated factor closely matches the Bayes factor"
        " obtained with the other package (i.e., BF = 17.259).",
        f"{DEBRIS}0",
        MORE,
    ]


def _case_line(text: str, x0: float, top: float, x1: float, size: float = 10.0) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 792.0)


def _case_display(top: float, left: float, formula: str) -> list[Line]:
    """A display of three rows: an integral's upper limit and a fraction's top, the formula's row
    with its condition set apart, the lower limit and the fraction's bottom."""
    return [
        _case_line("∞", left + 55.0, top, left + 62.0, size=7.6),
        _case_line("e−u", left + 68.0, top, left + 80.0),
        _case_line(formula, left, top + 6.0, left + 52.0),
        _case_line("du,", left + 86.0, top + 8.0, left + 98.0),
        _case_line("y > 0", left + 110.0, top + 8.0, left + 136.0),
        _case_line("y", left + 55.0, top + 18.0, left + 60.0, size=7.6),
        _case_line("u", left + 72.0, top + 16.0, left + 76.0),
    ]


def test_case_lines_between_displays_stay_cells_of_their_display():
    """A display's cases, each condition a bare line at the margin between formulas ("for all entries
    in A and B" / "for all entries in A but not B"): no sentence's lead-in, which ends a clause with
    its stop, colon or comma; the lines stay the display's, not one line of text."""
    page = [
        _case_line(
            "The result of the operation is defined entry by entry as follows, in three", 130.0, 100.0, 480.0
        ),
        *_case_display(118.0, 210.0, "C(i, j) = ∫"),
        _case_line("for all entries in A and B", 130.0, 149.0, 260.0),
        *_case_display(164.0, 200.0, "C(i, j) = ∑"),
        _case_line("for all entries in A but not B", 130.0, 195.0, 275.0),
        *_case_display(210.0, 200.0, "C(i, j) = ∏"),
        _case_line(
            "and the result has the union of the two patterns of entries as its own.", 130.0, 244.0, 470.0
        ),
    ]
    layout = lay_out([page], [[]])
    texts = [ln.text for ln in layout.pages[0] if not ln.text.startswith(TABLE)]
    assert "for all entries in A and B" not in texts
    assert "for all entries in A but not B" not in texts
    cells = [cell for table in layout.tables for row in table.rows for cell in row]
    assert "for all entries in A and B" in cells and "for all entries in A but not B" in cells


def test_short_lines_set_apart_between_cut_displays_do_not_run_on():
    """A display's case conditions, short lines set in between formulas cut as ``math`` ("for all
    entries in A and B" + [formula] + "for all entries in A but not B"): each a line of its own, no
    sentence running on across the display."""
    lines = [
        _line(PROSE, 72.0, 540.0, 84.0, 94.0),
        _line("of the result. That is:", 72.0, 180.0, 96.0, 106.0),
        _line("for all entries in A and B", 96.0, 230.0, 112.0, 122.0),
        _line(f"{DEBRIS}0", 120.0, 200.0, 124.0, 134.0, formula=True),
        _line("for all entries in A but not B", 96.0, 240.0, 136.0, 146.0),
        _line(f"{DEBRIS}1", 120.0, 200.0, 148.0, 158.0, formula=True),
        _line(MORE, 72.0, 540.0, 164.0, 174.0),
    ]
    assert paragraphs([lines]) == [
        f"{PROSE} of the result. That is:",
        "for all entries in A and B",
        f"{DEBRIS}0",
        "for all entries in A but not B",
        f"{DEBRIS}1",
        MORE,
    ]
