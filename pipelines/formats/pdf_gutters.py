"""A page's columns: where its gutter runs, which side each line stands on, and the column order.

A two-column page is read left column first (``_columns_in_order``); the gutter is found from the
prose lines that end and start at one place (``_page_gutter``), and other steps ask whether two
lines stand apart across it (``_parted_by``, ``_across_gutter``, ``_prose_gutter_between``).
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median_high

from sloika.pipelines.formats.pdf_line_record import MARK, Line, Rule
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGNED_ROWS,
    _columns,
    _prose_line,
    _same_row,
    _side_by_side,
)

GUTTER_BAND = 3.0  # em above and below a row in which a gutter between two columns must run clear
COLUMN_WORD = re.compile(r"[^\W\d_]{2}")  # two letters running: a word of a text column, no page number
COLUMN_WIDTH = 12.0  # em: a line of a text column beside another is at least this wide
GUTTER_EDGE = 0.5  # em: a column's lines ending within this of its right edge are set to it (justified)
GUTTER_PROSE = 3  # prose lines ending in a gap and as many starting in it: the page's columns part there
GUTTER_REACH = 1.0  # em: a column's line may run this far past the page's gutter and stay its column's
COLUMN_RULE = 5.0  # em of the text's size: a column rule drawn between two columns runs this long at least
BAND_COUNTS = (3, 4)  # column bands a page of narrow columns is set in (a reference card), read one by one
CARD_BANDS = 2  # ... or a card's two, each holding rows of keys beside their descriptions (``_card_bands``)
# em of the text's size: a gap this wide that no line of the page's body crosses parts two bands (TeX's
# \columnsep, 10 pt, beside 10 pt text is 0.996 em in PDF points)
BAND_GAP = 0.9
BAND_LINES = 5  # lines of words a column band holds at least


def _page_gutter(page: list[Line]) -> float | None:
    """Where the page's two text columns part, None on a page without: just left of the right
    column's left edge (where its leftmost line of column width starts, so a left column's page
    numbers set out past its text stay left of it), fewer lines crossing it than stand on either
    side, with ``GUTTER_PROSE`` prose lines of column width (``COLUMN_WIDTH`` em) or more ending at
    one edge left of it and as many starting at one edge right of it, the most of both found. A
    table's cells, a margin's notes or a listing beside its output are no column's lines (narrow,
    code, ragged) or have the page's prose running across their gap."""
    wide = _column_prose(page)
    if not wide:
        return None
    size = sorted(line.size for line in wide)[len(wide) // 2]
    best, most = None, 0
    for end in sorted({line.x1 for line in wide}):
        starts = [line.x0 for line in wide if line.x0 > end]
        if not starts:
            continue
        gutter = min(starts) - 0.5
        crossing = sum(line.x0 < gutter < line.x1 for line in page)
        left = Counter(round(line.x1) for line in wide if line.x1 <= gutter)
        right = Counter(round(line.x0) for line in wide if line.x0 >= gutter)
        sides = min(_at_one_edge(left, size), _at_one_edge(right, size))
        if sides >= max(GUTTER_PROSE, crossing + 1) and sides > most:
            best, most = gutter, sides
    return _outdented_gutter(page, best)


def _outdented_gutter(page: list[Line], gutter: float | None) -> float | None:
    """The ``gutter`` moved left to the leftmost line that starts in the gap between the columns,
    right of the left column's edge (``_gutter_span``), and runs across it: the right column's
    heading set out past its text's edge (Changes.pdf's "Release 2.55 [April 15, 2012]", 1.5 em
    left of the bullets under it) is its column's, not a line across both, which parted the page in
    bands read left, right, left, right and put each release's bullets under the wrong heading."""
    span = _gutter_span(page, gutter)
    if span is None:
        return gutter
    outdented = [line.x0 for line in page if span[0] < line.x0 < span[1] < line.x1]
    return min(outdented) - 0.5 if outdented else gutter


def _usual_gutter(pages: list[list[Line]]) -> float | None:
    """The gutter (``_page_gutter``) found at one place on more than half of the pages, None where
    there is none: the document is set in two columns."""
    found = Counter(round(gutter) for gutter in map(_page_gutter, pages) if gutter is not None)
    at, count = found.most_common(1)[0] if found else (None, 0)
    return float(at) if count * 2 > len(pages) else None


def _gutter_of_document(page: list[Line], usual: float | None) -> float | None:
    """The document's ``usual`` gutter on a page of its two columns too few full lines of prose find
    by their edges (``_page_gutter``): lines of words (``COLUMN_WORD``: a page number centred under
    both columns is none) on both sides of it, none across, each side with a line of column width
    (``_page_columns``), in one band at least between lines set across it (``_bands_across``).
    Changes.pdf's last page, short bullets in the right column, was read row by row across both
    columns and taken for a table."""
    if usual is None:
        return None
    worded = [line for line in page if COLUMN_WORD.search(line.text)]
    return usual if any(_page_columns(band, usual) for band in _bands_across(worded, usual)) else None


def _bands_across(lines: list[Line], gutter: float) -> list[list[Line]]:
    """The ``lines`` in the bands that lines set across the ``gutter`` (a float's caption over both
    columns, a title) part the page into, top to bottom, those lines left out: each band's lines
    stand beside each other in the page's columns or in one. dynesty.pdf's p. 21, a figure and its
    caption over a few lines of each column, found no gutter, and its rows were read across both
    columns, a footnote between them."""
    return [[lines[at] for at in places] for places in _band_places(lines, gutter).values()]


def _band_places(lines: list[Line], gutter: float) -> dict[int, list[int]]:
    """The places in ``lines`` of each band's lines (``_bands_across``), keyed by how many lines
    across the ``gutter`` stand over the band."""
    sides = [_side(line, gutter, lines) for line in lines]
    across = sorted(line.top for line, side in zip(lines, sides, strict=True) if side == 0)
    bands: dict[int, list[int]] = {}
    for at, (line, side) in enumerate(zip(lines, sides, strict=True)):
        if side:
            bands.setdefault(sum(top <= line.top for top in across), []).append(at)
    return bands


def _column_rule(page: list[Line], ruling: list[Rule]) -> float | None:
    """Where a vertical rule drawn between two columns stands: ``COLUMN_RULE`` em long or more, with
    lines left of it and right of it along its length and no line of the page across it. An R News
    article draws one between its columns, and on a last page of a few lines (gdata's
    mapLevels.pdf: two reference entries left, the end of one and the author's address right) too
    few full lines find the gutter by their edges (``_page_gutter``): the left entry's justified
    row "G. R. Warnes. gdata: Various R program-", split at its wide gaps, was read with the address's
    "Gregor Gorjanc" beside it as cells, not joined, and each column's rows were read across both."""
    if not page:
        return None
    size = sorted(line.size for line in page)[len(page) // 2]
    for x0, top, x1, bottom in ruling:
        beside = [line for line in page if line.top < bottom and line.bottom > top]
        if (
            x1 - x0 <= 1.0
            and bottom - top >= COLUMN_RULE * size
            and not any(line.x0 < x0 < line.x1 for line in page)
            and any(line.x1 <= x0 for line in beside)
            and any(line.x0 >= x1 for line in beside)
        ):
            return x0
    return None


def _column_prose(page: list[Line]) -> list[Line]:
    """The page's prose lines of column width (``COLUMN_WIDTH`` em): those whose edges set a column's."""
    return [
        line
        for line in page
        if line.x1 - line.x0 >= COLUMN_WIDTH * line.size
        and _prose_line(line, MARK.sub("", line.text).strip())
    ]


def _gutter_span(page: list[Line], gutter: float | None) -> tuple[float, float] | None:
    """The page's gutter from the left column's right edge (where most of its prose lines of column
    width end) to ``gutter`` (``_page_gutter``), None on a page of one column."""
    if gutter is None:
        return None
    ends = Counter(round(line.x1) for line in _column_prose(page) if line.x1 <= gutter)
    return (float(ends.most_common(1)[0][0]), gutter) if ends else None


def _apart_across(a: Line, b: Line, span: tuple[float, float] | None) -> bool:
    """The two stand either side of the page's gutter (``_gutter_span``), with a gap at least as wide
    as the gutter between them: each in its own column, however far in from its edge it is set (a
    listing indented in the right column, a comment set out in the left). A code line that runs on
    across the gutter has no such gap in it."""
    if span is None:
        return False
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    edge, gutter = span
    return left.x1 <= gutter <= right.x0 and right.x0 - left.x1 >= gutter - edge


def _columns_in_order(page: list[Line], gutter: float | None) -> list[Line]:
    """The page read column by column where pdfminer went back and forth between the two: between
    two lines across the ``gutter`` (a title over both columns, a note under them), the lines left
    of it before those right of it, each side in the order read, in the places those lines held
    (gregmisc.pdf's description list, its rows read among the right column's). A page read in
    column order stays as it was."""
    if gutter is None:
        return page
    ordered = list(page)
    for places in _band_places(page, gutter).values():
        read = [page[at] for at in places if _side(page[at], gutter, page) < 0]
        read += [page[at] for at in places if _side(page[at], gutter, page) > 0]
        for at, line in zip(places, read, strict=True):
            ordered[at] = line
    return ordered


def _columns_side_by_side(lines: list[Line], gutter: float | None) -> bool:
    """The page's two columns side by side (``_parted_by``), each of one line a row: a contents
    box's entries and their page numbers set apart in the left column are a table's cells."""
    return (
        gutter is not None
        and _parted_by(lines, gutter)
        and all(len(_columns(side)) == 1 for side in _sides(lines, gutter))
    )


def _page_columns(lines: list[Line], gutter: float | None) -> bool:
    """Lines on both sides of the page's ``gutter``, none across it (``_parted_by``), each side with
    a line of column width (``COLUMN_WIDTH`` em): the page's two text columns side by side (an
    abstract beside the contents, a listing beside the other column's listing), no table's columns.
    A table's cells line up row by row within one column of the page, so each side is judged alone.
    A one-column page's table of short names and short descriptions has no gutter of its own, though
    its description column may look like one."""
    return _parted_by(lines, gutter) and all(
        any(ln.x1 - ln.x0 >= COLUMN_WIDTH * ln.size for ln in side) for side in _sides(lines, gutter)
    )


def _sides(lines: list[Line], gutter: float) -> tuple[list[Line], list[Line]]:
    """The lines of the column left of the ``gutter``, and those of the column right of it (``_side``)."""
    sides = [_side(ln, gutter, lines) for ln in lines]
    return [ln for ln, side in zip(lines, sides, strict=True) if side < 0], [
        ln for ln, side in zip(lines, sides, strict=True) if side > 0
    ]


def _parted_by(lines: list[Line], gutter: float | None) -> bool:
    """Lines on both sides of the page's ``gutter`` and none across it: the page's two columns."""
    if gutter is None:
        return False
    sides = {_side(line, gutter, lines) for line in lines}
    return sides == {-1, 1}


def _side(line: Line, gutter: float, lines: list[Line]) -> int:
    """-1 where the line is the left column's, 1 the right's, 0 where it is set across both. A line
    that runs past the ``gutter`` by ``GUTTER_REACH`` em at most is the column's it stands in
    most where the other column has a line beside it on its row (Algo.book.pdf's "s/(s^2+1) );", the
    end of a left column's code line, reaches 0.5 pt into the right column beside that column's
    text): the gutter is where the right column's lines start, judged on the page's other lines, and
    such a line read as across both columns parted each of them in two. With nothing beside it
    (mpi4py.pdf's "classmethod Delete(…)" over a summary table taken for two columns) it is across."""
    left, right = gutter - line.x0, line.x1 - gutter
    if right <= 0 or left <= 0:
        return -1 if right <= 0 else 1
    side = -1 if left >= right else 1
    if min(left, right) > GUTTER_REACH * line.size or not _beside(line, gutter, side, lines):
        return 0
    return side


def _beside(line: Line, gutter: float, side: int, lines: list[Line]) -> bool:
    """Whether a line of ``lines`` wholly in the other column than ``side`` shares ``line``'s row."""
    return any(
        other is not line
        and (other.x0 >= gutter if side < 0 else other.x1 <= gutter)
        and min(other.bottom, line.bottom) > max(other.top, line.top)
        for other in lines
    )


def _prose_gutter_between(piece: Line, line: Line, page: list[Line]) -> bool:
    """The gap between two lines side by side is the page's gutter: ``GUTTER_PROSE`` lines of prose
    (``_prose_line``: no listing's line numbers, no index entries) or more end at one edge left of
    it (a justified column's, within ``GUTTER_EDGE`` em: a code line may stand out past it), as many
    start where the right one does (its column's left edge: code set out past a one-column page's
    margin has none), and fewer cross it than either (a table or a note set across both columns).
    Code ends where its text does, not at its column's edge, so ``_across_gutter`` cannot tell it;
    the prose of the two columns can. A listing beside its output on a one-column page has the
    page's prose running over the gap."""
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    edge = right.x0 + GUTTER_EDGE * right.size
    prose = [other for other in page if _prose_line(other, MARK.sub("", other.text).strip())]
    ends = Counter(round(other.x1) for other in prose if left.x0 < other.x1 < right.x0)
    starts = sum(
        left.x1 < other.x0 and abs(other.x0 - right.x0) <= GUTTER_EDGE * right.size for other in prose
    )
    crosses = sum(other.x0 < left.x1 and other.x1 > edge for other in prose)
    least = max(GUTTER_PROSE, crosses + 1)
    return _at_one_edge(ends, right.size) >= least and starts >= least


def _at_one_edge(positions: Counter[int], size: float) -> int:
    """The most lines whose edges (rounded ``x`` positions) lie within ``GUTTER_EDGE`` em of one."""
    reach = GUTTER_EDGE * size
    return max((sum(n for x, n in positions.items() if abs(x - at) <= reach) for at in positions), default=0)


def _across_gutter(piece: Line, line: Line, page: list[Line]) -> bool:
    """The two stand in two columns side by side, a gutter between them: above their row or below it
    (within ``GUTTER_BAND`` em) lines stand on both sides of the gap and none crosses its middle, and
    the left one ends at its column's edge, where two more of the page's lines left of the gap end (a
    justified column). frenT1xe.pdf's French and English abstracts, set 1 em apart, were read as one
    line a row ("Ce document a été conçu uniquement pour The object of this paper …"). Pieces of one
    line of a single column have the column's lines crossing their gap above and below (one side
    suffices for the gutter: a heading across both columns may stand over their first row); a
    table's cells end where their words do, not at one edge. The right piece must hold a word
    (``COLUMN_WORD``): a contents page's numbers stand beside leaders that all end at one edge
    (italian.pdf's "hyphenation........ 7"). The left piece must be a column's line, ``COLUMN_WIDTH``
    em wide at least: a list's label ("30 janvier 2017:", frenchb-doc.pdf) stands an em before its
    text, set in rows that end alike."""
    left, right = (piece, line) if piece.x0 <= line.x0 else (line, piece)
    narrow = left.x1 - left.x0 < COLUMN_WIDTH * left.size
    if right.x0 <= left.x1 or narrow or not COLUMN_WORD.search(right.text):
        return False
    em = line.size
    near = [
        other
        for other in page
        if other is not piece
        and other is not line
        and not _same_row(other, line)
        and abs(other.top - line.top) <= GUTTER_BAND * em
    ]
    above = [other for other in near if other.top < line.top]
    below = [other for other in near if other.top > line.top]
    at_edge = [
        other
        for other in page
        if other is not left and other.x1 <= right.x0 and abs(other.x1 - left.x1) <= GUTTER_EDGE * em
    ]
    clear = _gutter_clear(above, left, right) or _gutter_clear(below, left, right)
    return clear and len(at_edge) >= 2


def _gutter_clear(band: list[Line], left: Line, right: Line) -> bool:
    """The gap between ``left`` and ``right`` runs clear through ``band``: lines of it stand on both
    sides and none covers the gap's middle (a hyphen or a quote may stand out into the gap)."""
    middle = (left.x1 + right.x0) / 2
    return (
        not any(other.x0 < middle < other.x1 for other in band)
        and any(left.x0 < other.x1 <= right.x0 for other in band)
        and any(left.x1 <= other.x0 < right.x1 for other in band)
    )


def column_bands(page: list[Line]) -> list[list[Line]]:
    """The page's parts in reading order: the whole page where it is not set in three or four
    columns, or a card's two (``_set_in_bands``); else the lines over its columns (a title block),
    each column's lines in the order read, and the lines under them (a footer). A column band's
    lines are parted from the next band's by a gutter ``BAND_GAP`` em wide or more that none of them
    crosses (``_bands``); a line alone on its row over all the columns' lines, or under them, may cross it.
    bibtool's ref_card.pdf, four columns a page, was read row by row across all of them, its options
    glued to other columns' resources, and its second page taken for one table."""
    ends = _ends_alone(page)
    body = [line for line in page if id(line) not in ends]
    bands = _bands(body)
    if not _set_in_bands(bands, page):
        return [page]
    parts: list[list[Line]] = [[] for _ in range(len(bands) + 2)]
    top = min(line.top for line in body)
    for line in page:
        at = next((n for n, (x0, x1) in enumerate(bands, start=1) if x0 <= line.x0 and line.x1 <= x1), None)
        parts[at if at is not None else 0 if line.top < top else -1].append(line)
    return [part for part in parts if part]


def _ends_alone(page: list[Line]) -> set[int]:
    """The ids of the lines over and under the rest of the page each alone on its row: read from
    the top down to the first row of two lines or more, and from the foot up to the last."""
    ordered = sorted(page, key=lambda line: line.top)
    alone = [not any(other is not line and _same_row(other, line) for other in page) for line in ordered]
    over = next((at for at, one in enumerate(alone) if not one), len(ordered))
    under = next((at for at, one in enumerate(alone[::-1]) if not one), 0)
    return {id(line) for line in ordered[:over] + ordered[len(ordered) - under :]}


def _bands(lines: list[Line]) -> list[tuple[float, float]]:
    """The stretches across the page that ``lines`` cover, left to right, parted where no line
    covers ``BAND_GAP`` em (of the lines' median size) or more: the page's column bands."""
    if not lines:
        return []
    size = median_high(line.size for line in lines)
    bands: list[tuple[float, float]] = []
    for line in sorted(lines, key=lambda one: one.x0):
        if bands and line.x0 - bands[-1][1] < BAND_GAP * size:
            bands[-1] = (bands[-1][0], max(bands[-1][1], line.x1))
        else:
            bands.append((line.x0, line.x1))
    return bands


def _set_in_bands(bands: list[tuple[float, float]], lines: list[Line]) -> bool:
    """Whether the page's ``lines`` stand in three or four column bands (``BAND_COUNTS``), or in a
    card's two (``_card_bands``), each ``COLUMN_WIDTH`` em wide or more, as a text column is, and
    holding ``BAND_LINES`` lines of words or more: a page number or a margin's mark beside a column
    is no column."""
    held = [[line for line in lines if x0 <= line.x0 and line.x1 <= x1] for x0, x1 in bands]
    if len(bands) not in BAND_COUNTS and not (len(bands) == CARD_BANDS and _card_bands(held, lines)):
        return False
    size = median_high(line.size for line in lines)
    worded = all(sum(bool(COLUMN_WORD.search(line.text)) for line in band) >= BAND_LINES for band in held)
    wide = all(x1 - x0 >= COLUMN_WIDTH * size for x0, x1 in bands)
    return worded and wide


def _card_bands(held: list[list[Line]], page: list[Line]) -> bool:
    """Whether two column bands are a reference card's columns: each holds ``ALIGNED_ROWS`` rows or
    more of two lines side by side (a key and its description, flush left and flush right), and the
    page's prose finds no gutter (``_page_gutter``: a two-column paper's columns are read by it).
    SLIME's refcard.pdf, two such columns 10 pt apart, was read as one table across both, a key
    beside the other column's description ("C-h m | describe mode | Disassembly")."""
    return _page_gutter(page) is None and all(
        sum(any(_side_by_side(line, other) for other in band if other.x0 > line.x1) for line in band)
        >= ALIGNED_ROWS
        for band in held
    )
