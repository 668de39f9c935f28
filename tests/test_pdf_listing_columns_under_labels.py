"""A two-column list under each of its labels, in reading order (issue 15, fiftieth check row 06).

texlive-lang-cjk's c90.pdf p. 7 sets glyph names in typewriter, two a row, in groups under italic
class labels ("base_desc:" over "uni0E0E (0xAE)  uni0E0F (0xAF)"). pdfminer read the right column
whole first, then the left column with the labels between its groups: the lists were read above all
the labels, which stood over nothing. The lines below stand as on that page, in pdfminer's order;
the expected order, row by row under each label, is written by hand.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_order import _gaps_filled
from sloika.pipelines.formats.pdf_line_record import Line

LEFT, RIGHT, LABEL = 158.7, 335.5, 148.7
# (label or None, rows of (left cell, right cell) or a left cell alone), top to bottom
GROUPS = [
    (None, [("uni0E22 (0xC2)", "uni0E40 (0xE0)"), ("uni0E23 (0xC3)", "uni0E41 (0xE1)")]),
    ("base desc:", [("uni0E0E (0xAE)", "uni0E0F (0xAF)")]),
    ("base desclike:", [("uni0E0D (0xAD)", "uni0E10 (0xB0)")]),
    ("base sign:", [("uni0E45 (0xE5)", None)]),
    ("base asc:", [("uni0E1B (0xBB)", "uni0E1F (0xBF)"), ("uni0E1D (0xBD)", "uni0E2C (0xCC)")]),
]


def _line(text: str, x0: float, top: float, mono: bool) -> Line:
    return Line(0, text, x0, x0 + 6.0 * len(text), top, top + 10.3, 10.0, 792.0, mono=mono, typewriter=mono)


def _page() -> tuple[list[Line], list[str]]:
    """The page's lines in pdfminer's order (the right column, then the left with its labels) and
    their text in reading order."""
    left, right, reading = [], [], []
    top = 246.3
    for label, rows in GROUPS:
        if label:
            left.append(_line(label, LABEL, top, mono=False))
            reading.append(label)
            top += 16.3
        for first, second in rows:
            left.append(_line(first, LEFT, top, mono=True))
            reading.append(first)
            if second:
                right.append(_line(second, RIGHT, top, mono=True))
                reading.append(second)
            top += 12.0
        top += 4.3
    return right + left, reading


def test_each_label_reads_over_its_list() -> None:
    lines, reading = _page()
    assert [line.text for line in _gaps_filled(lines)] == reading
