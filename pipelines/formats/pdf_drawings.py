"""A page's drawings and rules from its shapes: the boxes of plots and figures, a table's ruling.

pdfminer gives a page's curves, lines and rectangles apart from its text. Shapes that cluster into
a drawing (a plot's axes, ticks and points) mark the lines standing in it as its labels
(``Line.drawing``), and thin shapes are rules the layout finds tables by. These read shapes only,
not glyphs, and are measured before the page's lines are written.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_line_order import NUMBERS_ONLY
from sloika.pipelines.formats.pdf_line_record import WORD, Line, Rule, enclosing

RULE = 2.0  # pt: a drawn line or rectangle edge thinner than this is a rule (a table's ruling)
TOUCH_PAGE = 1.0  # pt: a shape reaching further past the page's edge is drawn for a clip path to cut
PROSE_WORDS = 3  # words on one line at least: a form's prose, where a drawing's labels are a word or two
FURNITURE_BAND = 0.1  # of the page's height: the top and bottom bands a running head and a folio stand in
DRAWING_REACH = 3.0  # em of a line's size: a drawing this near it is the drawing it stands in
DRAWING_SHAPES = 8  # a drawing holds this many marks at least (``_drawing_shape``: points, a map's cells)
DRAWING_CELL = 12.0  # pt: shapes within a cell of this grid of each other are one drawing
DRAWING_MARK = 15.0  # pt: a curve or a filled area smaller than this each way is a drawing's mark
TICK_MARK = 6.0  # pt: a stroked straight line this short is an axis's tick or an error bar's cap
PLOTTED_VERTICES = 10  # an open stroked path of straight segments through this many points is a plotted line
EDGE_REACH = 4.0  # pt: a diagram's edge ends this near the frame it joins, at most (an arrow's head between)
Branch = tuple[tuple[float, float], tuple[float, float]]  # a stroked straight line's two ends, top down


def _drawing_shape(shape, height: float) -> list[tuple[Rule, int]]:
    """The shape's box, and how many of a drawing's marks it holds: one for a plot's point, a map's
    cell, an arrow's head (a curve or a filled area, under ``DRAWING_MARK`` each way) or an axis's
    tick (``_tick``); one a point for a plotted line (``_plotted_points``); none for ruling (a
    table's lines and cells) or a box the text stands in (a frame, a coloured background with
    rounded corners); [] for a long filled bar thinner than ``RULE``, how TeX sets a fraction's bar,
    a table's rule or an underline in the text."""
    from pdfminer.layout import LTLine, LTRect

    x0, top, x1, bottom = shape.x0, height - shape.y1, shape.x1, height - shape.y0
    small = max(x1 - x0, bottom - top) < DRAWING_MARK
    if not shape.stroke and not small and (x1 - x0 < RULE or bottom - top < RULE):
        return []
    drawn = small and (not isinstance(shape, (LTLine, LTRect)) or shape.fill)
    return [((x0, top, x1, bottom), int(drawn or _tick(shape)) or _plotted_points(shape))]


def _tick(shape) -> bool:
    """A stroked straight line shorter than ``TICK_MARK``: an axis's tick or an error bar's cap, how R
    marks a plot drawn in lines only (strucchange's fluctuation processes, a curve in a frame with
    ticks on two sides, no point drawn); a table's ruling runs the length of its cells."""
    from pdfminer.layout import LTLine

    return isinstance(shape, LTLine) and shape.stroke and max(shape.width, shape.height) < TICK_MARK


def _plotted_points(shape) -> int:
    """The points of an open stroked path of straight segments through ``PLOTTED_VERTICES`` points or
    more: a plotted line (a time series, a density curve), each vertex a value drawn; a frame or a
    cell is closed and has four corners, a rounded one is drawn with curves."""
    path = getattr(shape, "original_path", None) or []
    ops = [segment[0] for segment in path]
    plotted = shape.stroke and not shape.fill and set(ops[1:]) == {"l"} and len(ops) >= PLOTTED_VERTICES
    return len(ops) if plotted else 0


def _drawings(shapes: list[tuple[Rule, int]]) -> list[Rule]:
    """The boxes of the page's drawings: shapes that touch within a ``DRAWING_CELL`` grid, joined,
    kept when they hold ``DRAWING_SHAPES`` of a drawing's marks or more (``_drawing_shape``): a
    plot's axes, ticks, points and curves, a map's cells; a table's ruling or a framed box alone is
    none."""
    cells: dict[tuple[int, int], list[int]] = {}
    for at, ((x0, top, x1, bottom), _) in enumerate(shapes):
        for cx in range(int(x0 // DRAWING_CELL), int(x1 // DRAWING_CELL) + 1):
            for cy in range(int(top // DRAWING_CELL), int(bottom // DRAWING_CELL) + 1):
                cells.setdefault((cx, cy), []).append(at)
    found, seen = [], set()
    for start in cells:
        if start in seen:
            continue
        seen.add(start)
        group, todo = set(), [start]
        while todo:
            cx, cy = todo.pop()
            group.update(cells[(cx, cy)])
            for near in ((cx + dx, cy + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                if near in cells and near not in seen:
                    seen.add(near)
                    todo.append(near)
        boxes = [shapes[at] for at in group]
        if sum(marks for _, marks in boxes) >= DRAWING_SHAPES:
            found.append(enclosing(box for box, _ in boxes))
    return found


def _branch(shape, height: float) -> list[Branch]:
    """The shape's two ends when it is a stroked straight line longer than a tick (``TICK_MARK``):
    a tree's or a diagram's branch, or a table's ruling (``_trees`` tells them apart)."""
    from pdfminer.layout import LTLine

    if not isinstance(shape, LTLine) or not shape.stroke or max(shape.width, shape.height) < TICK_MARK:
        return []
    (x0, y0), (x1, y1) = shape.pts[0], shape.pts[-1]
    return [((round(x0, 1), round(height - y0, 1)), (round(x1, 1), round(height - y1, 1)))]


def _trees(branches: list[Branch]) -> list[Rule]:
    """The boxes of the page's trees drawn in lines: stroked lines joined end to end (``_branch``),
    two or more, turning at a join (not one rule drawn in pieces) and closing no cell (as many
    ends as lines and one more): a tree plot's branches (tgp's MAP trees, a ⊓ over each split), a
    diagram's edges from a node ("T: diagram", two slanted lines from one point). A table's
    ruling closes its cells or crosses its rules past their ends; a tree has few marks
    (``DRAWING_SHAPES``), so its labels ("x1 <> 2.07392", "19 obs") were kept as text."""
    parent: dict[tuple[float, float], tuple[float, float]] = {}

    def root(point: tuple[float, float]) -> tuple[float, float]:
        while parent.setdefault(point, point) != point:
            point = parent[point]
        return point

    for one, other in branches:
        parent[root(one)] = root(other)
    groups: dict[tuple[float, float], list[Branch]] = {}
    for branch in branches:
        groups.setdefault(root(branch[0]), []).append(branch)
    found = []
    for group in groups.values():
        ends = {end for branch in group for end in branch}
        turns = {_direction(branch) for branch in group}
        if len(group) >= 2 and len(ends) == len(group) + 1 and len(turns) > 1:
            found.append(enclosing((*map(min, one, other), *map(max, one, other)) for one, other in group))
    return found


def diagram_labels(lines: list[Line], curves: list, height: float) -> list[Line]:
    """The lines standing wholly inside a diagram of frames joined by slanted lines
    (``_frames_joined``), grown over the curves it touches (an arrow's label in an oval astride its
    edge, feynmf.pdf's "latex foo" and "dvixx foo"): its boxes' text and the labels on its arrows, a
    figure's, not the page's."""
    from pdfminer.layout import LTLine, LTRect

    badges = [_box(shape, height) for shape in curves if not isinstance(shape, (LTLine, LTRect))]
    boxes = [
        enclosing([box, *(b for b in badges if _apart(b, box) == 0)])
        for box in _frames_joined(curves, height)
    ]
    return [line for line in lines if any(enclosing([line.box, box]) == box for box in boxes)]


def _frames_joined(curves: list, height: float) -> list[Rule]:
    """The boxes of the page's diagrams of frames joined by slanted lines: two stroked rectangles or
    more, each end of a straight line drawn aslant (``_slanted``) within ``EDGE_REACH`` of one of
    them, joined through such lines. A table's ruling runs across and down only; lines aslant from
    box to box are a flow diagram's arrows, and the text in its boxes (feynmf.pdf's files "% foo.tex"
    / "\\usepackage{feynmf}" beside "% fd.mf -- do not edit", "LaTeX labels" / "fd.log") its labels,
    which the phantom ruling of the arrows' boxes had read as one table across."""
    from pdfminer.layout import LTRect

    frames = [_box(shape, height) for shape in curves if isinstance(shape, LTRect) and shape.stroke]
    frames = [box for box in frames if min(box[2] - box[0], box[3] - box[1]) >= DRAWING_MARK]
    parent = list(range(len(frames)))

    def root(at: int) -> int:
        while parent[at] != at:
            at = parent[at]
        return at

    edges: dict[int, list[Branch]] = {}
    for edge in (branch for shape in curves for branch in _branch(shape, height) if _slanted(branch)):
        ends = [[at for at, box in enumerate(frames) if _point_near(end, box)] for end in edge]
        joined = [(one, other) for one in ends[0] for other in ends[1] if one != other]
        for one, other in joined[:1]:
            parent[root(one)] = root(other)
            edges.setdefault(one, []).append(edge)
    groups: dict[int, list[int]] = {}
    for at in range(len(frames)):
        groups.setdefault(root(at), []).append(at)
    return [
        enclosing(
            [frames[at] for at in group]
            + [(*map(min, *e), *map(max, *e)) for at in group for e in edges.get(at, [])]
        )
        for group in groups.values()
        if len(group) >= 2
    ]


def _box(shape, height: float) -> Rule:
    """The shape's box, top down."""
    return shape.x0, height - shape.y1, shape.x1, height - shape.y0


def _slanted(branch: Branch) -> bool:
    """The line runs aslant: neither across nor down within a rule's thickness (``RULE``)."""
    (x0, y0), (x1, y1) = branch
    return abs(x1 - x0) >= RULE and abs(y1 - y0) >= RULE


def _point_near(point: tuple[float, float], box: Rule) -> bool:
    """The point lies within ``EDGE_REACH`` of the box's edge, inside or out."""
    x, y = point
    outside = (
        box[0] - EDGE_REACH <= x <= box[2] + EDGE_REACH and box[1] - EDGE_REACH <= y <= box[3] + EDGE_REACH
    )
    inside = box[0] + EDGE_REACH < x < box[2] - EDGE_REACH and box[1] + EDGE_REACH < y < box[3] - EDGE_REACH
    return outside and not inside


def _direction(branch: Branch) -> tuple[float, float]:
    """The way a line runs, either end first: its slope as a unit step, rounded."""
    (x0, y0), (x1, y1) = sorted(branch)
    length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-9)
    return round((x1 - x0) / length, 2), round((y1 - y0) / length, 2)


def _with_tick_labels(drawings: list[Rule], lines: list[Line]) -> list[Rule]:
    """Each drawing's box grown over the lines of numbers alone that stand by it (``_drawing_near``):
    a plot's tick values, set between its axis and the axis title, which an R graphic sets three
    lines of text under the axis, out of the drawing's reach but within the ticks' ("Theoretical
    quantiles" under "0 2 4 6 8")."""
    grown = []
    for box in drawings:
        edges = [box] + [
            ln.box
            for ln in lines
            if ln.text.strip() and NUMBERS_ONLY.match(ln.text) and _drawing_near(ln, [box])
        ]
        grown.append(enclosing(edges))
    return grown


def _drawing_near(line: Line, drawings: list[Rule]) -> Rule | None:
    """The box of the nearest drawing (``_drawings``) the line lies within ``DRAWING_REACH`` em of (an
    axis title under its ticks, a panel's title over its cells, a tick label beside its axis), or
    None. Of two plots side by side, the title over the right one is its own: 4ti2_manual.pdf's
    "Computed representation" stood within reach of the left plot too, found first."""
    reach = DRAWING_REACH * line.size
    near = [
        (x0, top, x1, bottom)
        for x0, top, x1, bottom in drawings
        if x0 - reach < line.x1
        and line.x0 < x1 + reach
        and top - reach < line.bottom
        and line.top < bottom + reach
    ]
    return min(near, key=lambda box: _apart(line.box, box), default=None)


def _apart(a: Rule, b: Rule) -> float:
    """How far apart two boxes stand, across and down (0 where they overlap)."""
    return max(a[0] - b[2], b[0] - a[2], 0.0) + max(a[1] - b[3], b[1] - a[3], 0.0)


def _page_boxes(page) -> list:
    """The page's layout boxes, a form drawn over the whole page (within ``TOUCH_PAGE``) that holds
    text read as the page itself where the page's own text is at most its furniture (``_margin_only``):
    a page set whole in one Form XObject (a PDF's pages included whole in another, as pdfpages does:
    mutoss's simToolManual.pdf; fonts-texgyre's qag-info.pdf, whose running head the page sets over
    the form) has its text, rules and drawings in the form and its plots in forms nested in that one,
    which are figures as on any page. Beside text the page sets in its body a form is a drawing
    (``_figure_lines``)."""
    from pdfminer.layout import LTFigure, LTTextContainer

    own = [box for box in page if isinstance(box, LTTextContainer)]
    if own and not _margin_only(own, page.bbox):
        return list(page)
    x0, y0, x1, y1 = page.bbox
    boxes = []
    for box in page:
        whole = isinstance(box, LTFigure) and (
            box.x0 <= x0 + TOUCH_PAGE
            and box.y0 <= y0 + TOUCH_PAGE
            and box.x1 >= x1 - TOUCH_PAGE
            and box.y1 >= y1 - TOUCH_PAGE
        )
        boxes += _page_boxes(box) if whole and (not own or _holds_prose(box)) else [box]
    return boxes


def _holds_prose(form) -> bool:
    """Whether the form sets a line of ``PROSE_WORDS`` words or more upright: a page's body, not a
    drawing's labels (a diagram drawn turned under a page's upright folio, cummeRbund-manual.pdf's,
    whose labels pdfminer reads a glyph or two to a line)."""
    return any(len(WORD.findall(line.get_text())) >= PROSE_WORDS for line in _figure_lines([form]))


def _margin_only(boxes: list, bbox: tuple[float, float, float, float]) -> bool:
    """Every box stands in the page's top or bottom ``FURNITURE_BAND``: a running head or a folio a
    page sets over the form that draws its body, not text of its own."""
    y0, y1 = bbox[1], bbox[3]
    band = (y1 - y0) * FURNITURE_BAND
    return all(box.y0 >= y1 - band or box.y1 <= y0 + band for box in boxes)


def _figure_lines(container) -> list:
    """The text lines inside the container's figures (Form XObjects), nested ones too, in the order
    pdfminer laid each figure out: a page that draws all its text in forms (debian-refcard's boxes)
    has no text lines of its own. Read as text on such a page only: elsewhere a figure's text is a
    drawing's labels, for ``removed`` (``figure``)."""
    from pdfminer.layout import LTFigure, LTTextContainer, LTTextLineHorizontal

    found = []
    for box in container:
        if isinstance(box, LTFigure):
            found += _figure_lines(box)
        elif isinstance(box, LTTextContainer):
            found += [item for item in box if isinstance(item, LTTextLineHorizontal)]
    return found


def _figure_curves(container) -> list:
    """The drawn shapes (lines, rectangles, curves) inside the container's figures, nested ones too,
    read with their text where a page draws all its text in forms (``_figure_lines``): a PDF whose
    every page is another PDF's page placed whole (pdfpages' ``\\includepdf``: stringdist's Doxygen
    API reference in an R vignette) kept its text but lost its rules, so its ruled parameter tables
    were read as aligned blocks, their rows torn apart and their wrapped cells left in the text."""
    from pdfminer.layout import LTCurve

    return _nested(container, LTCurve)


def _images(container) -> list:
    """The images inside the container's figures, nested ones too."""
    from pdfminer.layout import LTImage

    return _nested(container, LTImage)


def _nested(container, kind: type) -> list:
    """The boxes of ``kind`` in ``container`` and inside its figures, nested ones too."""
    from pdfminer.layout import LTFigure

    found = []
    for box in container:
        if isinstance(box, LTFigure):
            found += _nested(box, kind)
        elif isinstance(box, kind):
            found.append(box)
    return found


def image_rules(container, width: float, height: float) -> list[Rule]:
    """The images inside the container's figures, nested ones too, that are thin one way (under
    ``RULE``): rules painted as image masks. dvips output distilled by Ghostscript paints TeX's rules,
    a ``tabular``'s "|" and ``\\hline`` too, as one-pixel images, never as filled boxes (the Haskell
    98 FFI report's ruled tables were read as aligned blocks: a size column "8 / 16 / 32 / 64" cut as
    numbers alone, a wrapped cell "minimum floating point num-" / "ber as per [3]" left as loose lines)."""
    found = []
    for box in _images(container):
        x0, top, x1, bottom = box.x0, height - box.y1, box.x1, height - box.y0
        inside = x0 >= -TOUCH_PAGE and top >= -TOUCH_PAGE and x1 <= width + TOUCH_PAGE
        if inside and bottom <= height + TOUCH_PAGE and (x1 - x0 < RULE or bottom - top < RULE):
            found.append((x0, top, x1, bottom))
    return found


def image_marks(container, height: float) -> list[tuple[Rule, int]]:
    """The images inside the container's figures, nested ones too, shorter than ``TICK_MARK`` each
    way, each one of a drawing's marks (``_drawings``): dvips output distilled by Ghostscript paints a
    plot drawn by TeX's picture commands (gnuplot's latex terminal) as image masks, its axes' ticks
    and every step of its plotted lines an image a pixel or two across, so the plot's frame and its
    key's line ruled a cell round its key's label. A table's rules run the length of its cells."""
    found = []
    for box in _images(container):
        x0, top, x1, bottom = box.x0, height - box.y1, box.x1, height - box.y0
        if max(x1 - x0, bottom - top) < TICK_MARK:
            found.append(((x0, top, x1, bottom), 1))
    return found


def _bar(shape, width: float, height: float) -> list[Rule]:
    """The shape when it is a horizontal line across half the page or more, stroked or filled (TeX
    draws its rules as filled boxes): the edge of a drawn frame (ESKD's) or a header's or footer's rule."""
    x0, top, x1, bottom = shape.x0, height - shape.y1, shape.x1, height - shape.y0
    return [(x0, top, x1, bottom)] if bottom - top < RULE and x1 - x0 >= width / 2 else []


def _rules(shape, width: float, height: float) -> list[Rule]:
    """A stroked shape's edges that are rules: the shape itself when it is thin (a drawn line), else
    the four sides of its box (a cell's border). A filled shape thin one way is a rule too: TeX
    draws a ``tabular``'s rules, "|" and ``\\hline``, as filled boxes 0.4 pt thick (camlidl's
    attribute table, ruled all round, read as cells and code blocks for want of them). Other
    filled-only shapes are backgrounds, not ruling; nor is a shape that runs off the page: a plot's
    line or polygon that R draws past its box for the clip path to cut (pdfminer reads no clipping:
    logcondens.pdf's log-density panel "ran" to 1084 pt on an 842 pt page and made its plot a ruled
    region over the prose under it)."""
    x0, top, x1, bottom = shape.x0, height - shape.y1, shape.x1, height - shape.y0
    thin = x1 - x0 < RULE or bottom - top < RULE
    if not (shape.stroke or (shape.fill and thin)):
        return []
    if x0 < -TOUCH_PAGE or top < -TOUCH_PAGE or x1 > width + TOUCH_PAGE or bottom > height + TOUCH_PAGE:
        return []
    if thin:
        return [(x0, top, x1, bottom)]
    return [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]


def shaded_boxes(curves: list, width: float, height: float) -> list[Rule]:
    """The page's filled shapes wider and taller than ``RULE`` that do not reach its four edges: the
    backgrounds text is set on (a knitr chunk's shading, a beamer block's), a slide's own background
    aside (``TOUCH_PAGE``)."""
    boxes = [(c.x0, height - c.y1, c.x1, height - c.y0) for c in curves if c.fill]
    return [
        (x0, top, x1, bottom)
        for x0, top, x1, bottom in boxes
        if min(x1 - x0, bottom - top) >= RULE
        and not (min(x0, top) <= TOUCH_PAGE and x1 >= width - TOUCH_PAGE and bottom >= height - TOUCH_PAGE)
    ]


def shade_of(line: Line, boxes: list[Rule]) -> Rule | None:
    """The smallest of ``boxes`` the line's start (its left edge at half its height) stands in, None
    where none: a line that runs on past its box's edge (knitr's printout wider than its chunk) is
    still its box's."""
    middle = (line.top + line.bottom) / 2
    holding = [box for box in boxes if box[0] <= line.x0 <= box[2] and box[1] <= middle <= box[3]]
    return min(holding, key=lambda box: (box[2] - box[0]) * (box[3] - box[1]), default=None)
