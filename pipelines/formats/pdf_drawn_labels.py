"""List labels a page draws instead of setting them as glyphs; an opening quote set as a lowered closing one.

beamer draws an itemize bullet as a small shape (a shaded ball in a form, a triangle, a square) and an
enumerate number as a small digit inside a drawn ball: the text layer holds the item's words only, so
items run together ("uses OpenGL for display uses Xpdf …") and the number reads as a raised footnote
mark. A shape the size of a label, on a line's row, ending just left of where the line starts, is that
line's bullet; a number set inside one, the line's first glyphs, is its label. Both are written as the
reader writes glyph labels ("• …", "1. …"), and the line is moved to start at the shape, as it would
start at a glyph label, so the item's wrapped lines hang under its text as a list item's do. A bullet
drawn further in under an item (beamer's smaller ball of a nested ``itemize``) is a nested item's: it
is written with the label LaTeX's ``itemize`` sets at its depth ("–" under "•"; "◦" deeper, where
LaTeX's "∗" would read as a footnote's mark), as a set nested list reads and the LaTeX reader writes
one, where written "•" it read as the outer list's next item ("• if using RLE compression:" / "•
choose the best orientation …"). babel's German opening quote in an OT1 font is a closing one
lowered under the baseline (no „ in the font): pdfminer reads it as a line of its own, which read as
debris, its word keeping only the closing “.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import MARK_CLOSE, MARK_OPEN, WORD, Line, Rule

# em of the line's size: a drawn label's width and height are within these (a table of contents'
# section ball is drawn larger than the entry's text: 12.6 pt by a 10.9 pt "Introduction")
LABEL_SIDE = (0.3, 1.2)
LABEL_ASPECT = 1.5  # a drawn label's longer side is at most this many times its shorter (a ball, a
# triangle, a square: a code block's margin bar beside each line, 5.2 by 13.9 pt, is none)
LABEL_GAP = 1.0  # em: a bullet ends at most this far left of its line's text
TOUCH = 1.0  # pt: a line's end past a shape's left edge by this much at most still stands left of it
LOWERED_QUOTES = {"”": "„", "’": "‚"}  # a closing quote set under the baseline: the opening quote it is
QUOTE_GAP = 0.3  # em: a lowered quote ends at most this far from its word's first letter (or over it)
NUMBER_MARK = re.compile(rf"^{MARK_OPEN}(\d+){MARK_CLOSE}\s*")  # a line opening with a raised number
NUMBER_SET = re.compile(r"^(\d+)\s+(?=\S)")  # a line opening with a number set on its baseline, a word after
NUMBER_ALONE = re.compile(rf"{MARK_OPEN}?(\d+){MARK_CLOSE}?")  # a line of a number alone, raised or not
# an item's label by its depth: LaTeX's itemize's first two (\labelitemi, \labelitemii), then a white
# bullet, not LaTeX's "∗", which at a slide's foot read as a footnote's mark and took the items with it
BULLETS = ("•", "–", "◦")
# em of the nested item's size: a nested bullet starts at least NEST_STEP and at most NEST_REACH right
# of its outer item's mark (beamer's 7 pt ball 17.7 pt right of the 8 pt item's; a list in a column
# beside it starts a third of the slide away)
NEST_STEP, NEST_REACH = 1.0, 4.0


def drawn_labels(lines: list[Line], shapes: list[Rule]) -> list[Line]:
    """``lines`` with the labels ``shapes`` draw written in (``_labelled``), a number pdfminer read
    apart from its item joined to it first (``_numbers_joined``): ``shapes`` are the page's forms that
    set no text and its filled curves, pdfminer's boxes top down, those of a list's marks kept
    (``_list_marks``)."""
    marks = _list_marks(shapes, lines)
    depths = _depths(marks, lines)
    return [_labelled(line, marks, depths) for line in _numbers_joined(lines, marks)]


def _depths(marks: list[Rule], lines: list[Line]) -> dict[Rule, int]:
    """Each bullet mark's depth among ``marks``: one more than the bullet it hangs under
    (``_outer_mark``), 1 for one under none or under a number's ball (an ``itemize`` inside an
    ``enumerate`` sets the first level's bullet)."""
    bullets = {mark for mark in marks if any(_labels(mark, line) and _after(mark, line) for line in lines)}
    depths: dict[Rule, int] = {}
    for mark in sorted(marks, key=lambda mark: mark[1]):
        outer = _outer_mark(mark, marks, lines)
        depths[mark] = depths.get(outer, 0) + 1 if outer in bullets else 1
    return depths


def _outer_mark(mark: Rule, marks: list[Rule], lines: list[Line]) -> Rule | None:
    """The mark of the item ``mark``'s item is nested in: the nearest mark over it that starts
    ``NEST_STEP`` to ``NEST_REACH`` em left of it, no line between them starting left of that
    item's text (a paragraph or a block's title back at the margin ends the outer item); else None."""
    size = next((line.size for line in lines if _labels(mark, line)), 0.0)
    over = [
        other
        for other in marks
        if other[3] <= mark[1] and NEST_STEP * size <= mark[0] - other[0] <= NEST_REACH * size
    ]
    if not over:
        return None
    outer = max(over, key=lambda other: other[1])
    text = min((line.x0 for line in lines if _labels(outer, line)), default=outer[2])
    between = [line for line in lines if outer[3] < line.top and line.bottom < mark[1] and line.x1 > text]
    return None if any(line.x0 < text - TOUCH for line in between) else outer


def _list_marks(shapes: list[Rule], lines: list[Line]) -> list[Rule]:
    """The ``shapes`` of columns of like shapes (one left edge, one size, to the point) each of which
    labels a line (``_labels``), one of them a line with a word (``WORD``): a list's bullets stand
    each by its item, where a drawing's marks in a column, a flowchart's or a plot's, stand by no
    line, some of them, and a diagram's vertex dot by its label "v₁" (feynmf.pdf)."""
    columns: dict[tuple[int, int, int], list[Rule]] = {}
    for x0, top, x1, bottom in shapes:
        columns.setdefault((round(x0), round(x1 - x0), round(bottom - top)), []).append((x0, top, x1, bottom))
    return [shape for column in columns.values() if _list_column(column, lines) for shape in column]


def _list_column(column: list[Rule], lines: list[Line]) -> bool:
    """Each mark of ``column`` opens its row (``_opens_row``) and labels a line, one a line with a word."""
    labelled = [[line for line in lines if _labels(mark, line)] for mark in column]
    return (
        all(_opens_row(mark, lines) for mark in column)
        and all(labelled)
        and any(_worded(line) for found in labelled for line in found)
    )


def _worded(line: Line) -> bool:
    """``line`` holds a word (``WORD``) of letters only: "v₁", a letter and its subscript, is none."""
    return any(word.group().isalpha() for word in WORD.finditer(line.text))


def _labels(shape: Rule, line: Line) -> bool:
    """``shape`` is a label's size for ``line``, on its row, and ``line`` starts inside it (a number
    in a ball) or just right of it (``_after``)."""
    return _label_sized(shape, line) and (shape[0] <= line.x0 <= shape[2] or _after(shape, line))


def _opens_row(shape: Rule, lines: list[Line]) -> bool:
    """No line on ``shape``'s row ends less than ``LABEL_GAP`` em left of it: a list's mark opens its
    row, where an icon set in a line (a JOSS paper's ORCID logo after an author's name) stands in it."""
    middle = (shape[1] + shape[3]) / 2
    return not any(
        line.top < middle < line.bottom and -TOUCH <= shape[0] - line.x1 < LABEL_GAP * line.size
        for line in lines
    )


def _labelled(line: Line, shapes: list[Rule], depths: dict[Rule, int]) -> Line:
    """``line`` opened with its depth's bullet (``BULLETS``, by ``depths``) where a label-sized shape
    on its row ends just left of its text, or with "N. " where its number, raised (``NUMBER_MARK``)
    or not (``NUMBER_SET``: a beamer outline's "2 Xpdf"), is set inside one; else as it is."""
    for shape in shapes:
        if not _label_sized(shape, line):
            continue
        number = NUMBER_MARK.match(line.text) or NUMBER_SET.match(line.text)
        if number and shape[0] <= line.x0 <= shape[2]:
            return _numbered(line, number.group(1), line.text[number.end() :], shape)
        if not number and _after(shape, line):
            bullet = BULLETS[min(depths.get(shape, 1), len(BULLETS)) - 1]
            return replace(line, text=f"{bullet} {line.text}", x0=shape[0])
    return line


def _numbers_joined(lines: list[Line], shapes: list[Rule]) -> list[Line]:
    """``lines`` with each number alone on its line inside a label-sized shape joined, as the item's
    label, to the line on its row just right of the shape: pdfminer parts a 6 pt digit from a text
    opening with a narrow letter ("3" | "run the viewer"), where a wide one stays on its line."""
    kept = list(lines)
    for number in lines:
        found = NUMBER_ALONE.fullmatch(number.text)
        inside = [shape for shape in shapes if _within(number, shape)] if found else []
        items = [
            line for shape in inside for line in kept if _label_sized(shape, line) and _after(shape, line)
        ]
        if items:
            kept.remove(number)
            kept[kept.index(items[0])] = _numbered(items[0], found.group(1), items[0].text, inside[0])
    return kept


def _numbered(line: Line, number: str, text: str, shape: Rule) -> Line:
    """``line`` as the item numbered ``number`` reading ``text``, starting at its label's ``shape``."""
    return replace(line, text=f"{number}. {text}", x0=shape[0])


def _within(line: Line, shape: Rule) -> bool:
    """``line``'s box lies inside ``shape``'s: a digit set in a drawn ball."""
    x0, top, x1, bottom = shape
    return x0 <= line.x0 and line.x1 <= x1 and top <= line.top and line.bottom <= bottom


def _after(shape: Rule, line: Line) -> bool:
    """``line`` starts right of ``shape``, at most ``LABEL_GAP`` em from its right edge: the text its
    bullet or ball labels."""
    return 0 <= line.x0 - shape[2] <= LABEL_GAP * line.size


def _label_sized(shape: Rule, line: Line) -> bool:
    """``shape`` is a label's size for ``line`` (``LABEL_SIDE`` each way, about as wide as tall:
    ``LABEL_ASPECT``) and stands on its row: its middle between the line's top and bottom."""
    x0, top, x1, bottom = shape
    low, high = (side * line.size for side in LABEL_SIDE)
    width, height = x1 - x0, bottom - top
    return (
        low <= width <= high
        and low <= height <= high
        and max(width, height) <= LABEL_ASPECT * min(width, height)
        and line.top < (top + bottom) / 2 < line.bottom
    )


def lowered_quotes_opened(lines: list[Line]) -> list[Line]:
    """``lines`` with each lone lowered closing quote (``LOWERED_QUOTES``) read as the opening quote it
    stands for, in front of the word it stands just left of, lower on that word's row: Impressive's
    slides' „Spotlight“, whose „ was read as a line "”" of its own and cut."""
    kept = list(lines)
    for quote in lines:
        word = _quoted_word(quote, lines)
        if word is not None:
            kept.remove(quote)
            opened = replace(word, text=LOWERED_QUOTES[quote.text.strip()] + word.text, x0=quote.x0)
            kept[kept.index(word)] = opened
    return kept


def _quoted_word(quote: Line, lines: list[Line]) -> Line | None:
    """The line ``quote`` opens, where ``quote`` is a lone ``LOWERED_QUOTES`` glyph set lower than a
    line that starts within ``QUOTE_GAP`` em right of its right edge; else None."""
    if quote.text.strip() not in LOWERED_QUOTES:
        return None
    return next(
        (
            line
            for line in lines
            if line is not quote
            and line.top < quote.top < line.bottom < quote.bottom
            and abs(line.x0 - quote.x1) <= QUOTE_GAP * line.size
        ),
        None,
    )
