"""A contents list whose dot leaders are set a dot at a time, cut before any table is looked for.

A class that spaces its leaders' dots an em or more apart (gap-sonata's tutorial: ". . . . ." at a
12 pt pitch) leaves pdfminer a piece for every dot, so no entry's line ends in leaders: the
aligned-block step took the dots for cells and the page, two columns of entries, for one table,
"groups | . | . | … | 4 | 8.2 Information on designs | . | . | 25", its columns read across. The
entries' page numbers are set flush right in a column of their own in each column of the list, which
tells the list's columns apart; each column's rows are its lines, read column after column.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from sloika.pipelines.formats.pdf_block_rows import _row_line
from sloika.pipelines.formats.pdf_line_record import Line, rows_of
from sloika.pipelines.formats.pdf_page_rows import CONTENTS, SIZE_STEP

LEADER_DOTS = re.compile(r"^(?:[.·…] ?)+$")  # a piece of leader dots alone
PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,7})$")  # an entry's page number, arabic or roman
# a line ending in a page number: the number alone, or after leaders or a word read with it ("…… 10")
NUMBER_END = re.compile(r"(?:^|[\s.…·])(?:\d{1,4}|[ivxlc]{1,7})$")
LEADER_ROWS = 5  # rows of spaced leaders to a page number that make a contents list, at least
NUMBER_REACH = 4.0  # em: the page number stands at most this far right of its leaders' last dot
EDGE_SLACK = 1.0  # em: page numbers whose right edges are this close stand in one column
ENTRY_GAP = 3.0  # em: an entry's page number stands at most this far under the list's row above
WRAP_GAP = 1.0  # em: a wrapped entry's first line stands at most this far over the list's top


def spaced_leaders_cut(page: list[Line], contents: list[tuple[str, str]]) -> list[Line]:
    """The page with its contents list of spaced leaders (``LEADER_ROWS`` rows or more whose dots,
    each a piece of its own, lead to a page number: ``_led_numbers``) replaced by one ``CONTENTS``
    placeholder where its first line stood, its entries appended to ``contents``: each column of the
    list (``_number_edges``) read on its own, a row's pieces one line ("1.2 Subgroups . . . . 5"),
    the entries without leaders (a chapter's, "1 Groups" / "4") and a wrapped entry's first line
    among them. The lines beside the list that end right of its last column (prose beside it) stay."""
    led = _led_numbers(page)
    if len(led) < LEADER_ROWS:
        return page
    size = statistics.median(line.size for line in led)
    edges = _number_edges(led, size)
    slack = EDGE_SLACK * size
    numbers = [
        line
        for line in page
        if NUMBER_END.search(line.text.strip()) and any(abs(line.x1 - edge) <= slack for edge in edges)
    ]
    top, bottom = _list_band(page, led, numbers, edges[-1] + slack, size)
    members = [
        line
        for line in page
        if line.top >= top - slack and line.bottom <= bottom + slack and line.x1 <= edges[-1] + slack
    ]
    columns: list[list[Line]] = [[] for _ in edges]
    for line in members:
        columns[next(at for at, edge in enumerate(edges) if line.x1 <= edge + slack)].append(line)
    entries = [_row_line(row).text for column in columns for row in rows_of(column) if row]
    contents.append(("contents", "\n".join(entries)))
    taken = {id(line) for line in members}
    first = next(at for at, line in enumerate(page) if id(line) in taken)
    placeholder = replace(
        page[first],
        text=f"{CONTENTS}{len(contents) - 1}",
        mono=False,
        x0=min(line.x0 for line in members),
        x1=max(line.x1 for line in members),
        top=min(line.top for line in members),
        bottom=max(line.bottom for line in members),
    )
    return [
        placeholder if at == first else line
        for at, line in enumerate(page)
        if id(line) not in taken or at == first
    ]


def _led_numbers(page: list[Line]) -> list[Line]:
    """The page numbers that spaced leaders lead to: a number alone (``PAGE_NUMBER``) on a row whose
    pieces of leader dots, two or more, end at most ``NUMBER_REACH`` em left of it, with no other
    piece between."""
    found = []
    for row in rows_of([line for line in page if not line.mono]):
        pieces = sorted(row, key=lambda line: line.x0)
        for at, piece in enumerate(pieces):
            dots = 0
            while at - dots - 1 >= 0 and LEADER_DOTS.match(pieces[at - dots - 1].text.strip()):
                dots += 1
            if (
                PAGE_NUMBER.match(piece.text.strip())
                and dots >= 2
                and piece.x0 - pieces[at - 1].x1 <= NUMBER_REACH * piece.size
            ):
                found.append(piece)
    return found


def _number_edges(numbers: list[Line], size: float) -> list[float]:
    """The right edges of the list's columns of page numbers, left to right: the numbers' right
    edges, those within ``EDGE_SLACK`` em of one another one column."""
    edges: list[float] = []
    for edge in sorted(line.x1 for line in numbers):
        if edges and edge - edges[-1] <= EDGE_SLACK * size:
            edges[-1] = edge
        else:
            edges.append(edge)
    return edges


def _list_band(
    page: list[Line], led: list[Line], numbers: list[Line], right: float, size: float
) -> tuple[float, float]:
    """The list's top and bottom: its rows of leaders', grown by the lines ending in a page number
    in its columns (``numbers``: an entry set without leaders, a chapter's, or with leaders pdfminer
    read with its number, "…… 10") that stand at most ``ENTRY_GAP`` em over
    or under it, then up by a wrapped first entry's first line right over it (a line ending left of
    the list's ``right`` edge, set in the entries' size or smaller, at most ``WRAP_GAP`` em over)."""
    top, bottom = min(line.top for line in led), max(line.bottom for line in led)
    grown = True
    while grown:
        grown = False
        for line in numbers:
            if bottom < line.top <= bottom + ENTRY_GAP * size or top - ENTRY_GAP * size <= line.bottom < top:
                top, bottom, grown = min(top, line.top), max(bottom, line.bottom), True
    over = [
        line
        for line in page
        if top - WRAP_GAP * size <= line.bottom <= top and line.x1 <= right and line.size < size + SIZE_STEP
    ]
    return min([top, *(line.top for line in over)]), bottom
