"""A section heading that pdfminer read after the line under it (issue 15, the fifty-ninth check's
row 2, diptest-issues.pdf p. 6): "7. Session Info", centred in 14.3 pt, was boxed apart from the
listing line "R> toLatex(sessionInfo())" at the margin under it and read after it, so the text set
the code under "6. Less Conservative Dip Testing". Line positions modelled on that page (points
from the page's top), words sloika's own."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_order import _headings_read_under
from sloika.pipelines.formats.pdf_line_record import Line

HEIGHT = 792.0


def _line(text: str, x0: float, x1: float, top: float, size: float, mono: bool = False) -> Line:
    """A line of ``text`` from ``x0`` to ``x1``, its top at ``top``, a box of 1.35 of ``size`` high."""
    return Line(5, text, x0, x1, top, top + 1.35 * size, size, HEIGHT, mono=mono)


PROSE = _line("Megabytes for each station cannot be kept with the package.", 81.0, 522.0, 494.4, 10.9)
FIRST = _line("6. Rain Gauges", 184.6, 418.3, 543.2, 14.3)
SECOND = _line("7. Session Info", 249.7, 353.4, 588.5, 14.3)
CODE = _line("> sessionInfo()", 81.0, 211.8, 617.7, 10.0, mono=True)
ITEM = _line("• R version 4.1.0 (2021-05-18), x86_64-pc-linux-gnu", 94.3, 422.8, 644.4, 10.9)


def test_a_heading_read_after_the_code_line_under_it_comes_first():
    """pdfminer's order, prose / 6. / code / 7. / item, reads the code under heading 6; the heading
    stands alone on its row, an em over the code line and set larger: it goes before it."""
    read = [PROSE, FIRST, CODE, SECOND, ITEM]
    assert [ln.text for ln in _headings_read_under(read)] == [
        PROSE.text,
        FIRST.text,
        SECOND.text,
        CODE.text,
        ITEM.text,
    ]


def test_a_column_heading_beside_the_other_columns_lines_keeps_its_place():
    """Two columns read one after the other: the right column's heading has a line of the left
    column on its row, so the left column's lines under it are no text of it, and the order stays.
    A heading set no larger than the line under it heads nothing by size, and stays too."""
    left = [_line("The left column's line", 72.0, 290.0, 588.0 + 14 * at, 10.0) for at in range(4)]
    heading = _line("3. Right", 320.0, 380.0, 590.0, 14.3)
    under = _line("The right column's text", 320.0, 540.0, 612.0, 10.0)
    read = [*left, heading, under]
    assert _headings_read_under(read) == read
    plain = _line("7. Session Info", 249.7, 353.4, 588.5, 10.0)
    assert _headings_read_under([PROSE, CODE, plain]) == [PROSE, CODE, plain]
