"""Three joins the Rcmdr guide got wrong (issue 15, the thirty-fifth check's row 4,
Getting-Started-with-the-Rcmdr.pdf): a key's name broken at its hyphen before one letter ("Ctrl-" /
"r,") lost the hyphen; an address broken before a slash of its path ("…/jfox/Misc" / "/Rcmdr/…")
kept a space inside; a one-line paragraph at the indent over the next paragraph's indented first
line ("… also shown in Figure 5." / "The read.table command …") ran the two together. Pages
hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import _justified, _parse, _text, _width  # noqa: E402


def _lines(rows: list[tuple[float, str]], full: int) -> list[str]:
    """``rows`` (left edge, text) 14 pt apart from the top, the first ``full`` justified to end at
    532 pt, the rest at their own width."""
    return [
        _justified(x, 780 - 14 * at, text, 532 - x) if at < full else _text(x, 780 - 14 * at, text)
        for at, (x, text) in enumerate(rows)
    ]


def test_a_hyphen_before_one_letter_overleaf_stays():
    rows = [
        (72, "Pressing the Submit button at the right below the tab, or the key combination Ctrl-"),
        (72, "r, for run, sends the line under the cursor to be run again in the console."),
    ]
    assert _parse([_lines(rows, 1)]).text == f"{rows[0][1]}{rows[1][1]}"


def test_an_address_broken_before_a_slash_of_its_path_joins_without_a_space():
    rows = [
        (72, "The notes on installing the program are found at its web page <example.univ.edu/jdoe/Misc"),
        (72, "/Prog/index.html> or at <tinyurl.com/Prog>, where each platform has its own."),
    ]
    assert _parse([_lines(rows, 1)]).text == f"{rows[0][1]}{rows[1][1]}"


def test_a_one_line_paragraph_at_the_indent_stands_apart_from_the_next():
    """The one-line paragraph ends a sentence 14 pt short of the measure (a justified line ends at
    it), and the next line starts at the same 15 pt indent: two paragraphs."""
    one = "I next clicked the button that shows the data set, which opens in a window of its own."
    rows = [
        (87, "The file is read with the command that the dialog writes into the script tab, and the"),
        (72, "data set becomes the active one, its name shown in the button near the top of the window."),
        (72, "A note appears in the pane of messages."),
        (87, one),
        (87, "The command creates a data frame, an object that holds a rectangular data set of cases"),
        (72, "by variables: the rows of the data set are the cases and the columns the variables."),
    ]
    page = _lines(rows, 2)
    page[3] = _justified(87, 780 - 14 * 3, one, 532 - 87 - 14)
    page[4] = _justified(87, 780 - 14 * 4, rows[4][1], 532 - 87)
    assert _width(one) < 532 - 87 - 14
    assert _parse([page]).text.split("\n\n") == [
        " ".join(text for _, text in rows[:3]),
        one,
        f"{rows[4][1]} {rows[5][1]}",
    ]
