"""A reference entry's date broken after its month ("… AnandTech, Mar." + "2016. URL http://…",
hotos17.pdf's [12] and [38]): the year opening the next line is no clause's number, and the entry
stays one paragraph (issue 15, forty-sixth check). Page hand-built, texts sloika's own, expected
texts typed by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfminer")

from pdf_objects import font_pages  # noqa: E402
from test_pdf_r_vignette_output import FONTS, _justified, _text  # noqa: E402

from sloika.pipelines.formats.pdf import parse_pdf  # noqa: E402

ENTRIES = [
    [
        "[1] A. Author. A paper on the growth of the instruction sets of recent processors, which",
        "the vendors have stopped publishing any figures on since the year before. Tech News, Mar.",
        "2016. URL http://www.example.com/show/10183.",
    ],
    [
        "[2] B. Writer. Another article on the processors that the vendor will ship this year, still",
        "at the same process size as the year before, and faster by a fifth or so. Tech Daily, Feb.",
        "2017. URL https://example.org/gadgets/2017/02/release-date/.",
    ],
    ["[3] C. Person. A third reference whose entry fits on one line of its own, 2015."],
]


def _entry(lines: list[str], y: float) -> list[str]:
    """An entry at ``y``: its label at the margin, its full lines justified to the column's edge,
    the lines under the label at its text, the last one short."""
    if len(lines) == 1:
        return [_text(72, y, lines[0])]
    first, *full, last = lines
    under = [_justified(92, y - 12 * (at + 1), line, 440.0) for at, line in enumerate(full)]
    return [_justified(72, y, first), *under, _text(92, y - 12 * len(lines) + 12, last)]


def test_a_year_after_a_month_goes_on_its_entry():
    drawn = [part for at, entry in enumerate(ENTRIES) for part in _entry(entry, 780 - 36 * at)]
    (doc,) = parse_pdf(font_pages(["\n".join(drawn).encode()], FONTS))
    assert doc.text.split("\n\n") == [" ".join(entry) for entry in ENTRIES]
