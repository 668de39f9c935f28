"""A bold key and its description set flush right, read by pdfminer as one line: two cells.

A reference card sets each binding as a bold key flush left and its description flush right
(``\\textbf{C-h b} \\hfill list the current …``). Where the description is long, the gap between
the two shrinks to an em or less and pdfminer reads the row as one line ("C-h b list the current
key-bindings for the focus"); no other line starts where that description does (the descriptions
end at one edge, each where its words do), so ``pdf_lines._cell_apart`` cannot part it, and the row
fell out of its table into the text after it (SLIME's refcard.pdf). The edge the row's end shares
with the descriptions beside the keys of the rows around it parts it.
"""

from __future__ import annotations

from sloika.pipelines.formats.pdf_fonts import BOLD, MONOSPACED, _font

KEY_SWITCH = 1.5  # the gap after the key is this many times the description's widest word gap, at least
FLUSH_EDGE = 1.0  # pt: a row's last cell ending this near the line's end ends at its edge
FLUSH_ROWS = 2  # rows near the line, at least, whose last cell ends at its edge
FLUSH_REACH = 3.0  # em: and stand this near its row, above or below


def row_ends(joined: list[list]) -> list[tuple[float, float, float]]:
    """The right edge and top of each of the page's lines (``joined``: each line's glyphs) that
    stands right of another on its row, with that one's left edge: a row's last cell, a description
    beside its key, and where the key starts."""
    boxes = sorted(
        (
            min(c.y0 for c in chars),
            max(c.y1 for c in chars),
            min(c.x0 for c in chars),
            max(c.x1 for c in chars),
        )
        for chars in joined
        if chars
    )
    ends = set()
    for at, (y0, y1, x0, x1) in enumerate(boxes):
        for bottom, top, left, right in boxes[at + 1 :]:
            if bottom >= y1:  # sorted by bottom: no line further on shares this one's height
                break
            if min(y1, top) - max(y0, bottom) > 0.5 * min(y1 - y0, top - bottom):
                ends.update([(right, top, x0)] if x1 < left else [(x1, y1, left)] if right < x0 else [])
    return sorted(ends)


def flush_key_apart(chars: list, ends: list[tuple[float, float, float]]) -> int:
    """Where the description starts in a row opening with a bold key (its letters and digits all in
    a bold face, no typewriter), the description opening with a letter in an upright face neither
    bold nor typewriter, ``KEY_SWITCH`` times its widest word gap or more after the key, and ending
    where the descriptions of ``FLUSH_ROWS`` rows or more near it end, their keys starting where it
    does (``row_ends``: rows of a key and its description); else 0. A bold run-in heading's
    paragraph ends its lines at the column's edge too, but no line beside a key ends there (in a
    paper's right column, the lines beside the left column's end there: their rows start elsewhere)."""
    glyphs = [c for c in chars if not c.get_text().isspace()]
    key = next((at for at, c in enumerate(glyphs) if not _bold(c)), 0)
    if not key or not any(c.get_text().isalpha() for c in glyphs[:key]):
        return 0
    first = glyphs[key]
    if not first.get_text().isalpha() or MONOSPACED.search(_font(first)):
        return 0
    gap = first.x0 - glyphs[key - 1].x1
    words = [b.x0 - a.x1 for a, b in zip(glyphs[key:], glyphs[key + 1 :], strict=False)]
    if gap < KEY_SWITCH * max(words, default=0.0) or gap <= 0:
        return 0
    start, end, top = glyphs[0].x0, glyphs[-1].x1, max(c.y1 for c in glyphs)
    flush = sum(
        abs(x1 - end) <= FLUSH_EDGE
        and abs(x0 - start) <= FLUSH_EDGE
        and abs(y1 - top) <= FLUSH_REACH * first.size
        for x1, y1, x0 in ends
    )
    return chars.index(first) if flush >= FLUSH_ROWS else 0


def _bold(glyph) -> bool:
    """A glyph of a bold text face, no typewriter: a key's letter, sign or digit ("C-x 4")."""
    font = _font(glyph)
    return bool(BOLD.search(font)) and not MONOSPACED.search(font)
