"""Lines set in a ruled box of their own, one short item to a line (a file's layout, a syntax
summary): each line stands alone, as the box sets it, not reflowed into a paragraph with the next."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sloika.pipelines.formats.pdf_breaks import SUBSECTION
from sloika.pipelines.formats.pdf_line_record import MARK, Line, Rule, enclosing, within
from sloika.pipelines.formats.pdf_page_rows import PROSE_LETTERS, TOUCH, _page_rows
from sloika.pipelines.formats.pdf_tables import SENTENCE_STOP, touching_groups

FRAME_RULES = 4  # a plain box: a rule across at its top and its bottom, a rule down at each side
CAPTION_REACH = 3.0  # em: a box's caption stands this far under it, at most
BOX_PAD = 2.0  # em: a diagram's box is drawn this near round its line, at most, on each side


def boxed_items_apart(page: list[Line], rules: list[Rule]) -> list[Line]:
    """Each line of a plain box holding one short item to a line (``_item_box``) and nothing drawn
    (``_nothing_drawn_inside``) ends its paragraph (``lead``), and the box is read whole where its
    first line stood, its caption under it (``_caption_under``) after it: a float of its own.
    glpk-doc's gmpl.pdf frames a model file's layout, "statement;" / "statement;" / "…" / "data;" /
    "data block;" / … / "end;", one item to a line, and the reader joined the lines two by two into
    "statement; statement;" / "statement; data;"; two such boxes side by side read both boxes, then
    both captions "Model file" "Data file"."""
    floats: dict[int, list[Line]] = {}  # a box's first line: the box's lines and caption, read there
    taken: set[int] = set()
    frames = _frames(rules)
    for frame in frames:
        inside = [ln for ln in page if within(ln.box, frame.box, TOUCH)]
        if _item_box(inside) and _nothing_drawn_inside(frame, inside, rules):
            caption = _caption_under(page, frame.box, [other.box for other in frames])
            floats[id(inside[0])] = [replace(ln, lead=True) for ln in inside] + caption
            taken.update(id(ln) for ln in inside + caption)
    read: list[Line] = []
    for ln in page:
        if id(ln) in floats:
            read += floats[id(ln)]
        elif id(ln) not in taken:
            read.append(ln)
    return read


def lead_ins_over_boxed_code(page: list[Line], rules: list[Rule]) -> list[Line]:
    """The prose line read just before a listing's box (a plain frame holding monospaced lines
    alone, nothing else drawn in it) ends its paragraph (``lead``): the box sets its code apart as a
    display, never a run-on of the sentence, though the code line holds no space and the sentence
    stops on no stop (RcppAnnoy's vignette: "… saved to file via" over a boxed
    ``obj.save("annoy.index");``, read as one sentence while its other boxed lines stood apart). An
    inline name wrapped onto a line of its own is in no box."""
    boxed = set()
    for frame in _frames(rules):
        inside = [ln for ln in page if within(ln.box, frame.box, TOUCH)]
        if inside and all(ln.mono for ln in inside) and _nothing_drawn_inside(frame, inside, rules):
            boxed.add(id(inside[0]))
    return [
        replace(ln, lead=True) if not ln.mono and at + 1 < len(page) and id(page[at + 1]) in boxed else ln
        for at, ln in enumerate(page)
    ]


def diagram_boxes(page: list[Line], rules: list[Rule]) -> list[Rule]:
    """The frames drawn tight round one line (``BOX_PAD``) that is no sentence, nothing else drawn
    in them: a drawn diagram's boxes, cells of it as much as a row of boxes ruled as a table is.
    pymzML.pdf's gzip header went to ``structure`` box row by box row, but its boxes alone on a row,
    "COMPRESSED BLOCKS" and "file comment, zero-terminated (xX)", stayed in the text as lines that
    read like headings. A sentence in a frame of its own is a boxed note, and stays, and so does a
    line a sentence over it announces (``_announced``), and a numbered section heading (BAMG's
    manual frames "2.3 Smoothing, quad, and Utility Parameter" and its sisters)."""
    boxes = []
    for frame in _frames(rules):
        inside = [ln for ln in page if within(ln.box, frame.box, TOUCH)]
        if (
            len(inside) == 1
            and _label_box(frame, inside[0])
            and _nothing_drawn_inside(frame, inside, rules)
            and not _announced(page, frame)
            and not SUBSECTION.match(inside[0].text)
        ):
            boxes.append(frame.box)
    return boxes


def _announced(page: list[Line], frame: Frame) -> bool:
    """The nearest line over the frame, within ``CAPTION_REACH`` and across it, ends on a colon: the
    boxed line is what that sentence announces, its end, no diagram's box (ghab-doc.pdf's "… which
    has the following syntax:" over a framed "\\darghab [⟨width⟩] {⟨text⟩}")."""
    x0, top, x1, _ = frame.box
    over = [
        ln for ln in page if 0 <= top - ln.bottom <= CAPTION_REACH * ln.size and ln.x0 <= x1 and ln.x1 >= x0
    ]
    nearest = max(over, key=lambda ln: ln.bottom, default=None)
    return nearest is not None and MARK.sub("", nearest.text).rstrip().endswith(":")


def _label_box(frame: Frame, line: Line) -> bool:
    """The frame is drawn within ``BOX_PAD`` round ``line``, and the line is no sentence."""
    pad, box = BOX_PAD * line.size, frame.box
    tight = (
        line.x0 - box[0] <= pad
        and box[2] - line.x1 <= pad
        and box[3] - box[1] <= line.bottom - line.top + pad
    )
    return tight and not SENTENCE_STOP.search(MARK.sub("", line.text))


def _caption_under(page: list[Line], frame: Rule, frames: list[Rule]) -> list[Line]:
    """The box's caption: the nearest line under it, within ``CAPTION_REACH`` and the box's width,
    when it is one (``_caption``); none where no line stands there or the nearest is no caption."""
    under = [
        ln
        for ln in page
        if 0 <= ln.top - frame[3] <= CAPTION_REACH * ln.size
        and frame[0] - TOUCH <= ln.x0
        and ln.x1 <= frame[2] + TOUCH
    ]
    return [ln for ln in sorted(under, key=lambda ln: ln.top)[:1] if _caption(ln, frames)]


def _caption(line: Line, frames: list[Rule]) -> bool:
    """Words short of a prose line ("Model file"), standing free of the other boxes: a line with a
    box under it within ``CAPTION_REACH`` heads that box (Rcpp-quickref.pdf's "Using matrices" under
    one code box and over the next; RcppArmadillo-sparseMatrix.pdf's "R Code." under a C++ box), and
    a line inside a box is that box's (the R box's first line "R> i <- c(1,3:8)", under "R Code.")."""
    return (
        0 < sum(char.isalpha() for char in line.text) < PROSE_LETTERS
        and not any(0 <= other[1] - line.bottom <= CAPTION_REACH * line.size for other in frames)
        and not any(within(line.box, other, TOUCH) for other in frames)
    )


@dataclass(frozen=True)
class Frame:
    """A plain frame: its box, and its four rules."""

    box: Rule
    sides: tuple[Rule, ...]


def _frames(rules: list[Rule]) -> list[Frame]:
    """The boxes ruled as a plain frame: four touching rules, two across and two down."""
    frames = []
    for group in touching_groups(rules):
        down = [r for r in group if r[2] - r[0] < TOUCH]
        if len(group) == FRAME_RULES and len(down) == 2 and abs(down[0][0] - down[1][0]) > TOUCH:
            frames.append(Frame(enclosing(group), tuple(group)))
    return frames


def _nothing_drawn_inside(frame: Frame, inside: list[Line], rules: list[Rule]) -> bool:
    """Nothing is drawn within the frame but its lines of text: no shape stands inside it other than
    its own four sides, and none of its lines stands in a drawing (``Line.drawing``, a plot's
    points, curves and ticks, filled ones too, which are no rules). A plot's frame holds its points
    and curves, and the small print set among them (partDeriv.pdf's formulas in a panel, "f(x,y)
    =3*x^2*y+0.5*y" / "f_x(x,y) =6*x*y") is no box of items; a legend's box holds its keys."""
    sides = set(frame.sides)
    drawn = any(rule not in sides and within(rule, frame.box, TOUCH) for rule in rules)
    return not drawn and all(ln.drawing is None for ln in inside)


def _item_box(lines: list[Line]) -> bool:
    """Two lines of words or more, one to a row, each short of a prose line's letters: items, not a
    framed paragraph (a note's lines run on and are reflowed). Marks without a letter (an ellipsis's
    dots set one by one, "·  ·  ·") are no items."""
    items = [ln for ln in lines if any(char.isalpha() for char in ln.text)]
    short = all(sum(char.isalpha() for char in ln.text) < PROSE_LETTERS for ln in items)
    return len(items) >= 2 and short and all(len(row) == 1 for row in _page_rows(items))
