"""Lines pdfminer read across a two-column page's gutter, parted into the two columns' lines.

pdfminer runs glyphs into one line while the gap between them is within its reach, so where a
narrow gutter parts the columns, a left column's full line and the right column's line on its row
come out as one line across both, read in the left column: nitime's SciPy paper sets its columns
13 pt apart, and its reference labels set flush at the right column's edge ("[Percival93]") were
read at the end of the left column's entries ("… Zarahn E, D’Esposito M [Percival93]"), away from
their own. The gutter is the page's (``pdf_gutters._page_gutter``); the cut is at the blank the
gutter runs through (``pdf_table_columns.blank_pieces``).
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_gutters import GUTTER_EDGE
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_table_columns import blank_pieces


def columns_parted(page: list[Line], span: tuple[float, float] | None) -> list[Line]:
    """The page with each line read across its gutter (``span``: ``pdf_gutters._gutter_span``, the
    left column's right edge and the gutter) parted there into the left column's line and the right
    column's, each in the line's place, the left one first (``_parted``)."""
    if span is None:
        return page
    return [piece for line in page for piece in _parted(line, span)]


def _parted(line: Line, span: tuple[float, float]) -> list[Line]:
    """``line`` cut at the blank the gutter runs through where that blank spans it: the piece left
    of it ends at the left column's right edge (within ``GUTTER_EDGE`` em: a justified column's full
    line, which is what pdfminer runs on into the right column), and the piece right of it starts
    past the gutter. A heading or a table's row set across both columns has no blank so placed, and
    stays whole."""
    edge, gutter = span
    if not line.x0 < gutter < line.x1:
        return [line]
    pieces = blank_pieces(line, [gutter])
    if len(pieces) != 2:
        return [line]
    left, right = pieces
    flush = abs(left.x1 - edge) <= GUTTER_EDGE * line.size
    return pieces if flush and right.x0 >= gutter else [line]
