"""A reference list whose labels stand in a column of their own, left of the entries' text.

An alpha-style reference list may set each label ("[Aguirre97]", "[BSD]", "[Matplotlib]") flush at
the column's edge and every line of its entry at one hanging indent right of the labels, the entry's
first line on its label's row. pdfminer reads such labels as a box of their own where the gap to the
entry is wide (a short label: "[NiPy]" 4 em before "Millman KJ, …"), and some with their entry's
first line where it is narrow, ahead of the entries' box or behind it: nitime's SciPy paper read
"[Lauritzen09] Lauritzen TZ, …", "[Matplotlib]", "[NetworkX]" … before the column's first entry, the
entries' lines after them without their labels, and the left column's last lines after the labels.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_page_rows import (
    ALIGN_EDGE,
    ALIGNED_ROWS,
    CONTENTS,
    DEBRIS,
    TABLE,
    _same_row,
)

# a label in brackets, one token with a letter in it: "[Kayser09]", "[BSD]", "[ABC+19]"; no "[12]"
BRACKET_LABEL = re.compile(r"\[[^\s\[\]]*[^\W\d_][^\s\[\]]*\]")
LABEL_TOKEN = re.compile(r"\[[^\s\[\]]+\]")  # any label in brackets: in a column of lettered ones "[3]" too


def labels_joined(page: list[Line]) -> list[Line]:
    """The page with each label standing alone in a label column (``_label_columns``) joined before
    its entry's first line on its row at the hanging indent, in that line's place (``_joined``):
    the label and the line beside it are no table's row of cells."""
    for labels in _label_columns(page):
        starts = Counter(round(entry.x0, 1) for label in labels if (entry := _beside(label, page)))
        if starts:
            page = _joined(page, labels, starts.most_common(1)[0][0])
    return page


def columns_read_down(page: list[Line]) -> list[Line]:
    """The page with each label column's lines (``_label_columns``), from its first label down, read
    top to bottom where the first of them was read (``_top_down``). Run once a row's pieces are
    joined: a justified line's last words pdfminer read apart stand elsewhere on their row."""
    for labels in _label_columns(page):
        page = _top_down(page, labels)
    return page


def _label_columns(page: list[Line]) -> list[list[Line]]:
    """Each column of labels on the page: ``ALIGNED_ROWS`` lines or more opening with a bracketed
    label with a letter in it (``BRACKET_LABEL``) at one left edge (within ``ALIGN_EDGE`` em). Two
    columns of a page have edges of their own."""
    found = []
    opening = [line for line in page if not line.mono and BRACKET_LABEL.match(line.text.strip())]
    while opening:
        first = opening[0]
        column = [one for one in opening if abs(one.x0 - first.x0) <= ALIGN_EDGE * first.size]
        opening = [one for one in opening if all(one is not other for other in column)]
        if len(column) >= ALIGNED_ROWS:
            found.append(column)
    return found


def _beside(label: Line, page: list[Line]) -> Line | None:
    """The line right of ``label`` on its row, nearest it, where the label stands alone (its text
    the label only): the first line of the entry it labels."""
    if not LABEL_TOKEN.fullmatch(label.text.strip()):
        return None
    right = [line for line in page if line.x0 > label.x1 and _same_row(label, line) and _entry_line(line)]
    return min(right, key=lambda line: line.x0, default=None)


def _entry_line(line: Line) -> bool:
    """A line of an entry's text: no placeholder, no label of its own."""
    text = line.text.strip()
    return bool(text) and not text.startswith((TABLE, CONTENTS, DEBRIS)) and not LABEL_TOKEN.fullmatch(text)


def _joined(page: list[Line], labels: list[Line], hang: float) -> list[Line]:
    """The page with each label standing alone at the edge of ``labels`` (``LABEL_TOKEN``: a
    biblatex list's "[3]" among its "[GNE+16]") joined before its entry's first line, at the
    ``hang`` (within ``ALIGN_EDGE`` em), in that line's place."""
    edge = labels[0].x0
    heads = {}
    for label in [line for line in page if abs(line.x0 - edge) <= ALIGN_EDGE * line.size]:
        entry = _beside(label, page)
        if entry is not None and abs(entry.x0 - hang) <= ALIGN_EDGE * entry.size:
            heads[id(entry)] = label
    gone = {id(label) for label in heads.values()}
    return [
        replace(line, text=f"{heads[id(line)].text.strip()} {line.text.lstrip()}", x0=heads[id(line)].x0)
        if id(line) in heads
        else line
        for line in page
        if id(line) not in gone
    ]


def _top_down(page: list[Line], labels: list[Line]) -> list[Line]:
    """The page with the lines of the label column (those standing within it, from its labels' edge
    to where its labelled lines end, from the first label's row down) read top to bottom where the
    first of them was read; the page's other lines stay in their order (the other column's lines
    read among the column's come after it: nitime's "Imaging. Sinauer …", read after the right
    column's labels, goes back under "(2004). Functional Magnetic Resonance")."""
    edge, right = labels[0].x0, max(label.x1 for label in labels)
    top, em = min(label.top for label in labels), labels[0].size
    places = [
        at
        for at, line in enumerate(page)
        if line.top >= top - em / 2
        and edge - ALIGN_EDGE * em <= line.x0
        and line.x1 <= right + ALIGN_EDGE * em
        and _entry_line(line)
    ]
    if not places:
        return page
    ordered = sorted((page[at] for at in places), key=lambda line: (line.top, line.x0))
    taken = set(places)
    rest = [line for at, line in enumerate(page) if at not in taken]
    first = sum(1 for at in range(places[0]) if at not in taken)
    return [*rest[:first], *ordered, *rest[first:]]
