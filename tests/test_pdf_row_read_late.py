"""A row of a justified paragraph that pdfminer read in pieces, its longer end first and before the
lines above it (issue 15, the twenty-eighth held-out check: a manual's "… } instead of either
command." read ahead of its section's first two lines). The row is read where it stands, under the
lines above it. All texts are written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from sloika.pipelines.formats.pdf_line_record import Line  # noqa: E402
from sloika.pipelines.formats.pdf_pieces import _joined_pieces


def _line(text: str, x0: float, x1: float, top: float, bottom: float) -> Line:
    return Line(0, text, x0, x1, top, bottom, 10.0, 792.0)


def test_a_rows_longer_end_read_before_the_lines_above_it_goes_under_them():
    """The row's end ("} around the steps. …"), then the paragraph's first two lines over it, then
    the row's start and its last word: one row, read after the two lines."""
    lines = [
        _line("} around the steps. The second branch may be left out.", 226.0, 518.0, 441.3, 451.6),
        _line("Rules know two forms of control: tests and switches.", 83.0, 380.0, 415.3, 425.3),
        _line("A test reads: if cond then step1; else step2; and you can write {", 83.0, 551.0, 429.4, 439.6),
        _line("step_1; step_2; ...", 83.0, 215.6, 441.3, 451.6),
        _line("When", 526.0, 551.0, 441.3, 451.3),
        _line("the condition holds, step1 is run, otherwise step2 is run.", 83.0, 451.0, 453.3, 463.3),
    ]
    assert [line.text for line in _joined_pieces(lines)] == [
        "Rules know two forms of control: tests and switches.",
        "A test reads: if cond then step1; else step2; and you can write {",
        "step_1; step_2; ... } around the steps. The second branch may be left out. When",
        "the condition holds, step1 is run, otherwise step2 is run.",
    ]


def test_a_rows_piece_read_after_a_line_beside_it_keeps_the_order():
    """A row's start, a line of the other column's top (above the row, beside it), then the row's
    end: the row stays where its start was read, before the other column."""
    lines = [
        _line("The first column's line, read first and set wide", 72.0, 290.0, 441.3, 451.6),
        _line("The other column opens higher up the page.", 320.0, 540.0, 300.0, 310.0),
        _line("on.", 292.0, 300.0, 441.3, 451.6),
    ]
    assert [line.text for line in _joined_pieces(lines)] == [
        "The first column's line, read first and set wide on.",
        "The other column opens higher up the page.",
    ]


def test_two_rows_whose_ends_were_read_first_go_under_the_lines_over_them():
    """A listing's two rows, each in two pieces: both ends read first, then the two lines over the
    rows, then the rows' starts. Each row goes under the lines over it, in its order."""
    lines = [
        _line("width = 2) # a box two units wide.", 257.0, 590.0, 136.4, 144.6),
        _line("width = 3) # a box three units wide.", 257.0, 590.0, 145.9, 154.1),
        _line("show(a) # the first box.", 138.0, 453.0, 117.5, 125.7),
        _line("grow(a) <- 2 # the first box, grown.", 138.0, 392.0, 127.0, 135.2),
        _line("b <- Box(height = 1,", 137.6, 249.2, 136.4, 144.4),
        _line("c <- Box(height = 1,", 137.4, 249.2, 145.9, 153.9),
        _line("d <- b + c # two boxes side by side.", 138.0, 478.0, 155.4, 163.6),
    ]
    assert [line.text for line in _joined_pieces(lines)] == [
        "show(a) # the first box.",
        "grow(a) <- 2 # the first box, grown.",
        "b <- Box(height = 1, width = 2) # a box two units wide.",
        "c <- Box(height = 1, width = 3) # a box three units wide.",
        "d <- b + c # two boxes side by side.",
    ]
