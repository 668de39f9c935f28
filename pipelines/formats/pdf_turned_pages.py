"""A page whose text is set turned, read in its own frame.

A landscape table or figure page (``sidewaysfigure``, ``landscape``, ``rotating``) is often printed
turned by 90° on a portrait page with no ``/Rotate`` flag: its glyphs run up (or down) the page.
The line reader reads upright lines only and cut such a page's text as ``rotated_text``
(residual-shadings.pdf's page 5: Figure 2's caption lost in ten fragments). Where nearly all of a
page's glyphs (``TURNED_SHARE``, ``TURNED_GLYPHS`` at least) are turned the same way, the whole page
(its glyphs, drawings, images and figures) is turned back before pdfminer lays it out, so its lines
read as on a landscape page. A watermark or a margin stamp, a few turned lines on an upright page,
leaves the page as it is and is cut as before; so does a figure drawn turned on a page whose own text
is upright (``_upright_around_figures``): its labels are a figure's.

A glyph set aslant, its baseline diagonal (a "DRAFT" watermark at 45°, a diagonal stamp), passes
pdfminer's sign test for upright, and its box, a glyph of 180 pt turned, covers half the page: laid out
with the text it joined the lines it crossed into one box and broke the page's reading order (a JOSS
draft's list read "4. … 3. … 2. … 1.", its Summary's first paragraph lost). Such glyphs are taken off
the page before pdfminer lays it out and put back after it, a line of their own marked not upright
(``aslant_apart``, ``aslant_lines``), which the line reader cuts as ``rotated_text``.
"""

from __future__ import annotations

from collections.abc import Iterator

from pdfminer.layout import (
    LTChar,
    LTComponent,
    LTContainer,
    LTCurve,
    LTFigure,
    LTPage,
    LTTextBoxHorizontal,
    LTTextLineHorizontal,
)
from pdfminer.utils import Matrix, apply_matrix_pt, apply_matrix_rect, mult_matrix

TURNED_SHARE = 0.75  # of a page's glyphs turned one way, at least: its text is set turned
# glyphs turned one way, at least: a caption's sentences or a table's rows, more than a plot's labels
# and legend alone (mummer's mapview_0.pdf, a turned plot of 71 glyphs and no prose, is refused as before)
TURNED_GLYPHS = 100
# tan 15°: a baseline that leans off both the page's width and its height by more than this is aslant
ASLANT = 0.27
ASLANT_REACH = 1.5  # of its size: a glyph set aslant this far from the one drawn before it starts a line


def read_turned(page: LTPage) -> None:
    """The page's items turned upright in place where its text is set turned (``_turn``)."""
    turn = _turn(page)
    if turn is None:
        return
    for item in page:
        _turned_item(item, turn)
    page.set_bbox(apply_matrix_rect(turn, page.bbox))


def printing_glyphs(item: LTComponent) -> Iterator[LTChar]:
    """The printing glyphs of ``item``, those in its figures too."""
    if isinstance(item, LTChar):
        if not item.get_text().isspace():
            yield item
    elif isinstance(item, LTContainer):
        for child in item:
            yield from printing_glyphs(child)


def turned(glyph: LTChar) -> bool:
    """The glyph's baseline runs more along the page's height than across it (|b| > |a|): it is set
    turned, whatever pdfminer's sign test (a·d > 0, b·c ≤ 0) calls it. Ghostscript writes a turn by
    90° as "0.00000001 1 -1 0.00000001", whose residue cosine passes that test: bridgesampling's
    y-axis titles ("Density") were read as upright lines of a letter each."""
    a, b, *_ = glyph.matrix
    return abs(b) > abs(a)


def aslant(glyph: LTChar) -> bool:
    """The glyph's baseline runs diagonally across the page, neither along its width nor along its
    height (a watermark at 45°: "0.707 0.707 −0.707 0.707"), which pdfminer's sign test calls upright."""
    a, b, *_ = glyph.matrix
    return min(abs(a), abs(b)) > ASLANT * max(abs(a), abs(b))


def aslant_apart(page: LTPage) -> list[LTChar]:
    """The page's own glyphs set aslant, taken off it and marked not upright, so that their boxes,
    which cross the lines of the text, take no part in its layout."""
    apart = [item for item in page if isinstance(item, LTChar) and aslant(item)]
    page._objs = [item for item in page if not (isinstance(item, LTChar) and aslant(item))]
    for glyph in apart:
        glyph.upright = False
    return apart


def aslant_lines(glyphs: list[LTChar], word_margin: float) -> list[LTTextBoxHorizontal]:
    """The glyphs ``aslant_apart`` took off a page, in the order they were drawn, as text boxes of
    one line each for the page to hold after its layout: a glyph drawn more than ``ASLANT_REACH`` of
    its size from the one before starts a line of its own (a plot's slanted contour labels, "0.3"
    here and "0.35" there, are lines apart; a watermark's letters one line)."""
    runs: list[list[LTChar]] = []
    for glyph in glyphs:
        if runs and _glyph_distance(runs[-1][-1], glyph) <= ASLANT_REACH * glyph.size:
            runs[-1].append(glyph)
        else:
            runs.append([glyph])
    boxes = []
    for run in runs:
        line = LTTextLineHorizontal(word_margin)
        for glyph in run:
            line.add(glyph)
        box = LTTextBoxHorizontal()
        box.add(line)
        boxes.append(box)
    return boxes


def _glyph_distance(one: LTChar, other: LTChar) -> float:
    """How far apart the two glyphs' origins stand."""
    return ((one.matrix[4] - other.matrix[4]) ** 2 + (one.matrix[5] - other.matrix[5]) ** 2) ** 0.5


def _turn(page: LTPage) -> Matrix | None:
    """The matrix that turns the page's text upright, when at least ``TURNED_SHARE`` of its glyphs,
    and ``TURNED_GLYPHS``, run up the page (text matrix b > 0: turned left) or all run down it
    (b < 0: turned right), their baseline more along the page's height than across it; else None.
    Turned left, a point (x, y) goes to (y, x0 + x1 − x); turned right, to (y0 + y1 − y, x). A page
    whose own text is all upright is not turned (``_upright_around_figures``)."""
    glyphs = list(printing_glyphs(page))
    up = sum(turned(g) and g.matrix[1] > 0 for g in glyphs)
    down = sum(turned(g) and g.matrix[1] < 0 for g in glyphs)
    most = max(up, down)
    if most < TURNED_GLYPHS or most < TURNED_SHARE * len(glyphs) or _upright_around_figures(page):
        return None
    x0, y0, x1, y1 = page.bbox
    return (0.0, -1.0, 1.0, 0.0, 0.0, x0 + x1) if up >= down else (0.0, 1.0, -1.0, 0.0, y0 + y1, 0.0)


def _upright_around_figures(page: LTPage) -> bool:
    """Whether the page sets text of its own, outside its figures (Form XObjects), and none of it turned:
    what runs turned on it is a figure drawn turned, whose labels are a figure's, not the page's text.
    cummeRbund-manual.pdf's page 19, a database diagram drawn turned under an upright page number, was
    turned whole, its 11,729 labels (a font with no ToUnicode table, every glyph unmapped) read as the
    page's text and the number cut as turned: 20 % of the document's glyphs unmapped, refused."""
    own = [glyph for item in page if not isinstance(item, LTFigure) for glyph in printing_glyphs(item)]
    return bool(own) and not any(turned(glyph) for glyph in own)


def _turned_item(item: LTComponent, turn: Matrix) -> None:
    """``item`` moved by ``turn``: a glyph's matrix, uprightness (pdfminer's sign test, and a
    baseline along the width, ``turned``) and size (pdfminer's: its box's
    height for a font set across, measured again in the turned frame), a drawing's points, a
    figure's matrix and its items, every box."""
    sized_by_height = isinstance(item, LTChar) and item.size == item.height
    if isinstance(item, LTChar):
        item.matrix = mult_matrix(item.matrix, turn)
        a, b, c, d, _, _ = item.matrix
        item.upright = a * d > 0 and b * c <= 0 and not turned(item)
    if isinstance(item, LTCurve):
        item.pts = [apply_matrix_pt(turn, point) for point in item.pts]
        item.original_path = [_turned_step(step, turn) for step in item.original_path or []]
    if isinstance(item, LTFigure):
        item.matrix = mult_matrix(item.matrix, turn)
    if isinstance(item, LTContainer):
        for child in item:
            _turned_item(child, turn)
    item.set_bbox(apply_matrix_rect(turn, item.bbox))
    if isinstance(item, LTChar):
        item.size = item.height if sized_by_height else item.width


def _turned_step(step: tuple, turn: Matrix) -> tuple:
    """A path's step as pdfminer keeps it (its operator, then its points: "m", (x, y)) with its
    points moved by ``turn``."""
    return (step[0], *(apply_matrix_pt(turn, point) for point in step[1:]))
