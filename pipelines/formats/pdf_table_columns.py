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
from collections.abc import Callable
from dataclasses import replace
from statistics import median

from sloika.pipelines.formats.pdf_line_record import Line, Rule, boxed
from sloika.pipelines.formats.pdf_page_rows import SIZE_STEP, TOUCH, _page_rows, _rows

Span = tuple[float, float]  # a column's left and right edge
# of a table's rows: a gap between two columns that lines of this many rows cross still parts them
ACROSS_SHARE = 0.1
ALIGNED = 0.1  # em: pieces ending (or starting) this near one another line up on a column's edge
PIECE_GAP = 0.5  # em: a table row's lines nearer than this are pieces of one cell (a formula's stacked parts)
ROW_SPACING = 0.3  # em: space between two lines wider than the table's tightest by this parts two spaced rows
SPACING_SLACK = 0.1  # em: lines this near the tightest space between lines stand one cell's lines apart


def column_spans(rows: list[list[Line]], heads: list[Line] = ()) -> list[Span]:
    """The columns of a table's body ``rows``, left to right: the stretches its lines fill in more
    rows than ``ACROSS_SHARE`` of them, parted where fewer rows set anything. A cell read across
    its neighbour's gap in a row or two (hotos17.pdf's "XSAVEC/XSAVES/XRSTORS Context switch") parts
    no column, nor does a description read in pieces in one row (deSolve.pdf's "integrates" |
    "systems of ODEs" | "resulting from …", the other rows' descriptions whole across its gaps), nor
    a cell's stacked pieces (``cell_pieces``: kedd.pdf's "exp (− x²" over "2"). A blank inside
    lines (``blank_pieces``) parts two columns where the rows line up on it (``_aligned_blanks``). Under
    the header's lines (``heads``), a stretch between two heads that fewer than half the rows fill
    parts them, however few rows the table has (rgsepd.pdf's six rows under "Sample" and
    "Condition", one read "adipose.1 A")."""
    whole = _filled_spans(rows, lambda line: [line], heads)
    return _aligned_blanks(_filled_spans(rows, blank_pieces, heads), whole, rows)


def _filled_spans(
    rows: list[list[Line]], pieces: Callable[[Line], list[Line]], heads: list[Line]
) -> list[Span]:
    """The stretches the rows' lines, each read as its ``pieces``, fill in more rows than
    ``ACROSS_SHARE`` of them, or in fewer than half where the ``heads`` stand apart (``column_spans``)."""
    boxes = [[_extent(cell) for cell in cell_pieces(_row_pieces(row, pieces))] for row in rows]
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
    (``_row_cells``, a piece between two columns on its side of the blank between them:
    ``blank_gaps``); a row that goes on the row above (``_goes_on``) is joined to it cell by cell, as
    ``pdf_tables._wrapped_rows`` reads a table ruled down (afex's "(a+b+c)^2" | "… (expands to: a +
    b + c + a:b + b:c" over "+ a:c)": one description); in a band whose rows are spaced apart
    (``_spaced_row_starts``), each row is the lines between two wider spaces, whatever columns they fill."""
    from sloika.pipelines.formats.pdf_joins import join_lines  # a cycle: pdf_line_ends imports pdf_tables

    gaps = blank_gaps(rows, spans)
    read = [_row_cells(row, spans, gaps) for row in rows]
    starts = _spaced_row_starts(rows, read)
    result: list[list[str]] = []
    for at, cells in enumerate(read):
        if result and (at not in starts if starts else _goes_on(cells, result[-1])):
            result[-1] = [
                join_lines(above, cell) if cell else above
                for above, cell in zip(result[-1], cells, strict=True)
            ]
        else:
            result.append(cells)
    return result


def _spaced_row_starts(rows: list[list[Line]], cells: list[list[str]]) -> set[int]:
    """The indexes of the ``rows`` (lines read across, their ``cells``) that start a table row where
    the table sets its rows apart by space: the spaces between lines are of two widths, the tightest
    (a cell's lines, set at the font's line spacing) and ones wider by ``ROW_SPACING`` em or more (the
    row's own space, a tabular's ``\\[…]`` or ``\\extrarowheight``); each row after a wider space
    fills the first (key) column, more key cells stand after a wider space than after a tight one
    (the wider space is the break before a row, a key after a tight one a wrapped key: seriation.pdf's
    one wider space before its last row parts no rows), and each row of more than one line holds a
    wrapped cell's line (``_wraps``: proof that the tight space is a cell's, not one between a group's
    one-line rows).
    Empty where the spaces do not say so. A cell of the key column wraps too: fasta_guide.pdf's
    Table 1 set "fastx36/" over "fasty36" beside "… by com-" over "paring …", read as two rows that
    tore the description's word."""
    if len(rows) < 2:
        return set()
    size = median(ln.size for row in rows for ln in row)
    spaces = [
        min(ln.top for ln in b) - max(ln.bottom for ln in a) for a, b in zip(rows, rows[1:], strict=False)
    ]
    tightest = min(spaces)
    wide = [space >= tightest + ROW_SPACING * size for space in spaces]
    if not any(wide) or any(
        not w and space > tightest + SPACING_SLACK * size for w, space in zip(wide, spaces, strict=True)
    ):
        return set()
    starts = [0, *(at + 1 for at, w in enumerate(wide) if w)]
    keys_wrapped = sum(bool(cells[at][0]) for at in range(1, len(rows)) if at not in starts)
    if any(not cells[at][0] for at in starts) or keys_wrapped >= len(starts):
        return set()
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        if end - start > 1 and not any(_wraps(cells[at], cells[at - 1]) for at in range(start + 1, end)):
            return set()
    return set(starts)


def _wraps(cells: list[str], above: list[str]) -> bool:
    """A table row's ``cells`` are lines of the cells ``above`` wrapped: they go on them
    (``_goes_on``) or a cell above breaks a word at its hyphen over a cell under it ("calcu-" over
    "lating")."""
    from sloika.pipelines.formats.pdf_joins import LAST_WORD  # a cycle: pdf_line_ends imports pdf_tables

    broken = any(LAST_WORD.search(over) and cell for over, cell in zip(above, cells, strict=True))
    return broken or _goes_on(cells, above)


def _goes_on(cells: list[str], above: list[str]) -> bool:
    """A table row's ``cells`` go on the row ``above``'s: they fill only columns it fills, and either
    one cell right of the first column (afex's wrapped "+ a:c)") or, leaving empty a column right of
    the first that the row above fills, no first cell or one that ends the word the first cell above
    breaks at its hyphen. seriation.pdf's Table 1 wrapped its cells over lines: "Optimal leaf
    ordering" | "OLO" | "Hamiltonian path" | "dist" over "" | "OLO_single" | "length (restricted)" |
    "", and "Sorting Points Into Neighbor-" over "hoods", read as rows of their own; a group's next
    row, "" | "QAP_LS" | "Linear seriation crit." | "dist" under "QAP"'s, fills every column but
    the first and stays a row."""
    from sloika.pipelines.formats.pdf_joins import LAST_WORD  # a cycle: pdf_line_ends imports pdf_tables

    filled = [at for at, cell in enumerate(cells) if cell]
    if not filled or any(not above[at] for at in filled):
        return False
    if len(filled) == 1 and filled[0] > 0:
        return True
    left_empty = any(above[at] and not cells[at] for at in range(1, len(cells)))
    return left_empty and (not cells[0] or bool(LAST_WORD.search(above[0])))


def blank_gaps(rows: list[list[Line]], spans: list[Span]) -> list[float | None]:
    """Between each two neighbouring ``spans``, the middle of the widest stretch no piece of the
    ``rows``' lines (``blank_pieces``) crosses: the gap between the two columns over the whole
    table (None where pieces cross all of it). A cell's line that runs past its column's span (a
    justified cell's word gaps widened, or a long entry that few rows reach) parts at word gaps
    narrower than that gap or none: seriation.pdf's "Visual Assessment of (Clus-" set its "(Clus-"
    past the first column's span, nearer the second's middle, and "Gradient   measure" its "measure"
    nearer "dist"'s, each then read in the next column."""
    pieces = [(piece.x0, piece.x1) for row in rows for piece in _row_pieces(row, blank_pieces)]
    gaps: list[float | None] = []
    for (_, left), (right, _) in zip(spans, spans[1:], strict=False):
        edges = sorted({left, right, *(x for piece in pieces for x in piece if left < x < right)})
        blank = [
            (x0, x1)
            for x0, x1 in zip(edges, edges[1:], strict=False)
            if not any(a < x1 and x0 < b for a, b in pieces)
        ]
        widest = max(blank, key=lambda stretch: stretch[1] - stretch[0], default=None)
        gaps.append(sum(widest) / 2 if widest else None)
    return gaps


def _row_pieces(row: list[Line], pieces: Callable[[Line], list[Line]]) -> list[Line]:
    """The row's lines, each read as its ``pieces``, left to right."""
    return sorted((piece for line in row for piece in pieces(line)), key=lambda ln: ln.x0)


def blank_pieces(line: Line, through: list[float] | None = None) -> list[Line]:
    """The line cut at its blanks (``Line.blanks``: half an em wide or wider, no word space), or at
    those a rule down at one of ``through`` (their x) runs through, into pieces, each over the
    stretch its glyphs fill, its text cut at the space with as many characters before it as the
    blank has glyphs (a Hangul jamo is an em wide, a Latin letter half that: their share of the
    line's width tells no space): a row pdfminer read across a table's narrow column gap
    (rgsepd.pdf's "0.02 ACADM" over the PADJ and HGNC columns, an em apart) in its cells. A line
    with fewer spaces than blanks stays whole."""
    blanks = [
        (left, right, glyphs)
        for left, right, glyphs in line.blanks
        if line.x0 < left and right < line.x1 and (through is None or any(left < x < right for x in through))
    ]
    spaces = [found.start() for found in re.finditer(r"\s", line.text)]
    cuts: list[int] = []
    for _, _, glyphs in blanks:
        after = [at for at in spaces if not cuts or at > cuts[-1]]
        if not after:
            return [line]
        cuts.append(min(after, key=lambda at: abs(len("".join(line.text[:at].split())) - glyphs)))
    if not cuts:
        return [line]
    edges = [line.x0, *(x for left, right, _ in blanks for x in (left, right)), line.x1]
    texts = [
        line.text[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(line.text)], strict=True)
    ]
    return [
        replace(line, text=text, x0=edges[2 * at], x1=edges[2 * at + 1], blanks=(), glyphs=())
        for at, text in enumerate(texts)
        if text
    ]


def _aligned_blanks(spans: list[Span], whole: list[Span], rows: list[list[Line]]) -> list[Span]:
    """The ``spans`` the rows' pieces fill (``blank_pieces``), two of them joined again where the gap
    between them lies inside one of the ``whole`` lines' spans (a blank inside lines parts them)
    unless every row leaves it blank and the rows line up on it: the pieces left of it all end at
    one edge (a column of numbers set flush right) or those right of it all start at one (a column
    set flush left), within ``ALIGNED`` em. rgsepd.pdf's Table 3 set its PADJ figures flush right
    an em before its HGNC names flush left, and pdfminer read "0.02 ACADM" as one line in every
    row: the two columns were one. A cell's word spaces, narrower than a blank, part nothing, and a
    blank in a description's line that the other rows' words cross parts nothing either."""
    joined: list[Span] = spans[:1]
    for span in spans[1:]:
        inside = any(x0 < joined[-1][1] and span[0] < x1 for x0, x1 in whole)
        if inside and not _lined_up(joined[-1], span, rows):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _lined_up(left: Span, right: Span, rows: list[list[Line]]) -> bool:
    """Every row leaves the gap between the ``left`` and the ``right`` column blank, and the rows'
    pieces (``blank_pieces``) in the left one end at one edge, or those in the right one start at
    one, in two rows or more; ``ALIGNED`` em is the play of both."""
    play = ALIGNED * min(line.size for row in rows for line in row)
    ends: list[float] = []
    starts: list[float] = []
    for row in rows:
        pieces = _row_pieces(row, blank_pieces)
        if any(piece.x0 < right[0] - play and left[1] + play < piece.x1 for piece in pieces):
            return False
        ends += [piece.x1 for piece in pieces if _overlaps(piece, left)][-1:]
        starts += [piece.x0 for piece in pieces if _overlaps(piece, right)][:1]
    return any(len(side) > 1 and max(side) - min(side) <= play for side in (ends, starts))


def _overlaps(piece: Line, span: Span) -> bool:
    """The piece sets some of its width inside the span."""
    return piece.x0 < span[1] and span[0] < piece.x1


def _extent(piece: list[Line]) -> Span:
    """Where a cell's pieces start and end."""
    return min(ln.x0 for ln in piece), max(ln.x1 for ln in piece)


def _middle(row: list[Line]) -> float:
    """The height of the row's middle."""
    return sum(ln.top + ln.bottom for ln in row) / (2 * len(row))


def _row_cells(row: list[Line], spans: list[Span], gaps: list[float | None] = ()) -> list[str]:
    """The row's lines as a cell under each of the ``spans``, empty where it sets nothing; a line
    alone on its row stays whole, in the first column it stands in (a label across the table); a
    piece standing in no column, between two, in the one on its side of the blank between them
    (``gaps``, ``blank_gaps``)."""
    cells: list[list[str]] = [[] for _ in spans]
    alone = [(columns_under(row[0], spans)[0], row[0].text)] if len(row) == 1 else []
    for at, text in alone or [
        cell for line in sorted(row, key=lambda ln: ln.x0) for cell in _parted_pieces(line, spans, gaps)
    ]:
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
        pieces = [(at, line.text) for at in under] if subs else _parted_pieces(line, spans)
        for at, text in pieces:
            cells[at].append(text)
    return [" ".join(cell) for cell in cells]


def _parted_pieces(line: Line, spans: list[Span], gaps: list[float | None] = ()) -> list[tuple[int, str]]:
    """The line's pieces (``blank_pieces``) each parted among the columns it stands in (``parted``);
    a piece between two columns, where the blank between them (``gaps``) is known, in the one on
    its side of it."""
    return [
        cell
        for piece in blank_pieces(line)
        for cell in parted(piece, _gap_side(piece, spans, gaps) or columns_under(piece, spans), spans)
    ]


def _gap_side(piece: Line, spans: list[Span], gaps: list[float | None]) -> list[int]:
    """The column of a piece standing wholly between two of the ``spans``: the left one where it
    ends before the blank between them (``blank_gaps``), else the right one; none where it stands
    in a column or no blank is known."""
    for at, gap in enumerate(gaps):
        if gap is not None and spans[at][1] <= piece.x0 and piece.x1 <= spans[at + 1][0]:
            return [at if piece.x1 <= gap else at + 1]
    return []


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
