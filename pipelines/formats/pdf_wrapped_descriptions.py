"""A key's description set flush right and wrapped onto the next line: one cell, not a row of its own.

A reference card sets each binding as a bold key, flush left, and its description, flush right
(``\\textbf{C-h b} \\hfill list the current …``), a paragraph: a description too long for its row
fills it to the column's edge and wraps onto the next line at the column's left edge, under the
key ("buffer" under "C-h b", SLIME's refcard.pdf). Read as a table's row of its own, the word stood
alone in the key column, the description cut short over it.
"""

from __future__ import annotations

from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import ALIGN_EDGE, _page_rows

WRAP_LEADING = 0.5  # em: the wrapped line starts this near under its row's bottom, at most


def descriptions_unwrapped(lines: list[Line]) -> list[Line]:
    """An unruled table's ``lines`` with each wrapped description's line (``_wrapped_under``) read
    onto the end of its row's description, which keeps its place; the wrapped line leaves."""
    from sloika.pipelines.formats.pdf_joins import join_lines  # a cycle: pdf_line_ends imports pdf_tables

    rows = _page_rows(lines)
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    joined: dict[int, Line] = {}
    gone: set[int] = set()
    for above, row in zip(rows, rows[1:], strict=False):
        cells = sorted(above, key=lambda ln: ln.x0)
        if len(row) == 1 and _wrapped_under(row[0], cells, left, right):
            last = joined.get(id(cells[-1]), cells[-1])
            joined[id(cells[-1])] = replace(last, text=join_lines(last.text, row[0].text))
            gone.add(id(row[0]))
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in gone]


def _wrapped_under(line: Line, cells: list[Line], left: float, right: float) -> bool:
    """``line``, alone on its row, goes on the description of the row of ``cells`` over it: that
    row is a key opening in bold and a description in another face that ends at the table's
    ``right`` edge (it filled its row), and ``line``, in no bold face, starts at the table's
    ``left`` edge within ``WRAP_LEADING`` em under the row."""
    if len(cells) < 2:
        return False
    key, description = cells[0], cells[-1]
    edge = ALIGN_EDGE * line.size
    return (
        key.opens_bold
        and not description.bold
        and not line.opens_bold
        and abs(description.x1 - right) <= edge
        and abs(line.x0 - left) <= edge
        and 0 <= line.top - max(cell.bottom for cell in cells) <= WRAP_LEADING * line.size
    )
