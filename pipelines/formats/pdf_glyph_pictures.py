"""A picture drawn in glyphs: LaTeX's ``picture`` environment sets its slanted lines and arrows as
glyphs of its line fonts (``line10``, ``linew10``), which map to no character, and its upright and
level lines as rules. The words set among those glyphs are the picture's labels (a Hasse diagram's
nodes, "gen" over "pol vec mp"), not rows of the table over it nor a table of their own: pari-gp2c's
type preorder was read on as its table's rows, "typ | type of object" / "gen" / "pol | vec | mp".
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_glyphs import UNMAPPED
from sloika.pipelines.formats.pdf_line_record import WORD, Line, Rule, enclosing, touching, within

STROKES = 3  # a picture draws this many lines of glyph strokes at least
LABELS = 3  # and sets this many labels among them
LABEL_WORDS = 2  # a picture's label is a word or two ("negbool"); a sentence is the text's
STROKE_REACH = 1.0  # em of the label's size: a label this near a stroke is drawn with it
SENTENCE_MARKS = (".", "!", "?", ":", ";", ",")  # a line ending on one of these is prose, no label


def _stroke(line: Line) -> bool:
    """The line is unmapped glyphs alone ("(cid:8)(cid:8)"): a drawn line's pieces, no text."""
    return bool(UNMAPPED.search(line.text)) and not UNMAPPED.sub("", line.text).strip()


def _label(line: Line) -> bool:
    """The line, its stroke glyphs aside ("void (cid:3)"), is a word or two (``LABEL_WORDS``) holding a
    word of two letters, ending no sentence: a node's name."""
    text = UNMAPPED.sub("", line.text).strip()
    words = text.split()
    return 0 < len(words) <= LABEL_WORDS and bool(WORD.search(text)) and not text.endswith(SENTENCE_MARKS)


def glyph_pictures(lines: list[Line]) -> tuple[list[Line], list[Rule]]:
    """The lines of the page's pictures drawn in glyphs, strokes and labels, and each picture's box:
    strokes (``_stroke``) and labels (``_label``) joined where one stands within ``STROKE_REACH`` em of
    the other, ``STROKES`` strokes and ``LABELS`` labels at least, and every label standing inside
    that box (a node joined to the others by a rule only, "var" under "pol"). A formula's unmapped
    bracket beside a symbol or two is none: its pieces are no words."""
    parts = [line for line in lines if _stroke(line) or _label(line)]
    parent = list(range(len(parts)))

    def root(at: int) -> int:
        while parent[at] != at:
            at = parent[at]
        return at

    for at, line in enumerate(parts):
        for other in range(at):
            if _stroke(line) != _stroke(parts[other]) and touching(
                line.box, parts[other].box, STROKE_REACH * line.size
            ):
                parent[root(at)] = root(other)
    groups: dict[int, list[Line]] = {}
    for at, line in enumerate(parts):
        groups.setdefault(root(at), []).append(line)
    found: set[int] = set()
    boxes: list[Rule] = []
    for group in groups.values():
        strokes = sum(map(_stroke, group))
        if strokes < STROKES or len(group) - strokes < LABELS:
            continue
        box = enclosing(line.box for line in group)
        boxes.append(box)
        found |= {id(line) for line in parts if within(line.box, box, STROKE_REACH * line.size)}
    return [line for line in lines if id(line) in found], boxes
