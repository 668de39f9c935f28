"""Man pages rendered to text (``man -l page.1 | col -bx``, ``groff -Tutf8 -man``): a terminal
layout, read back into text.

A rendered page is known by its header line: the page's name and section at both ends ("MAN(1)
Утилиты просмотра справочных страниц MAN(1)"); its width is the line's. What the layout adds
goes, what it holds stays:

* The header and the footer ("2.11.2   2023-01-08   MAN(1)"), repeated on every page of a
  paginated rendering, go to ``removed`` as ``page_furniture``.
* nroff's tables (``tbl``: cells in columns three spaces apart, a rule under the heading row, a
  cell wrapped onto the next line in its column) become one line per row, cells parted by " | "
  as the HTML reader writes table rows, under a ``table`` span whose ``rows`` hold the cells.
* Justified lines (the page's full width, not a paragraph's last line) lose the spaces nroff put
  between words; a hanging tag ("-g     Kill the process group…") keeps its gap. A word nroff
  hyphenated at a line's end ("config‐" / "uration") is whole again.
"""

from __future__ import annotations

import re

from sloika.pipelines.formats.base import PAGE_FURNITURE, Parsed, TextBuilder
from sloika.text.spans import Span

HEADER = re.compile(
    r"(?P<name>[^\s()]+)\((?P<section>[0-9][\w+]*)\)\s{2,}(?:\S.*\s{2,})?(?P=name)\((?P=section)\)"
)
RULE = re.compile(r"[─━═_=\-+|┼┬┴]{10,}")
CELL_GAP = 3  # tbl's default space between columns
CELL_START = re.compile(rf" {{{CELL_GAP},}}(?=\S)")
CELL_SPLIT = re.compile(rf" {{{CELL_GAP},}}")
SOFT_BREAK = "\u2010"  # groff -Tutf8's hyphen where it broke a word at a line's end
# spaces a justifying formatter (nroff) put between words to fill a line
JUSTIFYING_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def parse_man_page(text: str) -> Parsed | None:
    """The rendered page as text with its furniture in ``removed`` and its tables as rows; None when
    ``text`` is no rendered man page (its first line is no header)."""
    lines = text.split("\n")
    first = next((line.rstrip() for line in lines if line.strip()), "")
    header = HEADER.fullmatch(first)
    if header is None:
        return None
    furniture = re.compile(rf"\S.*\s{{2,}}{re.escape(header.group(0)[: header.end('section') + 1])}")
    width = len(first)
    builder, removed = TextBuilder(), []
    for block in _blocks(lines):
        kept = [line for line in block if not furniture.fullmatch(line)]
        for line in block:
            if furniture.fullmatch(line):
                at = builder.length
                removed.append(Span(at, at, PAGE_FURNITURE, attrs={"text": line.strip()}))
        if not kept:
            continue
        if builder.length:
            builder.append("\n\n")
        rows = _table_rows(kept)
        if rows is None:
            builder.append("\n".join(_dehyphenated(_unjustified(kept, width))))
            continue
        indent = min(_indent(line) for line in kept)
        start, end = builder.append("\n".join(" " * indent + " | ".join(row) for row in rows))
        builder.span(start, end, "table", rows=rows)
    return Parsed(builder.text, builder.spans, "article", layers={"removed": removed})


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (a blank line, or several, between two)."""
    blocks, block = [], []
    for line in lines:
        if line.strip():
            block.append(line.rstrip())
        elif block:
            blocks.append(block)
            block = []
    return blocks + ([block] if block else [])


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _cell_starts(line: str) -> set[int]:
    """Where a cell begins: the line's first character and every character after CELL_GAP spaces."""
    gaps = CELL_START.finditer(line)
    return {_indent(line)} | {gap.end() for gap in gaps if gap.start()}


def _crosses(line: str, column: int) -> bool:
    return len(line) > column and line[column - 1] != " " and line[column] != " "


def _table_rows(block: list[str]) -> list[list[str]] | None:
    """The cells of a ``tbl`` table, row by row, or None for a block that is none. Columns are where
    two lines or more start a cell and no line runs across; a table has two columns or more, two
    rows or more (lines starting at the first column) and a rule under its heading or a gap of
    exactly ``CELL_GAP`` before a column (tbl's; a tagged paragraph's tag stands further off, and
    its paragraphs are a block each). The heading row (above the rule) is cut at its own gaps: its
    cells are centred over the columns."""
    rule = next((index for index, line in enumerate(block) if RULE.fullmatch(line.strip())), None)
    heading = block[:rule] if rule is not None and rule <= 2 else []
    body = [line for line in block[len(heading) :] if not RULE.fullmatch(line.strip())]
    if len(body) < 2:
        return None
    base = min(_indent(line) for line in body)
    starts = [_cell_starts(line) for line in body]
    columns = sorted(
        column
        for column in set().union(*starts)
        if column == base
        or sum(column in line_starts for line_starts in starts) >= 2
        and not any(_crosses(line, column) for line in body)
    )
    rows_at = [line for line in body if _indent(line) == base]
    if len(columns) < 2 or len(rows_at) < 2:
        return None
    exact = any(
        line[column - CELL_GAP - 1 : column - CELL_GAP].strip() and line[column : column + 1].strip()
        for line in body
        for column in columns[1:]
    )
    if rule is None and not exact:
        return None
    rows: list[list[str]] = [CELL_SPLIT.split(line.strip()) for line in heading]
    for line in body:
        cells = [line[a:b].strip() for a, b in zip(columns, [*columns[1:], len(line)], strict=True)]
        wrapped = _indent(line) > base or not any(cells[1:])  # "центре)" under "bullet (точка в"
        if not wrapped or len(rows) == len(heading):
            rows.append(cells)
        else:  # a cell wrapped onto the next line, in its column
            rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], cells, strict=True)]
    return [[JUSTIFYING_GAP.sub(" ", cell) for cell in row] for row in rows]


def _unjustified(block: list[str], width: int) -> list[str]:
    """The block's lines, each that reaches the page's ``width`` and is followed by another without
    the gaps nroff filled it with; its indentation and a hanging tag's gap (the next line's indent
    is where the tag's text starts) stay."""
    lines = []
    for index, line in enumerate(block):
        if len(line) != width or index + 1 == len(block):
            lines.append(line)
            continue
        keep = _indent(line)
        hanging = _indent(block[index + 1])
        if hanging > keep and line[hanging - 2 : hanging] == "  " and line[hanging : hanging + 1] != " ":
            keep = hanging
        lines.append(line[:keep] + JUSTIFYING_GAP.sub(" ", line[keep:]))
    return lines


def _dehyphenated(block: list[str]) -> list[str]:
    """Words nroff hyphenated at a line's end (U+2010, "config‐" / "uration file") whole again on the
    first line; a continuation line left empty goes."""
    lines = list(block)
    for index in range(len(lines) - 1):
        rest = lines[index + 1].lstrip(" ")
        if lines[index].endswith(SOFT_BREAK) and rest[:1].islower():
            word, _, after = rest.partition(" ")
            lines[index] = lines[index][:-1] + word
            lines[index + 1] = lines[index + 1][: len(lines[index + 1]) - len(rest)] + after.lstrip(" ")
    return [line for line in lines if line.strip()]
