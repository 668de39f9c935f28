"""Arrays of numbers set side by side on a page, read one by one instead of as one table's rows.

A page may set several small arrays of figures next to each other (4ti2_manual.pdf's magic squares,
four 3 × 3 grids in a row and a fifth centred under them): their lines line up in rows and columns,
so the aligned-block rules took them for one table whose rows ran across all four squares, "0 | 2 |
1 | 1 | 2 | 0 | 2 | 0 | 1 | 1 | 0 | 2", and the fifth square's rows ran on under them. Each array
stands apart by its gaps: rows of arrays stacked with a wider gap between them than between an
array's rows (``BAND_STEP``), arrays beside each other with a wider gap between them than between
an array's columns (``ARRAY_GAP``), every array of a row of arrays as many columns wide.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import _columns, _page_rows

BAND_STEP = 1.5  # rows this many times the block's smallest row step apart or more are two rows of arrays
ARRAY_GAP = 2.0  # columns this many times the band's smallest column gap apart or more are two arrays


def arrays_apart(lines: list[Line]) -> list[list[Line]]:
    """The aligned block's ``lines`` as the arrays it sets side by side, each in its reading order
    (rows of arrays top to bottom, arrays left to right), or ``[lines]`` where the block is no
    such row of arrays: a line that is no number alone, or no row of arrays with two or more
    arrays of two columns or more, each as wide (``_arrays``)."""
    if not lines or not all(
        NUMBERS_ONLY.match(ln.text) and any(c.isdigit() for c in ln.text) for ln in lines
    ):
        return [lines]
    bands = [[ln for row in band for ln in row] for band in _bands(_page_rows(lines))]
    arrays = [_arrays(band) for band in bands]
    if not any(len(found) > 1 for found in arrays):
        return [lines]
    return [array for found in arrays for array in found]


def _bands(rows: list[list[Line]]) -> list[list[list[Line]]]:
    """The rows (top to bottom) in bands: a step from one row's top to the next ``BAND_STEP`` times
    the smallest step or more starts another band (the fifth square set under the row of four)."""
    tops = [min(ln.top for ln in row) for row in rows]
    steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    smallest = min(steps, default=0.0)
    bands = [[rows[0]]]
    for row, step in zip(rows[1:], steps, strict=True):
        if step >= BAND_STEP * smallest:
            bands.append([row])
        else:
            bands[-1].append(row)
    return bands


def _arrays(band: list[Line]) -> list[list[Line]]:
    """The band's columns (``_columns``) in arrays: a gap between two columns ``ARRAY_GAP`` times the
    band's smallest gap or more parts two arrays; the band whole unless it holds two arrays or more,
    each of the same number of columns, two at least. Each array's lines top to bottom, left to right."""
    columns = _columns(band)
    edges = [(min(ln.x0 for ln in c), max(ln.x1 for ln in c)) for c in columns]
    gaps = [b[0] - a[1] for a, b in zip(edges, edges[1:], strict=False)]
    smallest = min(gaps, default=0.0)
    groups = [[columns[0]]] if columns else []
    for column, gap in zip(columns[1:], gaps, strict=True):
        if smallest > 0 and gap >= ARRAY_GAP * smallest:
            groups.append([column])
        else:
            groups[-1].append(column)
    widths = {len(group) for group in groups}
    if len(groups) < 2 or len(widths) > 1 or min(widths) < 2:
        return [band]
    return [sorted((ln for c in group for ln in c), key=lambda ln: (ln.top, ln.x0)) for group in groups]
