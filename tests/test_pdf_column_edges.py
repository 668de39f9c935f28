"""A line is full by its own column's right edge (issue 15, sixteenth check row 3).

uantwerpenexam-example2.pdf sets English beside Dutch in justified columns; the reflow measured a
line's fullness against the page's right margin (the right-hand column's), so a left-column line
that fills its column and is followed by a line opening with a capital ended the paragraph ("…
laureates of the" / "VALTOP-bistro competition."). The pages below are hand-built with that
feature; the sentences are sloika's own and the expected texts are typed by hand.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import helvetica_page  # noqa: E402
from pdfminer.fontmetrics import FONT_METRICS  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

SIZE = 10
LEADING = 12
MEASURE = 200  # points: each column's width, its full lines justified to it


def _escaped(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode()


def _justified(x: float, y: float, text: str, full: bool) -> bytes:
    """A Helvetica line at (x, y); ``full``: its word spaces widened so that it ends at ``MEASURE``."""
    natural = sum(FONT_METRICS["Helvetica"][1][char] for char in text) * SIZE / 1000
    spacing = (MEASURE - natural) / text.count(" ") if full else 0.0
    return b"BT /F1 %d Tf %.3f Tw %.2f %.2f Td (%s) Tj ET" % (SIZE, spacing, x, y, _escaped(text))


def _column(x: float, lines: list[str]) -> list[bytes]:
    """The lines from y 640 down, all but the last justified (a paragraph's short last line)."""
    return [
        _justified(x, 640 - LEADING * at, line, full=at < len(lines) - 1) for at, line in enumerate(lines)
    ]


INTRO = "Answer every question below in full sentences, in the order in which the questions are set."
LEFT = [
    "Write down the first five laureates of the",
    "regional bistro competition and the year in",
    "Valtop Bistro Guide.",
]
RIGHT = [
    "Geef de eerste vijf laureaten van de regionale",
    "bistrocompetitie en het jaar waarin elk van",
    "hen de prijs kreeg.",
]


def test_a_line_filling_its_column_goes_on_before_a_capital():
    """The left column's second line ends at its column's edge, 238 pt short of the page's right
    margin (the right-hand column's): it is full, and the paragraph goes on at "Valtop"."""
    content = [b"BT /F1 %d Tf 72 700 Td (%s) Tj ET" % (SIZE, _escaped(INTRO))]
    content += _column(72, LEFT) + _column(310, RIGHT)
    doc = parse_pdf(helvetica_page(b"\n".join(content)), foreign="keep")[0]
    assert doc.text.split("\n\n") == [
        INTRO,
        "Write down the first five laureates of the regional bistro competition and the year in "
        "Valtop Bistro Guide.",
        "Geef de eerste vijf laureaten van de regionale bistrocompetitie en het jaar waarin elk van "
        "hen de prijs kreeg.",
    ], doc.text


def test_a_short_line_in_a_column_still_ends_its_paragraph():
    """Control: a line that stops short of its column's edge before a capital ends the paragraph."""
    content = [b"BT /F1 %d Tf 72 700 Td (%s) Tj ET" % (SIZE, _escaped(INTRO))]
    content += _column(72, LEFT[:2]) + _column(310, RIGHT)
    content += [_justified(72, 640 - 2 * LEADING, "the guide.", full=False)]
    content += [_justified(72, 640 - 3 * LEADING, "Name the bistro that won", full=False)]
    doc = parse_pdf(helvetica_page(b"\n".join(content)), foreign="keep")[0]
    paragraphs = doc.text.split("\n\n")
    assert (
        "Write down the first five laureates of the regional bistro competition and the year in the guide."
        in paragraphs
    )
    assert "Name the bistro that won" in paragraphs, doc.text
