"""Displays whose pieces partly stayed text lines, written whole where they stood.

The debris steps cut a display's pieces that read as math and keep the lines that read as text: a
name set in typewriter ("dualError  ≡"), a fraction's numerator and denominator set in it. What is
left is half a display either way: SDPB-Manual.pdf's "dual feasible:  dualError  ≡  max_i{|d_i|}  <
dualErrorThreshold," kept "dualError  ≡" alone, its row's other pieces cut as `figure` and `math`,
and "dualityGap  ≡" over "(4.5)" dangled, its fraction's parts read after the next paragraph. An
aligned row whose first row stayed text goes back to the text whole (``_rows_back``); a fraction
whose parts stayed text lines is written with its row as a display (``_fractions_written``). Both
take typewriter lines only, the lines the debris steps never cut.
"""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_display_formulas import (
    CENTRED,
    PIECE_GAP,
    RELATION,
    _open_ended,
    _record,
    _relation_at,
    _sized,
    _written,
)
from sloika.pipelines.formats.pdf_layout import Layout
from sloika.pipelines.formats.pdf_line_record import Line, Rule, _rows_shared, boxed
from sloika.pipelines.formats.pdf_page_rows import DEBRIS, DISPLAY

ROW_WHYS = frozenset({"math", "figure", "no_words", "numbers_only"})  # a row's cut pieces' records
BAR_HEIGHT = 1.0  # pt: a fraction's bar is a rule this thin at most
BAR_REACH = 0.5  # em: a fraction's part stands this close over or under its bar at most


def text_displays(layout: Layout, rules: list[list[Rule]]) -> Layout:
    """The layout with each page's aligned rows whose first row stayed text back in the text whole
    (``_rows_back``) and its fractions whose parts stayed text written as displays
    (``_fractions_written``)."""
    pages = [
        _fractions_written(_rows_back(page, layout), layout, rules[number])
        for number, page in enumerate(layout.pages)
    ]
    return replace(layout, pages=pages)


def _rows_back(page: list[Line], layout: Layout) -> list[Line]:
    """The page with each aligned display whose first row stayed text and whose second came in pieces
    written as one ``DISPLAY`` of its two rows where the first stood, the second's pieces one line
    from the left: a typewriter line holding a relation sign, cut pieces (``ROW_WHYS``) on its row
    both sides of it, right under a text line (less than ``PIECE_GAP`` em) whose first relation
    sign stands within an em of its own across (``_aligned_row_over``).
    pdfminer read the first row of SDPB-Manual.pdf's "primal feasible: primalError ≡ … <
    primalErrorThreshold;" whole and kept it; the row under it, its columns set further apart, came
    in pieces, and all but its typewriter "dualError  ≡" were cut."""
    for line in page:
        marks = _row_pieces(line, page, layout)
        above = _aligned_row_over(line, page) if marks else None
        if above is None:
            continue
        row = sorted([line, *(_taken(mark, layout) for mark in marks)], key=lambda ln: ln.x0)
        text = f"{DISPLAY}{above.text.strip()}\n{' '.join(word for ln in row for word in ln.text.split())}"
        display = boxed(above, [above, *row], text=text, formula=True, mono=False)
        rest = [ln for ln in page if ln is not line and all(ln is not mark for mark in marks)]
        return _rows_back([display if ln is above else ln for ln in rest], layout)
    return page


def _row_pieces(line: Line, page: list[Line], layout: Layout) -> list[Line]:
    """The placeholders of the cut pieces (``ROW_WHYS``) on the text ``line``'s row, where it is set in
    typewriter, which the debris steps never take, holds a relation sign and such pieces stand both
    sides of it; else none. A line in the text font that stayed beside cut pieces stayed for a reason
    of its own (a `cases` branch dynesty.pdf's display writer could not place)."""
    if _placeholder(line) or not _typed(line) or not RELATION.search(line.text):
        return []
    marks = [
        ln
        for ln in page
        if (at := _record(ln)) is not None
        and at in layout.taken
        and layout.debris[at][1] in ROW_WHYS
        and _rows_shared(layout.taken[at], line)
    ]
    pieces = [_taken(mark, layout) for mark in marks]
    if any(ln.x1 <= line.x0 for ln in pieces) and any(ln.x0 >= line.x1 for ln in pieces):
        return marks
    return []


def _aligned_row_over(line: Line, page: list[Line]) -> Line | None:
    """The nearest text line over ``line``, less than ``PIECE_GAP`` em over it, where its first
    relation sign stands within an em of ``line``'s across: the first row of their aligned display."""
    over = [
        ln
        for ln in page
        if not _placeholder(ln) and ln.bottom <= line.top + 1 and line.top - ln.bottom < PIECE_GAP * line.size
    ]
    above = max(over, key=lambda ln: ln.bottom, default=None)
    here, there = _relation_at([line]), _relation_at([above]) if above else None
    return above if here is not None and there is not None and abs(here - there) <= line.size else None


def _fractions_written(page: list[Line], layout: Layout, rules: list[Rule]) -> list[Line]:
    """The page with each display of one fraction whose parts stayed text lines written where its
    name stood: a text line centred just over a bar (a rule ``BAR_HEIGHT`` thin, ``BAR_REACH`` em off
    it at most) and one just under it, inside its width, and on the bar's row a text line left of it
    ending in a relation sign (the name) and the pieces right of it within an em (a closing
    comma), all written as one line by the display writer (``_written``): SDPB-Manual.pdf's
    "dualityGap ≡ (|primalObjective − dualObjective|)/(max{1, |primalObjective +
    dualObjective|}),", its parts set in typewriter, "dualityGap  ≡" kept over nothing and the
    parts read after the next paragraph. Where the writer places no piece, the lines stay."""
    for bar in rules:
        pieces = _fraction_pieces(bar, page, layout)
        written = _written([_sized(_taken(ln, layout)) for ln in pieces], rules) if pieces else None
        if written is None or _open_ended(written):
            continue
        name = pieces[0]
        text = DISPLAY + " ".join(written.split())  # a typewriter name's gap, "dualityGap  ≡", one space
        display = boxed(name, [_taken(ln, layout) for ln in pieces], text=text, formula=True)
        rest = [ln for ln in page if ln is name or all(ln is not piece for piece in pieces)]
        return _fractions_written([display if ln is name else ln for ln in rest], layout, rules)
    return page


def _fraction_pieces(bar: Rule, page: list[Line], layout: Layout) -> list[Line]:
    """The page's lines of one display around the fraction ``bar``, its name first, then its
    numerator, its denominator and the pieces right of it (``_fractions_written``); none where a
    part or the name is missing."""
    x0, y, x1, bottom = bar
    if bottom - y > BAR_HEIGHT:
        return []
    text = [ln for ln in page if not _placeholder(ln)]
    parts = [ln for ln in text if _on_bar(ln, bar)]
    over = [ln for ln in parts if ln.bottom <= y + 1]
    under = [ln for ln in parts if ln.top >= bottom - 1]
    names = [
        ln for ln in text if ln.top < y < ln.bottom and ln.x1 <= x0 + 1 and RELATION.search(ln.text[-1:])
    ]
    if len(over) != 1 or len(under) != 1 or not names:
        return []
    name = max(names, key=lambda ln: ln.x1)
    after = [
        ln
        for ln in page
        if _taken(ln, layout).top < y < _taken(ln, layout).bottom
        and 0 <= _taken(ln, layout).x0 - x1 + 1 < ln.size
    ]
    return [name, *over, *under, *after]


def _named(line: Line) -> bool:
    """``line`` ends in a relation sign: a display's name ("dualityGap  ≡")."""
    return bool(RELATION.fullmatch(line.text.rstrip()[-1:]))


def _on_bar(line: Line, bar: Rule) -> bool:
    """``line``, set in typewriter (``_typed``), stands within ``BAR_REACH`` em over or under the
    bar, inside its width and centred on it within ``CENTRED`` em: a fraction's part the debris
    steps left as text. Parts in the text font or a math font that stayed text stayed for a reason
    of their own (dynesty.pdf's "H ≡ ∫ P(Θ) ln (P(Θ)/π(Θ)) dΘ", its integral and logarithm read
    apart)."""
    x0, y, x1, bottom = bar
    reach = BAR_REACH * line.size
    near = 0 <= y - line.bottom + 1 < reach or 0 <= line.top - bottom + 1 < reach
    centred = abs((line.x0 + line.x1) / 2 - (x0 + x1) / 2) <= CENTRED * line.size
    return _typed(line) and near and centred and x0 - 1 <= line.x0 and line.x1 <= x1 + 1


def _typed(line: Line) -> bool:
    """``line`` is set in typewriter, or opens or ends on a typewriter word: a program's names
    ("max{1, |primalObjective + dualObjective|}", its brackets in the text font)."""
    return line.mono or line.opens_typewriter or line.ends_typewriter


def _taken(line: Line, layout: Layout) -> Line:
    """The cut line a placeholder stands for, where it stood; a text line itself."""
    at = _record(line)
    return layout.taken[at] if at is not None and at in layout.taken else line


def _placeholder(line: Line) -> bool:
    """A placeholder of a cut line or a written display, no text line."""
    return line.text.startswith((DEBRIS, DISPLAY))
