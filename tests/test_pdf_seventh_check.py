"""PDF reader fixes from the seventh held-out check (issue 15): geometry copied from the TeX Live
manuals the check read, text sloika's own."""

from __future__ import annotations

import re

from sloika.pipelines.formats.pdf_layout import DEBRIS, lay_out
from sloika.pipelines.formats.pdf_lines import MARK_CLOSE, MARK_OPEN, Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

PLACEHOLDER = re.compile(f"{DEBRIS}\\d+")  # where a debris line stood (here the marks' rows)


def line(text: str, x0: float, x1: float, top: float, size: float = 10.9) -> Line:
    return Line(0, text, x0, x1, top, top + size, size, 792.0)


def mark(number: str, x0: float, top: float) -> Line:
    """A raised footnote mark that pdfminer read as a row of its own (8 pt, 4 pt above the line)."""
    return line(f"{MARK_OPEN}{number}{MARK_CLOSE}", x0, x0 + 4.0, top, 8.0)


def test_a_full_stop_set_after_raised_footnote_marks_ends_its_sentence():
    """pmx-install.pdf: "… and installing files¹ ³." — pdfminer reads the raised marks as rows of
    their own and splits the line at them, so "." is a piece alone after the marks; it ends the
    sentence ("files."), it is no dot leader to drop, and the next sentence does not run on."""
    page = [
        line(
            "you may need to read the notes on the setup, mainly the pages on which folder to",
            72.0,
            540.0,
            314.7,
        ),
        mark("2", 88.4, 324.2),
        line("use", 72.0, 88.4, 328.3),
        line("and copying files", 96.1, 185.6, 328.3),
        mark("1", 340.0, 310.7),
        mark("3", 185.6, 324.2),
        line(".", 190.1, 192.8, 328.3),
        line(
            "Many more packages and examples of their use may be found at the music archive",
            72.0,
            532.8,
            360.0,
        ),
        mark("5", 532.8, 355.9),
        line(".", 537.3, 540.0, 360.0),
        line("Help is given on the mailing list.", 72.0, 250.0, 373.5),
    ]
    found = [p for p in (PLACEHOLDER.sub("", p) for p in paragraphs(lay_out([page], [[]]).pages)) if p]
    assert found == [
        "you may need to read the notes on the setup, mainly the pages on which folder to use and "
        "copying files.",
        "Many more packages and examples of their use may be found at the music archive. "
        "Help is given on the mailing list.",
    ]


def test_dot_leader_pieces_keep_their_spaces():
    """A contents line's dot leaders are pieces "." too: after a piece that ends in punctuation the
    space stays ("package. . ."), so leaders stay leaders; ")." closing a bracket joins its word."""
    from sloika.pipelines.formats.pdf_layout import _pieces_text

    assert _pieces_text("1.1 Loading the package.", ".") == "1.1 Loading the package. ."
    assert _pieces_text("see the appendix (page 4", ").") == "see the appendix (page 4)."
    assert _pieces_text("the archive", "Support for users") == "the archive Support for users"
