"""A `cases` display whose rows are words ("ib = { 0 inside Ω / > 0 on ∂Ω"): pdfminer reads the big
brace on a line with the first row, and the lead beside the brace, set lower between the rows, after
that row ("{ 0 inside Ω" / "• ib =" / "> 0 on ∂Ω"), so the lead reads after its first case and the
brace stays in the text. The rows are put back after their lead, in order, and the drawn brace goes
to ``removed`` (``CASES_BRACE``). A display whose rows are a formula's is the display writer's
(``pdf_display_formulas._cases_written``)."""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Dropped, Line

CASES_BRACE = "cases_brace"  # the ``removed`` reason of a cases display's drawn brace
BRACE_ROW = re.compile(r"\{ (?=[^}]*$)")  # a big brace its line does not close, then its first row
RELATION_END = re.compile(r"[=<>≤≥≠≡]$")  # a lead ends in a relation sign ("ib =", "<flag> =")
ROW_STEP = 1.5  # em: a case's row stands at most this far under the one before (bottom to bottom: the
# brace, taller than a row, raises its first row's top)
ROW_INDENT = 3.0  # em: the rows start right of the brace, within this of its left edge


def cases_in_order(page: list[Line]) -> tuple[list[Line], Dropped]:
    """The page with each cases display led by a line ending in a relation sign written as one
    line where its lead stood, as the display writer writes a formula's cases: the lead, then the
    rows in order between braces, "; " between them ("• ib = {0 inside Ω; > 0 on ∂Ω}"), a paragraph
    of its own as a display is (``Line.lead``: the next line opens the next paragraph); a brace
    with no such lead is taken out of its first row, to ``removed`` with ``CASES_BRACE``."""
    lines, dropped = list(page), []
    for at, line in enumerate(page):
        if not BRACE_ROW.match(line.text) or line.mono or line.formula:  # a formula's: the display writer's
            continue
        rows = _rows_under(line, [ln for ln in page[at + 1 :] if ln.x0 > line.x0])
        if not rows:
            continue
        first = replace(line, text=line.text[2:], x0=rows[0].x0)
        lead = _lead(line, rows[-1], page) or _lead_over(line, page[:at])
        if lead is None:
            lines[lines.index(line)] = first
            dropped.append((replace(line, text="{", x1=rows[0].x0), CASES_BRACE))
            continue
        cases = [first, *rows]
        written = f"{lead.text} {{{'; '.join(row.text for row in cases)}}}"
        one = replace(lead, text=written, x1=max(row.x1 for row in cases), bottom=rows[-1].bottom, lead=True)
        lines = [ln for ln in lines if all(ln is not row for row in (*cases, line))]
        lines[next(i for i, ln in enumerate(lines) if ln is lead)] = one
    return lines, dropped


def _rows_under(brace: Line, after: list[Line]) -> list[Line]:
    """The brace's rows after its first: lines starting right of it, within ``ROW_INDENT`` em, at
    one left edge, each ``ROW_STEP`` em or less under the one before; none where there are none."""
    rows: list[Line] = []
    above = brace
    for line in after:
        em = line.size
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
