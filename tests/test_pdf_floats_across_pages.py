"""A sentence a page ends inside goes on after the floats LaTeX set at the break (issue 15, the
thirty-fifth check's row 4, Getting-Started-with-the-Rcmdr.pdf): "… do not include any embedded
blanks in a" / a page of Figure 4 / Figure 5 atop the next page / "data-set name. R is …" and "…
These and other screen" / Figure 1 atop a page of bullets / "images in this document …" were each
closed mid-sentence, the second half a new paragraph in lower case; a bullet's line ending in a
quoted word ("… treat region as a “factor”") parted from its sentence's rest ("— that is, as a
categorical variable"). Pages hand-built, sentences sloika's own, expected texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from test_pdf_authors_and_floats import (  # noqa: E402
    AFTER,
    BEFORE,
    FILLER,
    _centred,
    _escaped,
    _first_page,
    _parse,
    _width,
)

ITEMS = [
    "The first line of the file holds the names of the variables, one for each column of the data.",
    "Each of the lines after it holds the values of one country, separated by one blank or more.",
    "A value that is missing is written as NA, which the reader takes for a value not available.",
    "The values need not line up in columns, though the file is easier to read where they do so.",
]


def _justified(x: float, y: float, text: str, width: float = 460.0) -> str:
    """A 10 pt Helvetica line stretched to ``width`` by its word spacing, its characters outside
    ASCII (curly quotes, dashes, the bullet) written as their WinAnsi codes in octal."""
    spacing = (width - _width(text)) / max(text.count(" "), 1)
    encoded = "".join(f"\\{ord(c.encode('cp1252')):03o}" if ord(c) > 126 else c for c in _escaped(text))
    return f"BT /F1 10 Tf {spacing:.3f} Tw {x} {y} Td ({encoded}) Tj ET"


def _bullets(top: float, items: list[list[str]]) -> list[str]:
    """Each of ``items`` (its lines) a bullet at 72 pt, its text at 87 pt, hanging there, the lines
    ending at the measure's right edge, 14 pt apart from ``top`` down."""
    lines: list[str] = []
    for item in items:
        lines.append(_justified(72, top, "\u2022", 5.0))
        lines += [_justified(87, top - 14 * at, line, 445.0) for at, line in enumerate(item)]
        top -= 14 * len(item)
    return lines


def test_a_sentence_goes_on_after_a_page_of_floats_and_a_float_atop_the_next():
    """Page 1 ends inside a sentence; page 2 holds a figure's caption alone; page 3 opens with
    another figure's caption, then the sentence goes on in lower case at the margin. The sentence is
    whole, and both captions stand apart after it, in their order."""
    second = [_centred(306, 400, "Figure 4: The dialog for opening a text file.")]
    third = [_centred(306, 500, "Figure 5: The data set shown in the viewer.")]
    third += [_justified(72, 460 - 14 * at, line) for at, line in enumerate(AFTER)]
    paragraphs = _parse([_first_page(), second, third]).text.split("\n\n")
    assert paragraphs[-3].endswith(f"{BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-2:] == [
        "Figure 4: The dialog for opening a text file.",
        "Figure 5: The data set shown in the viewer.",
    ]


def test_a_sentence_goes_on_flush_left_under_a_float_atop_a_page_of_bullets():
    """Page 2 opens with a figure's caption, then the sentence page 1 broke goes on at the left
    margin, then six bullets of five lines, their text hanging 15 pt in (the page's margin, where
    most of its lines start): the sentence starts left of that, not indented, and is whole, the
    caption after it."""
    second = [_centred(306, 770, "Figure 1: The console window after loading the package.")]
    second += [_justified(72, 740 - 14 * at, line) for at, line in enumerate(AFTER)]
    second += _bullets(700, [ITEMS + ITEMS[:1]] * 6)
    paragraphs = _parse([_first_page(), second]).text.split("\n\n")
    assert paragraphs[-8].endswith(f"{FILLER[1]} {BEFORE[0]} {BEFORE[1]} {AFTER[0]} {AFTER[1]}")
    assert paragraphs[-7] == "Figure 1: The console window after loading the package."


def test_a_bullet_line_ending_in_a_quoted_word_goes_on_with_its_dash():
    """A bullet's full line ends in a quoted word ("… as a “factor”") and the next, at the bullet's
    text, opens with an em dash: the sentence broke before its dash, and the item is one paragraph."""
    first = (
        "The variable region is not numeric: when the data are read, it is treated as a \u201cfactor\u201d"
    )
    rest = "\u2014 that is, as a categorical variable. In most contexts the program tells the two kinds"
    end = "apart and will try to stop you from doing unreasonable things with them."
    page = _bullets(780, [ITEMS[:1], [first, rest, end], ITEMS[1:2]])
    paragraphs = _parse([page]).text.split("\n\n")
    assert paragraphs[1] == f"\u2022 {first} {rest} {end}"
