"""A display whose alternatives stand one under another between a big "{" and a big "}" (the BAMG
manual's SubDomain record: "((I) type_i, if {" over three rows "type_i == 2: @@Edge_i", … "}",
then ", (I) Orientation_i, …"): its pieces line up in columns, so the aligned-block reader took the
block for a table and wrote the row "((I) type_i, if | { | type_i == 2: @@Edge_i | … | } | , …", the
rows side by side as cells. It is one line of the text, as the page reads it: what stands left of
the brace, the rows in order between braces with "; " between them (as ``pdf_cases`` writes a
`cases` display), then what stands right of the closing brace. The braces are whole lines here,
a brace built of pieces joined first (``pdf_brace_pieces``)."""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_block_rows import _read_in_rows, _row_line, _spliced
from sloika.pipelines.formats.pdf_brace_pieces import tall_brace
from sloika.pipelines.formats.pdf_line_record import Line, Rule, enclosing
from sloika.pipelines.formats.pdf_page_rows import _page_rows, _without

BRACE_REACH = 0.5  # em: a piece stands this far past a brace's edge at most and is still beside it
CLOSING = (",", ".", ";", ")")  # a piece opening with these follows the one before with no space


def braced_read(page: list[Line], block: list[Line], rules: list[Rule]) -> list[Line] | None:
    """The page with the aligned ``block`` read as text where it holds one braced display
    (``_braced``): the display one line where its first piece stood, the block's other lines a row
    a line (``_read_in_rows``). None where the block holds no such display: a table's cells."""
    display = _braced(block, rules)
    if display is None:
        return None
    pieces, line = display
    page = _spliced(page, sorted(pieces, key=page.index), [line])
    others = _without(block, pieces)
    return _read_in_rows(page, others) if others else page


def _braced(block: list[Line], rules: list[Rule]) -> tuple[list[Line], Line] | None:
    """The block's braced display, its pieces and its line, a paragraph of its own as a display is
    (``Line.lead``): one tall "{" and a tall "}" right of it on its rows, two rows or more between
    them, and the pieces left of the "{" and right of the "}" on those rows; None where the block
    holds no such pair, or where a rule runs between the rows: a fraction's bar, its parts no rows
    (mvtnorm's "W = max {|c_j(β̂ − β)| over σ̂√(c_j V c_j^⊤)}", the fraction in big braces)."""
    opening = [ln for ln in block if ln.text.strip() == "{" and tall_brace(ln)]
    if len(opening) != 1:
        return None
    brace = opening[0]
    closing = [
        ln
        for ln in block
        if ln.text.strip() == "}" and tall_brace(ln) and ln.x0 > brace.x1 and _beside(ln, brace)
    ]
    if len(closing) != 1:
        return None
    end = closing[0]
    reach = BRACE_REACH * brace.size
    between = [
        ln
        for ln in block
        if ln is not brace
        and ln is not end
        and brace.x1 - reach <= ln.x0
        and ln.x1 <= end.x0 + reach
        and _beside(ln, brace)
    ]
    rows = [_row_line(row).text.strip() for row in _page_rows(between)]
    if len(rows) < 2 or _barred(between, rules):
        return None
    lead = [ln for ln in block if ln is not brace and ln.x1 <= brace.x0 + reach and _beside(ln, brace)]
    tail = [ln for ln in block if ln is not end and ln.x0 >= end.x1 - reach and _beside(ln, end)]
    lead, tail = (sorted(side, key=lambda ln: ln.x0) for side in (lead, tail))
    text = " ".join(ln.text.strip() for ln in lead)
    text = f"{text} {{{'; '.join(rows)}}}".strip()
    for piece in (ln.text.strip() for ln in tail):
        text += piece if piece.startswith(CLOSING) else f" {piece}"
    pieces = [*lead, brace, *between, end, *tail]
    x0, top, x1, bottom = enclosing(ln.box for ln in pieces)
    first = min(pieces, key=lambda ln: (ln.x0, ln.top))
    return pieces, replace(first, text=text, x0=x0, top=top, x1=x1, bottom=bottom, glyphs=(), lead=True)


def _barred(rows: list[Line], rules: list[Rule]) -> bool:
    """A rule runs across the rows' box between their top and bottom: a fraction's bar."""
    x0, top, x1, bottom = enclosing(ln.box for ln in rows)
    return any(top < y < bottom and rx0 < x1 and x0 < rx1 for rx0, y, rx1, _ in rules)


def _beside(line: Line, brace: Line) -> bool:
    """The line's middle stands within the brace's height: one of the rows it spans, or set on them."""
    return brace.top < (line.top + line.bottom) / 2 < brace.bottom
