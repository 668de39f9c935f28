"""A `cases` display whose rows are words ("ib = { 0 inside Ω / > 0 on ∂Ω"): pdfminer reads the big
brace on a line with the first row, and the lead beside the brace, set lower between the rows, after
that row ("{ 0 inside Ω" / "• ib =" / "> 0 on ∂Ω"), so the lead reads after its first case and the
brace stays in the text. The rows are put back after their lead, in order, and the drawn brace goes
to ``removed`` (``CASES_BRACE``). A display whose rows are all a formula's is the display writer's
(``pdf_display_formulas._cases_written``); one with a row of words ("rescan(z, av) otherwise") is
read here, its conditions set apart on their rows ("if u = root") after their rows."""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Dropped, Line

CASES_BRACE = "cases_brace"  # the ``removed`` reason of a cases display's drawn brace
BRACE_ROW = re.compile(r"\{(?: |(?=[^ }]))(?=[^}]*$)")  # a big brace its line does not close, then
# its first row, a space between or none (pdfminer glues the brace to a row of words: dbscan.pdf's
# "{UNDEFINED"); a "{" alone is no brace row (tipaman.pdf's glyph tables)
RELATION_END = re.compile(r"[=<>≤≥≠≡]$")  # a lead ends in a relation sign ("ib =", "<flag> =")
ROW_STEP = 1.5  # em: a case's row stands at most this far under the one before (bottom to bottom: the
# brace, taller than a row, raises its first row's top)
ROW_INDENT = 3.0  # em: the rows start right of the brace, within this of its left edge
CONDITION_GAP = 6.0  # em: a row's condition set apart on its right starts within this of the row's end
CONDITION_STEP = 1.5  # em: a condition's next piece starts within this of the one before (TeX's quad apart)


def cases_in_order(page: list[Line]) -> tuple[list[Line], Dropped]:
    """The page with each cases display led by a line ending in a relation sign written as one
    line where its lead stood, as the display writer writes a formula's cases: the lead, then the
    rows in order between braces, "; " between them ("• ib = {0 inside Ω; > 0 on ∂Ω}"), a paragraph
    of its own as a display is (``Line.lead``: the next line opens the next paragraph); a brace
    with no such lead is taken out of its first row, to ``removed`` with ``CASES_BRACE``. A row's
    condition set apart on its right goes after it (``_condition_of``); a lead beside the brace
    takes the rows it stands centred on (``_rows_centred``). A brace row pdfminer reads as a formula
    is the display writer's where its rows are all formulas too: one of words stays text there, and
    the display would be read half cut (maxmat3src.pdf's Definition 4)."""
    lines, dropped = list(page), []
    for at, line in enumerate(page):
        brace = BRACE_ROW.match(line.text)
        if not brace or line.mono:
            continue
        rows = _rows_under(line, [ln for ln in page[at + 1 :] if ln.x0 > line.x0])
        if not rows or line.formula and all(row.formula for row in rows):  # a formula's: the display writer's
            continue
        first = replace(line, text=line.text[brace.end() :], x0=rows[0].x0)
        lead = _lead(line, rows[-1], page)
        rows = _rows_centred(lead, line, rows) if lead is not None else rows
        lead = lead or _lead_over(line, page[:at])
        if lead is None:
            lines[lines.index(line)] = first
            dropped.append((replace(line, text="{", x1=rows[0].x0), CASES_BRACE))
            continue
        cases = [first, *rows]
        conditions = [ln for row in cases for ln in _conditions(row, page)]
        written = f"{lead.text} {{{'; '.join(_with_condition(row, conditions) for row in cases)}}}"
        one = replace(
            lead,
            text=written,
            x1=max(ln.x1 for ln in (*cases, *conditions)),
            bottom=rows[-1].bottom,
            lead=True,
        )
        lines = [ln for ln in lines if all(ln is not row for row in (*cases, *conditions, line))]
        lines[next(i for i, ln in enumerate(lines) if ln is lead)] = one
    return lines, dropped


def _rows_under(brace: Line, after: list[Line]) -> list[Line]:
    """The brace's rows after its first: lines starting right of it, within ``ROW_INDENT`` em, at
    one left edge, each ``ROW_STEP`` em or less under the one before; none where there are none."""
    rows: list[Line] = []
    above = brace
    for line in after:
        em = line.size
        if _condition_of(line, above):
            continue
        if line.bottom - above.bottom > ROW_STEP * em or line.x0 - brace.x0 > ROW_INDENT * em:
            break
        if rows and abs(line.x0 - rows[0].x0) > 0.5 * em:
            break
        rows.append(line)
        above = line
    return rows


def _lead(brace: Line, last: Line, page: list[Line]) -> Line | None:
    """The line left of the brace (ending by its left edge) whose middle stands between the brace's
    first row and its last, ending in a relation sign: what the cases define ("• ib ="); None where
    there is none."""
    return next(
        (
            ln
            for ln in page
            if ln.x1 <= brace.x0 + 0.5 * brace.size
            and brace.top < (ln.top + ln.bottom) / 2 < last.bottom
            and RELATION_END.search(ln.text)
        ),
        None,
    )


def _lead_over(brace: Line, before: list[Line]) -> Line | None:
    """The line read just before the brace, over it, where it ends in a relation sign: a lead set on
    a line of its own over its cases (freefem.pdf's "where <flag> =" over "{ = 0 classic way …");
    None where it ends otherwise."""
    over = before[-1] if before else None
    return over if over is not None and over.bottom <= brace.top and RELATION_END.search(over.text) else None


def _condition_of(line: Line, row: Line) -> bool:
    """``line`` is a row's condition set apart on its right ("if u = root" beside "{ locT (v)",
    maxmat3src.pdf p. 40: a `cases` display's second column, read by pdfminer as a line of its own):
    it starts right of the row's end, within ``CONDITION_GAP`` em (no other column's line), its middle
    within the row's height."""
    gap = line.x0 - row.x1
    return (
        line is not row
        and 0 < gap <= CONDITION_GAP * row.size
        and row.top < (line.top + line.bottom) / 2 < row.bottom
    )


def _conditions(row: Line, page: list[Line]) -> list[Line]:
    """The row's condition set apart on its right, from the left: the lines of the ``page``
    ``_condition_of`` finds, then each one starting within ``CONDITION_STEP`` em after the last
    found ends, its middle within the row's height. pdfminer reads a condition in pieces a quad
    apart, "if" / "z > y" / "and": the seriation vignette's eq. (8) lost its "and", set 6 em past
    the row, and the display was cut whole for it."""
    found = sorted((ln for ln in page if _condition_of(ln, row)), key=lambda ln: ln.x0)
    while found:
        end = max(ln.x1 for ln in found)
        after = [
            ln
            for ln in page
            if 0 < ln.x0 - end <= CONDITION_STEP * row.size
            and row.top < (ln.top + ln.bottom) / 2 < row.bottom
            and ln is not row
        ]
        if not after:
            break
        found.append(min(after, key=lambda ln: ln.x0))
    return found


def _with_condition(row: Line, conditions: list[Line]) -> str:
    """The row's text with its condition set apart on its right (``_conditions``) after it."""
    return " ".join(ln.text.strip() for ln in [row, *_conditions(row, conditions)])


def _rows_centred(lead: Line, brace: Line, rows: list[Line]) -> list[Line]:
    """The brace's rows a lead beside it stands centred on, as TeX centres the brace and its lead on
    the rows: a line set under the last row at the rows' indent ("where u z is the suffix link for
    u." under "rescan(z, av) otherwise", maxmat3src.pdf p. 40) is text under the display, no case."""
    middle = (lead.top + lead.bottom) / 2
    top = (brace.top + brace.bottom) / 2
    return min(
        (rows[:count] for count in range(1, len(rows) + 1)),
        key=lambda taken: abs((top + (taken[-1].top + taken[-1].bottom) / 2) / 2 - middle),
    )


def cases_block(lines: list[Line]) -> bool:
    """An aligned block is a `cases` display, not a table: a big "{" alone (a brace built of pieces,
    ``pdf_brace_pieces``), a name ending in a relation sign left of it and centred on it, every other
    line right of it, its rows. tree-puzzle.pdf's "Q_ij = { 2t / 1 / 0" with its rows' conditions in
    words ("for i → j transition substitution") was taken for a table of no heads, its cells out of
    the text with no trace; as a display it is written as cases or cut whole to ``removed``."""
    braces = [ln for ln in lines if ln.text.strip() == "{" and ln.bottom - ln.top >= 2 * ln.size]
    if len(braces) != 1:
        return False
    brace = braces[0]
    middle = (brace.top + brace.bottom) / 2
    names = [ln for ln in lines if ln.x1 <= brace.x0 + 0.5 * brace.size and ln is not brace]
    return (
        len(names) == 1
        and RELATION_END.search(names[0].text.strip()) is not None
        and names[0].top <= middle <= names[0].bottom
        and all(ln.x0 >= brace.x0 for ln in lines if ln is not names[0])
    )
