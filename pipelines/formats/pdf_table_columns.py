"""A booktabs table's rows in its columns: a cell under each column in every row, empty where the row
sets nothing there, so that no cell slides left under another column's head.

The table ruled across only (``pdf_tables._header_joined``) has no rules down to part its columns:
they are the stretches its rows' lines fill (``column_spans``). A line pdfminer read across two
columns, its gap too narrow to part them (hotos17.pdf's SGX1 row "2 mem. access rights, …" over
"chg." and "Other ISA changes"; its header's "new chg."), is parted word by word (``parted``); a
head over several columns (its "Year of" over "spec" and "launch") heads each of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line, Rule, boxed
from sloika.pipelines.formats.pdf_page_rows import SIZE_STEP, TOUCH, _page_rows, _rows

Span = tuple[float, float]  # a column's left and right edge
# of a table's rows: a gap between two columns that lines of this many rows cross still parts them
ACROSS_SHARE = 0.1
PIECE_GAP = 0.5  # em: a table row's lines nearer than this are pieces of one cell (a formula's stacked parts)


def column_spans(rows: list[list[Line]], heads: list[Line] = ()) -> list[Span]:
    """The columns of a table's body ``rows``, left to right: the stretches its lines fill in more
    rows than ``ACROSS_SHARE`` of them, parted where fewer rows set anything. A cell read across
    its neighbour's gap in a row or two (hotos17.pdf's "XSAVEC/XSAVES/XRSTORS Context switch") parts
    no column, nor does a description read in pieces in one row (deSolve.pdf's "integrates" |
    "systems of ODEs" | "resulting from …", the other rows' descriptions whole across its gaps), nor
    a cell's stacked pieces (``cell_pieces``: kedd.pdf's "exp (− x²" over "2"). Under the header's
    lines (``heads``), a stretch between two heads that fewer than half the rows fill parts them, however
    few rows the table has (rgsepd.pdf's six rows under "Sample" and "Condition", one read "adipose.1 A")."""
    boxes = [[_extent(piece) for piece in cell_pieces(sorted(row, key=lambda ln: ln.x0))] for row in rows]
    edges = sorted({x for row in boxes for box in row for x in box})
    spans: list[Span] = []
    for left, right in zip(edges, edges[1:], strict=False):
        filled = sum(any(x0 <= left and right <= x1 for x0, x1 in row) for row in boxes)
        if (
            filled <= len(rows) * ACROSS_SHARE
            or 2 * filled < len(rows)
            and _between_heads(left, right, heads)
        ):
            continue
        if spans and spans[-1][1] == left:
            spans[-1] = (spans[-1][0], right)
        else:
            spans.append((left, right))
    return spans or [(edges[0], edges[-1])]  # no stretch filled in enough rows: one column


def _between_heads(left: float, right: float, heads: list[Line]) -> bool:
    """The stretch from ``left`` to ``right`` stands in the blank between two of a table's ``heads``:
    none over it, one ending left of it and one starting right of it."""
    return (
        not any(head.x0 < right and left < head.x1 for head in heads)
        and any(head.x1 <= left for head in heads)
        and any(head.x0 >= right for head in heads)
    )


def body_rows(rows: list[list[Line]], spans: list[Span]) -> list[list[str]]:
    """The ``rows`` of one band between two rules across, each a cell under each of the ``spans``
    (``_row_cells``); a row of one cell right of the first column goes on that cell of the row
    above, as ``pdf_tables._wrapped_rows`` reads a table ruled down (afex's "(a+b+c)^2" | "…
    (expands to: a + b + c + a:b + b:c" over "+ a:c)": one description)."""
    from sloika.pipelines.formats.pdf_joins import join_lines  # a cycle: pdf_line_ends imports pdf_tables

    result: list[list[str]] = []
    for row in rows:
        cells = _row_cells(row, spans)
        filled = [at for at, cell in enumerate(cells) if cell]
        if len(filled) == 1 and filled[0] > 0 and result and result[-1][filled[0]]:
            result[-1][filled[0]] = join_lines(result[-1][filled[0]], cells[filled[0]])
        else:
            result.append(cells)
    return result


def _extent(piece: list[Line]) -> Span:
    """Where a cell's pieces start and end."""
    return min(ln.x0 for ln in piece), max(ln.x1 for ln in piece)


def _middle(row: list[Line]) -> float:
    """The height of the row's middle."""
    return sum(ln.top + ln.bottom for ln in row) / (2 * len(row))


def _row_cells(row: list[Line], spans: list[Span]) -> list[str]:
    """The row's lines as a cell under each of the ``spans``, empty where it sets nothing; a line
    alone on its row stays whole, in the first column it stands in (a label across the table)."""
    cells: list[list[str]] = [[] for _ in spans]
    for line in sorted(row, key=lambda ln: ln.x0):
        under = columns_under(line, spans)
        for at, text in parted(line, under, spans) if len(row) > 1 else [(under[0], line.text)]:
            cells[at].append(text)
    return [" ".join(cell) for cell in cells]


def header_row(header: list[Line], spans: list[Span], rules: list[Rule]) -> list[str]:
    """The header band's lines as one row, a cell under each of the ``spans``, each cell's lines
    top to bottom. A line over others heads each column it stands over ("Year of" over "spec" and
    "launch": "Year of spec", "Year of launch"), or each column a rule under it spans (a
    ``\\cmidrule``, one of ``rules``: clmm2_tutorial.pdf's "Judge" centred over four judges' numbers
    is over all four); any other line over several columns is parted (``parted``: "new chg.")."""
    cells: list[list[str]] = [[] for _ in spans]
    for line in sorted(header, key=lambda ln: ln.top):
        under = columns_under(line, spans)
        subs = [other for other in header if _sub_head(other, line)]
        ruled = [rule for rule in rules if subs and line.bottom <= rule[1] <= min(o.top for o in subs)]
        ruled = [
            rule for rule in ruled if rule[3] - rule[1] < TOUCH and rule[0] < line.x1 and line.x0 < rule[2]
        ]
        if ruled:
            under = columns_under(replace(line, x0=ruled[0][0], x1=ruled[0][2]), spans)
        pieces = [(at, line.text) for at in under] if subs else parted(line, under, spans)
        for at, text in pieces:
            cells[at].append(text)
    return [" ".join(cell) for cell in cells]


def _sub_head(line: Line, head: Line) -> bool:
    """``line`` stands under ``head`` in the header band, within its width."""
    return line.top >= head.bottom - line.size / 2 and line.x0 < head.x1 and head.x0 < line.x1


def columns_under(line: Line, spans: list[Span]) -> list[int]:
    """The columns the line stands in (a wider number, right-aligned, starting left of its column's
    other cells, stands in it too), or else the nearest one."""
    over = [at for at, (x0, x1) in enumerate(spans) if line.x0 < x1 and x0 < line.x1]
    middle = (line.x0 + line.x1) / 2
    return over or [min(range(len(spans)), key=lambda at: abs(sum(spans[at]) / 2 - middle))]


def parted(line: Line, columns: list[int], spans: list[Span]) -> list[tuple[int, str]]:
    """The line's words among its ``columns``: each word in the column nearest its middle (a
    character's width taken as the line's width over its length), never left of the word before
    it, the words of one column joined."""
    width = (line.x1 - line.x0) / max(len(line.text), 1)
    pieces: list[tuple[int, str]] = []
    for found in re.finditer(r"\S+", line.text):
        middle = line.x0 + width * (found.start() + found.end()) / 2
        at = min(columns, key=lambda column: _distance(middle, spans[column]))
        if pieces and at <= pieces[-1][0]:
            pieces[-1] = (pieces[-1][0], f"{pieces[-1][1]} {found.group()}")
        else:
            pieces.append((at, found.group()))
    return pieces or [(columns[0], line.text)]


def _distance(x: float, span: Span) -> float:
    """How far ``x`` stands outside the span (0 inside it)."""
    return max(span[0] - x, x - span[1], 0.0)


def booktabs_rows(
    header: list[Line], body: list[Line], rules: list[Rule], across: list[float]
) -> list[list[str]]:
    """A table ruled across only: its header band's row over its body's rows, each band between two
    rules across (``across``, their heights) a cell under each column its lines fill
    (``column_spans``), the header under the first band's: a rule across the body may open a table
    of other columns under it (dbscan.pdf's Table 1, "Library | Index Acceleration | …" under a
    double rule). ``rules``: the page's rules, a head's ``\\cmidrule`` among them."""
    bands: dict[int, list[list[Line]]] = {}
    for row in hung_rows(_page_rows(body)):
        bands.setdefault(sum(y < _middle(row) for y in across), []).append(stacks_written(row, rules))
    grids = [
        (band, column_spans(band, header if at == 0 else []))
        for at, (_, band) in enumerate(sorted(bands.items()))
    ]
    head = [header_row(header, grids[0][1], rules)] if header and grids else _rows(header)
    return head + [row for band, spans in grids for row in body_rows(band, spans)]


def hung_rows(rows: list[list[Line]]) -> list[list[Line]]:
    """``rows`` (top to bottom), each row of lines all set smaller than the row over it and reaching
    up into it joined to that row: a stacked fraction's denominator hangs under its cell's baseline.
    kedd.pdf's Table 1 set "K(x; ∞) = 1/√2π exp(−x²/2) …" in its Gaussian row, and "2π" was a row
    of its own."""
    joined: list[list[Line]] = []
    for row in rows:
        over = joined[-1] if joined else []
        if (
            over
            and all(ln.size < max(o.size for o in over) - SIZE_STEP for ln in row)
            and min(ln.top for ln in row) < max(o.bottom for o in over)
        ):
            joined[-1] = [*over, *row]
        else:
            joined.append(row)
    return joined


def stacks_written(row: list[Line], rules: list[Rule]) -> list[Line]:
    """The row's lines, the pieces of each cell (``cell_pieces``) that stand over one another
    written as one line of math where the display writer places them all
    (``pdf_display_formulas.stacked_written``, ``rules`` holding a fraction's bar): a formula in a
    cell reads as a display in the text does. Joined left to right, kedd.pdf's cell read "K(x; 2)
    =³ 4 (1 − x2)", the fraction's numerator an exponent and its denominator a word."""
    from sloika.pipelines.formats.pdf_display_formulas import stacked_written  # a cycle: it reads the layout

    lines: list[Line] = []
    for piece in cell_pieces(sorted(row, key=lambda ln: ln.x0)):
        stacked = any(a is not b and a.x0 < b.x1 and b.x0 < a.x1 for a in piece for b in piece)
        written = stacked_written(piece, rules) if stacked else None
        lines.extend([boxed(piece[0], piece, text=written, glyphs=())] if written else piece)
    return lines


def cell_pieces(row: list[Line]) -> list[list[Line]]:
    """A row's lines, left to right, in cells: a line starting under ``PIECE_GAP`` em after the cell
    before it ends (or over it) is a piece of that cell. pdfminer reads words on one baseline about
    an em apart as one line, so lines this near stand apart only by their height: a formula's
    stacked parts ("exp (− x²" over "2" beside ") 1]−∞,+∞["), which were cells each, a fraction's
    numerator one cell and its denominator another."""
    cells: list[list[Line]] = []
    for line in row:
        if cells and line.x0 - max(ln.x1 for ln in cells[-1]) < PIECE_GAP * line.size:
            cells[-1].append(line)
        else:
            cells.append([line])
    return cells
